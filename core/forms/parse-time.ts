import { cellText } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import { fail, gap, ok, type Parsed } from '../grid/parsed.js';
import type { Cell } from '../grid/types.js';

const pad = (n: number) => String(n).padStart(2, '0');

function hhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function fromParts(h: number, m: number, suffix: string | undefined, text: string): Parsed<string> {
  let hour = h;
  if (suffix) {
    if (h < 1 || h > 12) return fail(`"${text}" has hour ${h}, which cannot go with ${suffix}`);
    hour = (h % 12) + (suffix.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || m > 59) return fail(`"${text}" is not a time of day`);
  return ok(hhmm(hour * 60 + m));
}

/**
 * Read a time of day as "HH:MM". Numbers are spreadsheet times (fractions of a day; a date-time
 * serial keeps only its time); text may be "9:05", "09.05", "9am", "1:30 pm" or "1330".
 *
 * @example parseTime(0.375) // { ok: true, value: "09:00" }
 */
export function parseTime(cell: Cell): Parsed<string> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return fail('the time is not a positive number');
    // A whole number up to 23 in a time column is an hour someone typed, not a date at midnight.
    if (Number.isInteger(cell) && cell <= 23) return ok(hhmm(cell * 60));
    const minutes = Math.round((cell - Math.floor(cell)) * 1440) % 1440;
    return ok(hhmm(minutes));
  }
  if (typeof cell === 'boolean') return fail(`${cell ? 'TRUE' : 'FALSE'} is not a time`);
  const missing = missingReason(cell);
  if (missing !== null) return gap(missing);
  const text = cellText(cell);
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2] ?? '0'), m[3]?.replace(/\./g, ''), text);
  const compact = /^(\d{2})(\d{2})$/.exec(text);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), undefined, text);
  return fail(`"${text}" is not a time Pathway can read; use 24-hour hh:mm, e.g. 13:30`);
}

/** "HH:MM" → fraction of a day, the way spreadsheets store times. */
export function dayFraction(hhmmText: string): number {
  const [h, m] = hhmmText.split(':').map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) / 1440;
}
