import type { Cell } from '../grid/types.js';
import { neutralise } from '../grid/neutralise.js';
import { HEADER_FILL, HEADER_FONT, TAB_COLOUR, TITLE_FONT, type Swatch } from './palette.js';
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

/** Where the table's header row sits in a sheet built by `tableSheet` (after title and note). */
export const TABLE_HEADER_ROW = 2;

function fittedWidth(column: TableColumn, index: number, rows: Cell[][]): number {
  if (column.width) return column.width;
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
  return {
    name: input.name,
    rows: sheetRows,
    columns: columns.map((c, i) => ({ width: fittedWidth(c, i, body) })),
    freeze: { rows: TABLE_HEADER_ROW + 1, cols: 1 },
    filterRow: TABLE_HEADER_ROW,
    styles,
    conditional,
    print: { orientation: input.landscape === false ? 'portrait' : 'landscape', paper: 'A4', fitToWidth: 1, repeatRows: TABLE_HEADER_ROW + 1 },
    tabColor: TAB_COLOUR,
  };
}
