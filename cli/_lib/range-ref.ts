import { cellAddress } from '../../core/grid/address.js';
import type { CellRange } from '../../core/sheets/types.js';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A SheetSpec range (zero-based, size defaults 1) as an inclusive box of zero-based indices. */
export function toBox(range: CellRange): Box {
  const rows = Math.max(1, range.rows ?? 1);
  const cols = Math.max(1, range.cols ?? 1);
  return { top: range.row, left: range.col, bottom: range.row + rows - 1, right: range.col + cols - 1 };
}

/** "B2:D9", or "B2" for a single cell. */
export function rangeRef(range: CellRange): string {
  const b = toBox(range);
  const first = cellAddress(b.top, b.left);
  const last = cellAddress(b.bottom, b.right);
  return first === last ? first : `${first}:${last}`;
}
