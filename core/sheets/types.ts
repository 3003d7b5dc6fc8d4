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
  /** Fit to this many pages wide (height unconstrained unless fitToHeight is set). */
  fitToWidth?: number;
  /** Fit to this many pages tall (a school on a page sets 1). */
  fitToHeight?: number;
  /** Repeat the first N rows on every printed page. */
  repeatRows?: number;
  /** Repeat the first N columns on every printed page (a table more than one page wide). */
  repeatCols?: number;
  /** Print area, defaults to all of rows; a narrower area prints a subset of the columns. */
  area?: CellRange;
  /** A page break before each of these zero-based row indices (e.g. one school per page). */
  rowBreaks?: number[];
}

/** One series of a chart: its values are a single row or column of this sheet's cells. */
export interface ChartSeries {
  name: string;
  values: CellRange;
  /** Hex colour without '#'. */
  color?: string;
}

/**
 * A native chart over cells of the same sheet. Hosts draw it with their own chart engine
 * (an .xlsx chart part, Excel's `worksheet.charts.add`, Sheets' EmbeddedChartBuilder), so it
 * stays live when a user edits the cells it reads.
 */
export interface ChartSpec {
  /** column = vertical bars; bar = horizontal bars; line = lines with markers. */
  kind: 'column' | 'bar' | 'line';
  title: string;
  /** Category labels: a single row or column of this sheet's cells. */
  categories: CellRange;
  series: ChartSeries[];
  /** Where the chart sits: its top-left cell and its size in cells (rows × cols). */
  anchor: Required<CellRange>;
  yAxis?: { title?: string; min?: number; max?: number; numFmt?: string };
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
  /** Row heights in points, by zero-based row index; rows not listed keep the host's default. */
  rowHeights?: Record<number, number>;
  /** Frozen rows/columns at the top-left. */
  freeze?: { rows: number; cols: number };
  /** Auto-filter on the header row (row index) across the used columns. */
  filterRow?: number;
  styles?: StyledRange[];
  merges?: CellRange[];
  validations?: ListValidation[];
  conditional?: ConditionalRule[];
  print?: PrintSetup;
  charts?: ChartSpec[];
  tabColor?: string;
}
