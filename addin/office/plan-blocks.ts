/**
 * How the adapter cuts reads and writes into blocks and syncs (goals P1–P3): each block is one
 * Range of at most 20,000 rows and 1,000,000 cells, and each sync carries at most 2 MiB estimated,
 * so a sync stays well under Excel on the web's 5 MB request limit. Rows are split across syncs
 * so that syncs = ⌈estimated bytes / 2 MiB⌉, whatever the number of sheets.
 */
export const MAX_BLOCK_ROWS = 20_000;
export const MAX_BLOCK_CELLS = 1_000_000;
export const SYNC_BUDGET_BYTES = 2 * 1024 * 1024;
/** Estimated JSON bytes per cell before the values are known: a short number or word and a comma. */
export const EST_CELL_BYTES = 8;

export interface SheetExtent {
  sheet: string;
  /** First row and column of the block area (zero-based) and its size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Block extends SheetExtent {}

/** Blocks grouped by the sync that carries them. */
export type SyncPlan = Block[][];

export function planBlocks(extents: SheetExtent[], bytesPerCell = EST_CELL_BYTES, budget = SYNC_BUDGET_BYTES): SyncPlan {
  const plan: SyncPlan = [];
  let current: Block[] = [];
  let left = budget;
  for (const ext of extents) {
    if (ext.rows <= 0 || ext.cols <= 0) continue;
    const rowBytes = ext.cols * bytesPerCell;
    let done = 0;
    while (done < ext.rows) {
      const fit = Math.floor(left / rowBytes);
      if (fit < 1 && current.length > 0) {
        plan.push(current);
        current = [];
        left = budget;
        continue;
      }
      // A single row wider than the budget still goes alone: Excel's limit is 5 MB, not 2 MiB.
      const rows = Math.max(1, Math.min(ext.rows - done, fit, MAX_BLOCK_ROWS, Math.floor(MAX_BLOCK_CELLS / ext.cols)));
      current.push({ sheet: ext.sheet, row: ext.row + done, col: ext.col, rows, cols: ext.cols });
      left -= rows * rowBytes;
      done += rows;
    }
  }
  if (current.length > 0) plan.push(current);
  return plan;
}

/** Bytes a 2-D array takes as JSON: the measure the P1 formula and tests use for "bytes". */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}
