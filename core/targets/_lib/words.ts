import { cellText } from '../../grid/cell-text.js';
import { missingReason } from '../../grid/missing.js';
import { normaliseHeader } from '../../grid/normalise-header.js';
import { fail, gap, ok, type Parsed } from '../../grid/parsed.js';
import type { Cell } from '../../grid/types.js';
import type { TargetMethod } from '../types.js';

const YES = new Set(['y', 'yes', 'true', '1', 'x', 'tick']);
const NO = new Set(['n', 'no', 'false', '0']);

/** Yes/no as trusts type it: Y, yes, TRUE, 1, x, a tick mark; N, no, FALSE, 0. */
export function parseYes(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (text === '✓' || text === '✔') return ok(true);
  const key = normaliseHeader(text);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  const missing = missingReason(cell);
  if (missing !== null) return gap(missing);
  return fail(`"${text}" is not yes or no`);
}

const METHOD_WORDS: Record<string, TargetMethod> = {
  percentile: 'percentile',
  similarschools: 'percentile',
  nationalplus: 'national-plus',
  national: 'national-plus',
  abovenational: 'national-plus',
  topquartile: 'top-quartile',
  topquartileprogress: 'top-quartile',
  upperquartile: 'top-quartile',
  stretch: 'stretch',
};

/** A target method from a cell: "Percentile", "National plus", "Top-quartile progress", "Stretch". */
export function parseMethod(cell: Cell): Parsed<TargetMethod> {
  const missing = missingReason(cell);
  if (missing !== null) return gap(missing);
  const method = METHOD_WORDS[normaliseHeader(cellText(cell))];
  if (method) return ok(method);
  return fail(`"${cellText(cell)}" is not a target method; use Percentile, National plus, Top quartile or Stretch`);
}

/** Text from a cell, or a gap when blank or a "no figure" marker. */
export function parseText(cell: Cell): Parsed<string> {
  const text = cellText(cell);
  return text === '' ? gap('blank') : ok(text);
}
