/**
 * A cell as every host hands it over once normalised by its adapter:
 * text, number, boolean or empty. Dates arrive as Excel serial numbers
 * (1899-12-30 epoch) because that is what Excel's `values` give and what
 * the other adapters convert to; error values (`#N/A`, `#DIV/0!`) arrive as text.
 */
export type Cell = string | number | boolean | null;

/** A rectangular block of cells, row-major, as read from one sheet. Row 0 is the sheet's first row. */
export type Grid = Cell[][];

/** A named grid: one sheet of a workbook as the core sees it. */
export interface SheetGrid {
  name: string;
  grid: Grid;
}

/** A problem found in the user's input, addressed so they can go to it. */
export interface Issue {
  /** Sheet name as the user sees it. */
  sheet: string;
  /** A1-style address of the cell (or the first cell of a range), or "" when the whole sheet is meant. */
  cell: string;
  message: string;
  /** "error": the value was not used. "warning": used, with an assumption the message states. */
  severity: 'error' | 'warning';
}
