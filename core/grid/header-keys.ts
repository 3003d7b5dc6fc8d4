import { cellText } from './cell-text.js';
import { normaliseHeader } from './normalise-header.js';
import type { Cell } from './types.js';

interface Keyed {
  cells: Cell[];
  keys: readonly string[];
}

const MEMO = new WeakMap<readonly Cell[], Keyed>();

/**
 * Each cell of a row as a header key (normaliseHeader of its text). Every reader looks for its
 * header in the top rows of every sheet, so a workbook of forty sheets has the same rows keyed
 * by a dozen readers in one run; the keys are kept per row and reused while the row's cells are
 * the same ones, checked cell by cell, so a row changed in place is keyed afresh.
 */
export function headerKeys(row: readonly Cell[] | undefined): readonly string[] {
  if (!row) return [];
  const kept = MEMO.get(row);
  if (kept && kept.cells.length === row.length && kept.cells.every((c, i) => c === row[i])) return kept.keys;
  const keys = row.map((c) => normaliseHeader(cellText(c)));
  MEMO.set(row, { cells: row.slice(), keys });
  return keys;
}
