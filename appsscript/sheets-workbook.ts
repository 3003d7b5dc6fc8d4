import type { Grid } from '../core/grid/types.js';
import { isOwnedSheet, OWNED_PREFIX, USER_CHOICE_SHEETS, type Workbook } from '../core/ports/workbook.js';
import type { CellRange, ChartSpec, ColumnSpec, SheetSpec } from '../core/sheets/types.js';
import { dateToSerialIn } from './sheets-dates.js';
import { compileFormats, specWidth, type FormatBlock } from './sheet-formats.js';
import { a1, conditionalRules, validationBlock } from './sheet-rules.js';
import { toCell, toSheetRow } from './sheets-values.js';
import type { RangeLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from './spreadsheet-like.js';

/** Excel widths are in characters; Sheets wants pixels (about 7 px a character at 10 pt Arial, plus padding). */
export function widthInPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

export class NotOwnedSheetError extends Error {
  constructor(sheet: string) {
    super(
      `Pathway did not write to the sheet "${sheet}": it belongs to you. Pathway only writes sheets whose names start with "${OWNED_PREFIX.trim()}", so rename that sheet if you meant Pathway to manage it.`,
    );
    this.name = 'NotOwnedSheetError';
  }
}

/**
 * The Workbook port over Google Sheets. Every read is one getDataRange().getValues(); every
 * write is one setValues plus one call per format attribute, whatever the number of rows (P4).
 * It never calls SpreadsheetApp.flush(): Apps Script flushes when the script returns.
 *
 * Apps Script runs google.script.run and custom functions synchronously, so the `…Now`
 * methods do the work and the async port methods only wrap them for the core's use cases.
 */
export class SheetsWorkbook implements Workbook {
  private readonly book: SpreadsheetLike;
  private toSerial: ((date: Date) => number) | null = null;

  constructor(private readonly app: SpreadsheetAppLike) {
    this.book = app.getActiveSpreadsheet();
  }

  async sheetNames(): Promise<string[]> {
    return this.sheetNamesNow();
  }

  async read(sheet: string): Promise<Grid> {
    return this.readNow(sheet);
  }

  async write(spec: SheetSpec): Promise<void> {
    this.writeNow(spec);
  }

  sheetNamesNow(): string[] {
    return this.book.getSheets().map((s) => s.getName());
  }

  readNow(sheet: string): Grid {
    const found = this.book.getSheetByName(sheet);
    if (!found) throw new Error(`Pathway could not find the sheet "${sheet}". It may have been renamed or deleted; open the sidebar again to refresh.`);
    // The zone is asked once per command, not once per sheet.
    const toSerial = (this.toSerial ??= dateToSerialIn(this.book.getSpreadsheetTimeZone()));
    return found.getDataRange().getValues().map((row) => row.map((v) => toCell(v, toSerial)));
  }

  /** Create or replace one of Pathway's own sheets. Refuses every other name. */
  writeNow(spec: SheetSpec): void {
    if (!isOwnedSheet(spec.name)) throw new NotOwnedSheetError(spec.name);
    this.render(spec);
  }

  /**
   * Write `Pathway Settings` or `Pathway Mapping`: the user's own choices, written only when the
   * user asks (saving settings, correcting a column), never by a run.
   */
  writeChoiceSheetNow(spec: SheetSpec): void {
    if (!USER_CHOICE_SHEETS.includes(spec.name)) throw new NotOwnedSheetError(spec.name);
    this.render(spec);
  }

  /** Select a cell (A1) on a sheet so the user sees it. */
  goTo(sheet: string, cell: string): void {
    const found = this.book.getSheetByName(sheet);
    if (!found) throw new Error(`Pathway could not find the sheet "${sheet}". It may have been renamed or deleted.`);
    found.activate();
    if (cell) found.getRange(cell).activate();
  }

  private render(spec: SheetSpec): void {
    const width = specWidth(spec);
    const height = Math.max(1, spec.rows.length);
    const sheet = this.prepare(spec.name, height, width);
    const formats = compileFormats(spec);
    // Formats first: the "text" number format must be in place before values land, or Sheets re-reads text.
    if (spec.rows.length > 0) {
      block(sheet, formats.numberFormats, (r, v) => r.setNumberFormats(v));
      sheet.getRange(1, 1, spec.rows.length, width).setValues(spec.rows.map((row) => toSheetRow(row, width)));
    }
    if (formats.backgrounds) block(sheet, formats.backgrounds, (r, v) => r.setBackgrounds(v));
    if (formats.fontColors) block(sheet, formats.fontColors, (r, v) => r.setFontColors(v));
    if (formats.fontWeights) block(sheet, formats.fontWeights, (r, v) => r.setFontWeights(v));
    if (formats.fontStyles) block(sheet, formats.fontStyles, (r, v) => r.setFontStyles(v));
    if (formats.wraps) block(sheet, formats.wraps, (r, v) => r.setWraps(v));
    if (formats.horizontal) block(sheet, formats.horizontal, (r, v) => r.setHorizontalAlignments(v));
    if (formats.vertical) block(sheet, formats.vertical, (r, v) => r.setVerticalAlignments(v));
    if (formats.borders.thin.length) sheet.getRangeList(formats.borders.thin.map(a1)).setBorder(true, true, true, true, true, true, '#BFBFBF', this.app.BorderStyle.SOLID);
    if (formats.borders.medium.length) sheet.getRangeList(formats.borders.medium.map(a1)).setBorder(true, true, true, true, true, true, '#7F7F7F', this.app.BorderStyle.SOLID_MEDIUM);
    for (const m of spec.merges ?? []) sheet.getRange(m.row + 1, m.col + 1, m.rows ?? 1, m.cols ?? 1).merge();
    this.columns(sheet, spec.columns ?? []);
    const validations = validationBlock(this.app, spec);
    if (validations) block(sheet, validations, (r, v) => r.setDataValidations(v));
    sheet.setConditionalFormatRules(conditionalRules(this.app, sheet, spec));
    sheet.setFrozenRows(spec.freeze?.rows ?? 0);
    sheet.setFrozenColumns(spec.freeze?.cols ?? 0);
    if (spec.filterRow !== undefined && spec.rows.length > spec.filterRow) {
      sheet.getRange(spec.filterRow + 1, 1, spec.rows.length - spec.filterRow, width).createFilter();
    }
    sheet.setTabColor(spec.tabColor ? `#${spec.tabColor}` : null);
    this.rowHeights(sheet, spec);
    for (const c of spec.charts ?? []) sheet.insertChart(chartOf(sheet, c));
    // Print setup (orientation, fit to width, repeated rows) has no Apps Script API: see decision 0603.
  }

  /** The owned sheet, emptied of everything a previous run left, and big enough for the spec. */
  private prepare(name: string, height: number, width: number): SheetLike {
    const sheet = this.book.getSheetByName(name) ?? this.book.insertSheet(name, this.book.getSheets().length);
    sheet.getFilter()?.remove();
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    const all = sheet.getRange(1, 1, maxRows, maxCols);
    all.breakApart();
    all.clearDataValidations();
    sheet.clear();
    // Clearing leaves charts: remove the ones an earlier run drew, so rendering twice equals once.
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
    if (width > maxCols) sheet.insertColumnsAfter(maxCols, width - maxCols);
    sheet.showColumns(1, Math.max(maxCols, width));
    return sheet;
  }

  /** Runs of equal heights share one call (points → pixels, 96 / 72). */
  private rowHeights(sheet: SheetLike, spec: SheetSpec): void {
    const rows = Object.keys(spec.rowHeights ?? {}).map(Number).sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      const start = rows[i]!;
      const h = spec.rowHeights![start]!;
      let n = 1;
      while (rows[i + n] === start + n && spec.rowHeights![start + n] === h) n++;
      sheet.setRowHeights(start + 1, n, Math.round((h * 4) / 3));
      i += n;
    }
  }

  private columns(sheet: SheetLike, columns: ColumnSpec[]): void {
    // Runs of equal widths share one call; the number of calls follows the columns, never the rows.
    let start = 0;
    while (start < columns.length) {
      const width = columns[start]!.width;
      let end = start + 1;
      while (end < columns.length && columns[end]!.width === width) end++;
      if (width !== undefined) sheet.setColumnWidths(start + 1, end - start, widthInPixels(width));
      start = end;
    }
    columns.forEach((c, i) => {
      if (c.hidden) sheet.hideColumns(i + 1, 1);
    });
  }
}

