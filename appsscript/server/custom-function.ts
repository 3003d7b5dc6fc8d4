import type { Cell } from '../../core/grid/types.js';
import { callFunction } from '../../core/functions/registry.js';
import { isFunctionError } from '../../core/functions/types.js';
import { dateToSerialIn } from '../sheets-dates.js';
import { spreadsheetApp } from './globals.js';

type SheetsArg = unknown;

const noDates = (): number => {
  throw new Error('unreachable: only called when an argument is a Date');
};

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function hasDate(v: SheetsArg): boolean {
  return Array.isArray(v) ? v.some(hasDate) : isDate(v);
}

/** Sheets hands ranges over as 2-D arrays with '' for empty cells and Dates for dates; the core wants Cells. */
function toCoreArg(v: SheetsArg, toSerial: (d: Date) => number): unknown {
  if (Array.isArray(v)) return v.map((x) => toCoreArg(x, toSerial));
  if (isDate(v)) return toSerial(v);
  if (v === '') return null;
  return v;
}

function toSheetsResult(v: Cell | Cell[][]): string | number | boolean | (string | number | boolean)[][] {
  if (Array.isArray(v)) return v.map((row) => row.map((c) => c ?? ''));
  return v ?? '';
}

/**
 * The body of every =PATHWAY_X custom function: convert Sheets' arguments, call the one
 * registry, and turn a FunctionError into a thrown Error, which is how Sheets shows an error
 * value (#ERROR!) with the message on hover (decision 0601).
 */
export function customFunction(id: string, args: SheetsArg[]): string | number | boolean | (string | number | boolean)[][] {
  // Only a Date needs the spreadsheet's zone; most calls make no service call at all.
  const toSerial = args.some(hasDate) ? dateToSerialIn(spreadsheetApp().getActiveSpreadsheet().getSpreadsheetTimeZone()) : noDates;
  const core = args.map((a) => toCoreArg(a, toSerial));
  const result = callFunction(id, core);
  if (isFunctionError(result)) throw new Error(result.message);
  return toSheetsResult(result);
}
