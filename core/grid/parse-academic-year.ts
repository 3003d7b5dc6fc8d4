import { cellText } from './cell-text.js';
import { missingReason } from './missing.js';
import { fail, gap, ok, type Parsed } from './parsed.js';
import type { Cell } from './types.js';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

function inRange(year: number, text: string): Parsed<number> {
  return year >= MIN_YEAR && year <= MAX_YEAR ? ok(year) : fail(`${text} is not a year between ${MIN_YEAR} and ${MAX_YEAR}`);
}

/** "2018" + "19" or "2018" + "2019": the second half must be the year after the first. */
function pair(startText: string, endText: string, text: string): Parsed<number> {
  const short = Number(startText);
  const start = startText.length === 2 ? (short < 50 ? 2000 : 1900) + short : short;
  const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
  const wrapped = endText.length === 2 && end < start ? end + 100 : end;
  if (wrapped !== start + 1) return fail(`"${text}" is not an academic year: ${endText} does not follow ${startText}`);
  return inRange(wrapped, `"${text}"`);
}

/**
 * Read a year as the summer it ends in: 2016 and "2016" are 2016; "2017/18", "2018-19",
 * "2018-2019", "2018/2019", "18/19", "2018 to 2019" and DfE's "201819" are academic years
 * and give their second year.
 *
 * @example parseAcademicYear("2018/19") // { ok: true, value: 2019 }
 */
export function parseAcademicYear(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') {
    // The common case on a long sheet: a whole year in range, answered without building any text.
    if (Number.isInteger(cell) && cell >= MIN_YEAR && cell <= MAX_YEAR) return ok(cell);
    return Number.isInteger(cell) ? inRange(cell, String(cell)) : fail(`${cell} is not a whole year`);
  }
  if (typeof cell === 'boolean') return fail(`${cell ? 'TRUE' : 'FALSE'} is not a year`);
  const missing = missingReason(cell);
  if (missing !== null) return gap(missing);
  const text = cellText(cell);
  const bare = text.replace(/^(ay|academic year|year|yr|fy|summer)\s*:?\s*/i, '');
  if (/^\d{4}$/.test(bare)) return inRange(Number(bare), `"${text}"`);
  const split = /^(\d{4}|\d{2})\s*(?:[/\u2013\u2014-]|to)\s*(\d{4}|\d{2})$/i.exec(bare);
  if (split) return pair(split[1] ?? '', split[2] ?? '', text);
  const dfe = /^(\d{4})(\d{2})$/.exec(bare);
  if (dfe) return pair(dfe[1] ?? '', dfe[2] ?? '', text);
  return fail(`"${text}" is not a year; write 2019 or 2018/19`);
}
