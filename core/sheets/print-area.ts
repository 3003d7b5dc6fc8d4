import type { CellRange, SheetSpec } from './types.js';

/**
 * What a sheet prints when its spec names no area: every row and column it writes, and the cells
 * its charts sit over, so a dashboard's charts are never left off the page.
 */
export function defaultPrintArea(spec: SheetSpec): Required<CellRange> {
  let rows = Math.max(1, spec.rows.length);
  let cols = Math.max(1, spec.columns?.length ?? 0, ...spec.rows.map((r) => r.length));
  for (const c of spec.charts ?? []) {
    rows = Math.max(rows, c.anchor.row + c.anchor.rows);
    cols = Math.max(cols, c.anchor.col + c.anchor.cols);
  }
  return { row: 0, col: 0, rows, cols };
}

export function printArea(spec: SheetSpec): Required<CellRange> {
  const a = spec.print?.area;
  return a ? { row: a.row, col: a.col, rows: a.rows ?? 1, cols: a.cols ?? 1 } : defaultPrintArea(spec);
}
