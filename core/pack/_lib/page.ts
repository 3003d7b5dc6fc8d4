import { neutralise } from '../../grid/neutralise.js';
import type { Cell } from '../../grid/types.js';
import { HEADER_FILL, HEADER_FONT, TAB_COLOUR, TITLE_FONT, type Swatch } from '../../sheets/palette.js';
import { LINE_HEIGHT, wrappedLines } from '../../sheets/row-heights.js';
import type { ChartSpec, ConditionalRule, PrintSetup, SheetSpec, StyledRange } from '../../sheets/types.js';

/** Points per printed line of 11-pt text, and Excel's ceiling on a row's height. */
const LINE_PT = LINE_HEIGHT;
const MAX_ROW_PT = 409;

export { wrappedLines };

export interface TableOptions {
  /** Column index → colours by cell text (conditional, so a later edit recolours). */
  colours?: Record<number, Record<string, Swatch>>;
  /** Column index → number format. */
  numFmt?: Record<number, string>;
  /** Shown in place of an empty table. */
  empty?: string;
}

export interface TableAt {
  header: number;
  first: number;
  count: number;
}

/**
 * A printable page built top to bottom from sections: a title, headed tables, wrapped lines
 * and charts over the tables. Every text cell is neutralised as it is added, and a wrapped
 * row gets a height that shows all its lines (Excel does not grow rows it did not lay out).
 */
export class Page {
  readonly rows: Cell[][] = [];
  private readonly styles: StyledRange[] = [];
  private readonly merges: { row: number; col: number; rows: number; cols: number }[] = [];
  private readonly conditional: ConditionalRule[] = [];
  private readonly heights: Record<number, number> = {};
  private readonly charts: ChartSpec[] = [];

  constructor(private readonly widths: readonly number[]) {}

  get width(): number {
    return this.widths.length;
  }

  private push(cells: Cell[]): number {
    const row = this.rows.length;
    this.rows.push(Array.from({ length: this.width }, (_, i) => neutralise(cells[i] ?? null)));
    return row;
  }

  private spanWidth(from: number, cols: number): number {
    return this.widths.slice(from, from + cols).reduce((a, b) => a + b, 0);
  }

  title(text: string): void {
    const row = this.push([text]);
    this.styles.push({ row, col: 0, style: { bold: true, fontColor: TITLE_FONT } });
    this.heights[row] = 21;
  }

  /** A heading above a section. */
  heading(text: string): void {
    if (this.rows.length > 0) this.push([]);
    const row = this.push([text]);
    this.styles.push({ row, col: 0, cols: this.width, style: { bold: true, fontColor: TITLE_FONT, border: 'thin' } });
  }

  /** A line of text across the page, wrapped, its row tall enough for every line. */
  line(text: string, style: { italic?: boolean; bold?: boolean } = {}): number {
    const row = this.push([text]);
    this.merges.push({ row, col: 0, rows: 1, cols: this.width });
    this.styles.push({ row, col: 0, style: { ...style, wrap: true, valign: 'top' } });
    const lines = wrappedLines(text, this.spanWidth(0, this.width));
    if (lines > 1) this.heights[row] = Math.min(MAX_ROW_PT, lines * LINE_PT);
    return row;
  }

  /** Label–value pairs two to a row: [label, value, label, value…] across the page. */
  facts(pairs: [string, Cell][]): void {
    const perRow = Math.max(1, Math.floor(this.width / 2));
    for (let i = 0; i < pairs.length; i += perRow) {
      const cells = pairs.slice(i, i + perRow).flatMap(([k, v]) => [k, v]);
      const row = this.push(cells);
      // Labels and values wrap inside their own cells, so a long one never runs under its neighbour.
      this.styles.push({ row, col: 0, cols: cells.length, style: { wrap: true, valign: 'top' } });
      for (let c = 0; c < cells.length; c += 2) this.styles.push({ row, col: c, style: { bold: true } });
      const lines = Math.max(1, ...cells.map((v, i) => (typeof v === 'string' ? wrappedLines(v, this.widths[i] ?? 10) : 1)));
      if (lines > 1) this.heights[row] = Math.min(MAX_ROW_PT, lines * LINE_PT);
    }
  }

  /** A headed table; its header row is styled like every Pathway table and wrapped cells grow their row. */
  table(headers: string[], body: Cell[][], opts: TableOptions = {}): TableAt {
    const header = this.push(headers);
    this.styles.push({ row: header, col: 0, cols: headers.length, style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, valign: 'middle', border: 'thin' } });
    this.heights[header] = Math.min(MAX_ROW_PT, LINE_PT * Math.max(...headers.map((h, i) => wrappedLines(h, this.widths[i] ?? 10))));
    if (body.length === 0) {
      const row = this.line(opts.empty ?? 'None.', { italic: true });
      return { header, first: row, count: 0 };
    }
    const first = this.rows.length;
    for (const cells of body) {
      const row = this.push(cells);
      const lines = Math.max(...cells.map((v, i) => (typeof v === 'string' ? wrappedLines(v, this.widths[i] ?? 10) : 1)));
      if (lines > 1) this.heights[row] = Math.min(MAX_ROW_PT, lines * LINE_PT);
    }
    this.styles.push({ row: first, col: 0, rows: body.length, cols: headers.length, style: { wrap: true, valign: 'top' } });
    for (const [col, fmt] of Object.entries(opts.numFmt ?? {})) this.styles.push({ row: first, col: Number(col), rows: body.length, style: { numFmt: fmt } });
    for (const [col, colours] of Object.entries(opts.colours ?? {})) {
      for (const [equals, swatch] of Object.entries(colours)) {
        this.conditional.push({ range: { row: first, col: Number(col), rows: body.length }, equals, fill: swatch.fill, fontColor: swatch.font });
      }
    }
    return { header, first, count: body.length };
  }

  /** A chart placed below the current row, `rows` rows tall, the rows kept blank for it. */
  chart(spec: Omit<ChartSpec, 'anchor'>, rows = 14): void {
    const row = this.rows.length;
    for (let i = 0; i < rows; i++) this.push([]);
    this.charts.push({ ...spec, anchor: { row, col: 0, rows, cols: this.width } });
  }

  /** Index of the next row to be added (a page break goes before it). */
  get next(): number {
    return this.rows.length;
  }

  build(name: string, print: Omit<PrintSetup, 'paper'>): SheetSpec {
    return {
      name,
      rows: this.rows,
      columns: this.widths.map((width) => ({ width })),
      rowHeights: { ...this.heights },
      styles: this.styles,
      merges: this.merges,
      conditional: this.conditional,
      charts: this.charts,
      print: { paper: 'A4', ...print },
      tabColor: TAB_COLOUR,
    };
  }
}
