import { cellAddress } from '../../grid/address.js';
import { isBlank } from '../../grid/cell-text.js';
import type { Parsed } from '../../grid/parsed.js';
import type { Cell, Grid, Issue } from '../../grid/types.js';

/** Where a value came from, so every finding can send the user to the cell. */
export interface Source {
  sheet: string;
  /** Zero-based row. */
  row: number;
}

/** The data rows under a header: every row below it that is not wholly blank. */
export function dataRows(grid: Grid, headerRow: number): { row: number; cells: Cell[] }[] {
  const out: { row: number; cells: Cell[] }[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((c) => isBlank(c))) continue;
    out.push({ row: r, cells });
  }
  return out;
}

/** Collects cell-addressed issues while a sheet is read. */
export class IssueLog {
  readonly issues: Issue[] = [];
  constructor(private readonly sheet: string) {}

  at(row: number, col: number, message: string, severity: Issue['severity'] = 'error'): void {
    this.issues.push({ sheet: this.sheet, cell: cellAddress(row, col), message, severity });
  }

  /**
   * The parsed value, or null. A failed parse that is not a deliberate gap ("n/a", blank)
   * becomes an issue naming the column and what happens to the row.
   */
  value<T>(parsed: Parsed<T>, row: number, col: number, what: string, consequence: string): T | null {
    if (parsed.ok) return parsed.value;
    if (!parsed.missing) this.at(row, col, `${what}: ${parsed.reason}; ${consequence}.`);
    return null;
  }
}

/** The cell in a column, or null when the column is absent. */
export function cellIn(cells: readonly Cell[], col: number | undefined): Cell {
  return col === undefined ? null : (cells[col] ?? null);
}