export function block<T>(sheet: SheetLike, b: FormatBlock<T>, apply: (range: RangeLike, values: T[][]) => void): void {
  const rows = b.values.length;
  const cols = b.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  apply(sheet.getRange(b.row + 1, b.col + 1, rows, cols), b.values);
}

/** A native chart over the sheet's own cells with EmbeddedChartBuilder: categories first, then each series. */
export function chartOf(sheet: SheetLike, c: ChartSpec): unknown {
  const base = sheet.newChart();
  let b = c.kind === 'line' ? base.asLineChart() : c.kind === 'bar' ? base.asBarChart() : base.asColumnChart();
  const range = (r: CellRange) => sheet.getRange(r.row + 1, r.col + 1, r.rows ?? 1, r.cols ?? 1);
  b = b.addRange(range(c.categories));
  for (const s of c.series) b = b.addRange(range(s.values));
  const series = Object.fromEntries(c.series.map((s, i) => [i, { labelInLegend: s.name, ...(s.color ? { color: `#${s.color}` } : {}) }]));
  b = b.setPosition(c.anchor.row + 1, c.anchor.col + 1, 0, 0).setOption('title', c.title).setOption('series', series).setOption('legend', { position: 'bottom' });
  if (c.yAxis) b = b.setOption('vAxis', { ...(c.yAxis.title ? { title: c.yAxis.title } : {}), ...(c.yAxis.min !== undefined ? { minValue: c.yAxis.min } : {}), ...(c.yAxis.max !== undefined ? { maxValue: c.yAxis.max } : {}) });
  return b.build();
}
