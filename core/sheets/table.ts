import type { Cell } from '../grid/types.js';
import { neutralise } from '../grid/neutralise.js';
import { HEADER_FILL, HEADER_FONT, TAB_COLOUR, TITLE_FONT, type Swatch } from './palette.js';
import { wrappedRowHeights } from './row-heights.js';
import type { ConditionalRule, SheetSpec, StyledRange } from './types.js';

export interface TableColumn {
  header: string;
  /** Width in characters; omitted = fitted to the content within [8, 60]. */
  width?: number;
  numFmt?: string;
  wrap?: boolean;
  /** Colour cells whose text equals a key (conditional, so later edits recolour). */
  colours?: Record<string, Swatch>;
}

export interface TableSheetInput {
  name: string;
  /** A bold line above the table, e.g. "Pathway: schools, as of 1 Nov 2025". */
  title: string;
  /** A plain line under the title explaining the sheet. */
  note?: string;
  columns: TableColumn[];
  rows: Cell[][];
  landscape?: boolean;
}

/** Printable width of an A4 page inside Excel's default margins (0.7 in each side), in points. */
const PRINTABLE_POINTS = { landscape: 842 - 101, portrait: 595 - 101 };
/** Points per character of column width at 100 %, padding included. */
const POINTS_PER_CHAR = 5.6;
/** The smallest print scale that keeps 11 pt text readable on paper (about 7.7 pt). */
const MIN_PRINT_SCALE = 0.7;

/**
 * How many pages wide a table prints so its text stays readable: one page while the columns fit
 * at 70 % or more, otherwise as many as it takes. Pages break between columns, never through one,
 * and the first column and the header rows repeat on every page.
 */
export function pagesWide(widths: readonly number[], orientation: 'landscape' | 'portrait'): number {
  const points = widths.reduce((sum, w) => sum + w, 0) * POINTS_PER_CHAR;
  return Math.max(1, Math.ceil((points * MIN_PRINT_SCALE) / PRINTABLE_POINTS[orientation]));
}

/** Where the table's header row sits in a sheet built by `tableSheet` (after title and note). */
export const TABLE_HEADER_ROW = 2;

/** Wide enough for the header's longest word in bold, so a wrapped header never splits a word. */
function headerWordWidth(header: string): number {
  const longest = header.split(/\s+/).reduce((n, w) => Math.max(n, w.length), 0);
  return Math.ceil(longest * 1.1) + 1;
}

function fittedWidth(column: TableColumn, index: number, rows: Cell[][]): number {
  if (column.width) return Math.max(column.width, headerWordWidth(column.header));
  let longest = column.header.length;
  for (const row of rows) {
    const v = row[index];
    if (v === null || v === undefined) continue;
    const text = String(v);
    const firstLine = text.split('\n', 1)[0] ?? '';
    longest = Math.max(longest, Math.min(firstLine.length, 60));
  }
  return Math.max(8, Math.min(60, longest + 2));
}

/**
 * A titled, filterable table with a frozen header: the shape of every list Pathway writes.
 * Every text cell is neutralised here, once, so no builder can forget it.
 */
export function tableSheet(input: TableSheetInput): SheetSpec {
  const { columns, rows } = input;
  const width = columns.length;
  const body = rows.map((r) => columns.map((_, i) => neutralise(r[i] ?? null)));
  const sheetRows: Cell[][] = [
    [neutralise(input.title), ...Array<Cell>(width - 1).fill(null)],
    [neutralise(input.note ?? null), ...Array<Cell>(width - 1).fill(null)],
    columns.map((c) => neutralise(c.header)),
    ...body,
  ];
  const first = TABLE_HEADER_ROW + 1;
  const styles: StyledRange[] = [
    { row: 0, col: 0, style: { bold: true, fontColor: TITLE_FONT } },
    { row: 1, col: 0, style: { italic: true, fontColor: '595959' } },
    { row: TABLE_HEADER_ROW, col: 0, cols: width, style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, valign: 'middle', border: 'thin' } },
  ];
  const conditional: ConditionalRule[] = [];
  columns.forEach((c, col) => {
    if (body.length === 0) return;
    const range = { row: first, col, rows: body.length };
    if (c.numFmt || c.wrap) styles.push({ ...range, style: { numFmt: c.numFmt, wrap: c.wrap, valign: 'top' } });
    for (const [equals, swatch] of Object.entries(c.colours ?? {})) {
      conditional.push({ range, equals, fill: swatch.fill, fontColor: swatch.font });
    }
  });
  const widths = columns.map((c, i) => fittedWidth(c, i, body));
  // The header row wraps everywhere; body cells wrap only in the columns that ask for it.
  const rowHeights = wrappedRowHeights(sheetRows, widths, (r, c) => r === TABLE_HEADER_ROW || (r >= first && columns[c]?.wrap === true));
  const orientation = input.landscape === false ? 'portrait' : 'landscape';
  const wide = pagesWide(widths, orientation);
  return {
    name: input.name,
    rows: sheetRows,
    columns: widths.map((width) => ({ width })),
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    freeze: { rows: TABLE_HEADER_ROW + 1, cols: 1 },
    filterRow: TABLE_HEADER_ROW,
    styles,
    conditional,
    print: { orientation, paper: 'A4', fitToWidth: wide, repeatRows: TABLE_HEADER_ROW + 1, ...(wide > 1 ? { repeatCols: 1 } : {}) },
    tabColor: TAB_COLOUR,
  };
}
