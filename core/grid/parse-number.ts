import { cellText } from './cell-text.js';
import { missingReason } from './missing.js';
import { fail, gap, ok, type Parsed } from './parsed.js';
import type { Cell } from './types.js';

// Optional sign, digits with optional thousands commas, optional decimals; or a bare decimal.
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Read a plain number from a cell: numbers pass through, text like "1,234", "-0.25", "+3" or
 * "−0.4" (typographic minus) is read, booleans and anything else give a reason instead.
 *
 * @example parseNumber(" -0.25 ") // { ok: true, value: -0.25 }
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? ok(cell) : fail('the cell holds an infinite or undefined number');
  }
  if (typeof cell === 'boolean') return fail(`${cell ? 'TRUE' : 'FALSE'} is not a number`);
  const missing = missingReason(cell);
  if (missing !== null) return gap(missing);
  const text = cellText(cell).replace(/[\u2212\u2012\u2013]/g, '-').replace(/\s+/g, '');
  if (!NUMBER.test(text) || !/\d/.test(text)) return fail(`"${cellText(cell)}" is not a number`);
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? ok(value) : fail(`"${cellText(cell)}" is not a number`);
}
