import { quoted } from '../../grid/cell-text.js';
import { ambiguousPercents } from '../../grid/parse-percent.js';
import type { Cell } from '../../grid/types.js';
import { report, type SheetRead } from './sheet-read.js';

/** A cell of a percent column, with where it sits. */
export interface PlacedCell {
  row: number;
  col: number;
  cell: Cell;
}

/** "row:col" of a placed cell, for the set of doubtful cells. */
export function placeId(row: number, col: number): string {
  return `${row}:${col}`;
}

/**
 * The cells of one percent column (or one measure's values) whose reading is in doubt: a bare
 * value between 0 and 1 among whole percentages may be a fraction typed by mistake.
 */
export function doubtfulPercents(cells: readonly PlacedCell[]): Set<string> {
  const doubtful = ambiguousPercents(cells.map((c) => c.cell));
  return new Set(doubtful.map((i) => cells[i]).flatMap((c) => (c ? [placeId(c.row, c.col)] : [])));
}

// 0.07 * 100 is 7.000000000000001 in floating point; show what the user would type.
function hundredfold(value: number): number {
  return Math.round(value * 100 * 1e9) / 1e9;
}

/**
 * Warn on a doubtful cell that Pathway kept it as written. `others` names what the rest are,
 * e.g. "the rest of the column" or "the other KS2 RWM EXS % values".
 */
export function warnDoubtfulPercent(read: SheetRead, row: number, col: string | number, cell: Cell, value: number, others: string): void {
  const meant = hundredfold(value);
  report(read, row, col, `${quoted(cell)} is below 1 while ${others} are whole percentages. Pathway read it as ${value} %. If you meant ${meant} %, type ${meant}.`, 'warning');
}
