import { neutralise } from '../core/grid/neutralise.js';
import type { Cell } from '../core/grid/types.js';
import type { SheetsValue } from './spreadsheet-like.js';

/** One value from getValues() as the core's Cell: '' is empty, a Date its Excel serial. */
export function toCell(v: SheetsValue, toSerial: (d: Date) => number): Cell {
  // Not `instanceof`: a Date made in another realm (a test's vm context, say) is still a Date.
  if (Object.prototype.toString.call(v) === '[object Date]') return toSerial(v as Date);
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v as string | number | boolean;
}

/** One spec row as setValues() takes it: exactly `width` cells, text neutralised (R5), empty as ''. */
export function toSheetRow(row: Cell[], width: number): SheetsValue[] {
  const out: SheetsValue[] = [];
  for (let c = 0; c < width; c++) {
    const v = neutralise(row[c] ?? null);
    out.push(v === null || (typeof v === 'number' && !Number.isFinite(v)) ? '' : v);
  }
  return out;
}
