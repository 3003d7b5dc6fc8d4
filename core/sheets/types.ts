import type { Cell } from '../grid/types.js';

/** Zero-based, inclusive rectangle inside a SheetSpec's rows. */
export interface CellRange {
  row: number;
  col: number;
  rows?: number; // default 1
  cols?: number; // default 1
}

export interface CellStyle {
  /** Hex colour without '#', e.g. "C6EFCE". */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Excel number format, e.g. "0.0", "0%", "dd/mm/yyyy". */
  numFmt?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  border?: 'thin' | 'medium';
}

export interface StyledRange extends CellRange {
  style: CellStyle;
}

/** Colour a cell by its text: the RAG colours are conditional so a user's later edits recolour. */
export interface ConditionalRule {
  range: CellRange;
  /** Cell text equal to this (case-insensitive)… */
  equals: string;
  /** …gets this fill and font colour. */
  fill: string;
  fontColor?: string;
}

export interface ListValidation {
  range: CellRange;
  /** Allowed values, shown as a drop-down. */
  list: string[];
  allowBlank?: boolean;
  prompt?: string;
}

export interface ColumnSpec {
  /** Width in characters (Excel's unit). */
  width?: number;
  hidden?: boolean;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Fit to this many pages wide (height unconstrained). */
  fitToWidth?: number;
  /** Repeat the first N rows on every printed page. */
  repeatRows?: number;
  /** Print area, defaults to all of rows. */
  area?: CellRange;
}

/**
 * A whole output sheet as plain data. Hosts render it; the core never touches a host.
 * Rendering a spec replaces the sheet's previous content entirely, so rendering twice equals once.
 * Text cells are neutralised against formula injection by the core before a spec is built (see neutralise.ts).
 */
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  columns?: ColumnSpec[];
  /** Frozen rows/columns at the top-left. */
  freeze?: { rows: number; cols: number };
  /** Auto-filter on the header row (row index) across the used columns. */
  filterRow?: number;
  styles?: StyledRange[];
  merges?: CellRange[];
  validations?: ListValidation[];
  conditional?: ConditionalRule[];
  print?: PrintSetup;
  tabColor?: string;
}
