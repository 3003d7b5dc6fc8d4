import type { Cell } from '../../core/grid/types.js';

const MS_PER_DAY = 86_400_000;
// 1899-12-30 is day 0 of Excel's 1900 date system as every host reports it (the false
// 29 Feb 1900 makes serials below 61 one day off a true calendar, which the core handles).
const EPOCH_OFFSET_DAYS = 25_569; // days from 1899-12-30 to 1970-01-01

/**
 * ExcelJS turns date-formatted numbers into JS Dates (UTC midnight for whole days); turn them back
 * into the serial Excel stored, so the core sees dates exactly as Excel's own `values` give them.
 */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + EPOCH_OFFSET_DAYS;
  // Whole days stay whole; times keep millisecond precision without float noise.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((r) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
}

function objectToCell(v: Record<string, unknown>): Cell {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if ('error' in v) return typeof v.error === 'string' ? v.error : '#VALUE!';
  if ('richText' in v) return emptyToNull(richTextToString(v.richText));
  if ('formula' in v || 'sharedFormula' in v) {
    // A formula never calculated (e.g. written by a script) has no cached result: leave it
    // blank for the parser to report, rather than guessing.
    return 'result' in v ? normaliseCellValue(v.result) : null;
  }
  if ('hyperlink' in v || 'text' in v) return normaliseCellValue(v.text);
  return null;
}

function emptyToNull(s: string): Cell {
  return s === '' ? null : s;
}

/** Any value ExcelJS hands back for a cell → the core's Cell (text, number, boolean or null). */
export function normaliseCellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return emptyToNull(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (isRecord(value)) return objectToCell(value);
  return null;
}
