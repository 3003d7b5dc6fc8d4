/**
 * The slice of Apps Script's SpreadsheetApp that Pathway uses, declared here so the adapter
 * can be handed the real service in Apps Script and a counting fake in tests. Method names
 * and argument shapes are Apps Script's own (reference/spreadsheet); nothing is added.
 */
export type SheetsValue = string | number | boolean | Date;

export interface DataValidationLike {
  readonly __brand?: 'DataValidation';
}

export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderLike;
  setAllowInvalid(allow: boolean): DataValidationBuilderLike;
  setHelpText(text: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export interface ConditionalFormatRuleLike {
  readonly __brand?: 'ConditionalFormatRule';
}

export interface ConditionalFormatRuleBuilderLike {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string): ConditionalFormatRuleBuilderLike;
  setFontColor(color: string): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export interface FilterLike {
  remove(): void;
}

export interface RangeLike {
  getValues(): SheetsValue[][];
  setValues(values: SheetsValue[][]): RangeLike;
  setBackgrounds(colors: (string | null)[][]): RangeLike;
  setFontColors(colors: (string | null)[][]): RangeLike;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): RangeLike;
  setFontStyles(styles: ('italic' | 'normal' | null)[][]): RangeLike;
  setNumberFormats(formats: string[][]): RangeLike;
  setWraps(wraps: boolean[][]): RangeLike;
  setHorizontalAlignments(alignments: ('left' | 'center' | 'right' | null)[][]): RangeLike;
  setVerticalAlignments(alignments: ('top' | 'middle' | 'bottom' | null)[][]): RangeLike;
  setDataValidations(rules: (DataValidationLike | null)[][]): RangeLike;
  clearDataValidations(): RangeLike;
  breakApart(): RangeLike;
  merge(): RangeLike;
  createFilter(): FilterLike;
  activate(): RangeLike;
}

export interface RangeListLike {
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: unknown,
  ): RangeListLike;
}

export interface SheetLike {
  getName(): string;
  getDataRange(): RangeLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRange(a1Notation: string): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  clear(): SheetLike;
  getFilter(): FilterLike | null;
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
  hideColumns(columnIndex: number, numColumns: number): void;
  showColumns(columnIndex: number, numColumns: number): void;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setTabColor(color: string | null): SheetLike;
  activate(): SheetLike;
  setRowHeights(startRow: number, numRows: number, height: number): SheetLike;
  getCharts(): unknown[];
  removeChart(chart: unknown): void;
  newChart(): ChartBuilderLike;
  insertChart(chart: unknown): void;
}

/** The part of EmbeddedChartBuilder Pathway uses: its as…Chart() builders return the same shape. */
export interface ChartBuilderLike {
  asLineChart(): ChartBuilderLike;
  asColumnChart(): ChartBuilderLike;
  asBarChart(): ChartBuilderLike;
  addRange(range: RangeLike): ChartBuilderLike;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderLike;
  setOption(option: string, value: unknown): ChartBuilderLike;
  build(): unknown;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  getSpreadsheetTimeZone(): string;
}

export interface UiMenuLike {
  addItem(caption: string, functionName: string): UiMenuLike;
  addSeparator(): UiMenuLike;
  addToUi(): void;
}

export interface UiLike {
  createAddonMenu(): UiMenuLike;
  showSidebar(html: HtmlOutputLike): void;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  getUi(): UiLike;
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  BorderStyle: { SOLID: unknown; SOLID_MEDIUM: unknown };
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  getContent(): string;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}
