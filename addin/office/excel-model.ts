/**
 * The slice of the Office.js Excel object model the adapter uses, written out so the adapter
 * compiles and is tested without Office's globals. The real `Excel.RequestContext` satisfies it
 * (the task pane passes it in); tests pass a counting fake. Enum values are Office's own strings.
 */
export interface XlLoadable {
  load(props: string): unknown;
}

export interface XlRange extends XlLoadable {
  isNullObject?: boolean;
  values: unknown[][];
  numberFormat: unknown[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  format: XlRangeFormat;
  dataValidation: {
    clear(): void;
    rule: unknown;
    ignoreBlanks: boolean;
    prompt: { message: string; showPrompt: boolean; title: string };
  };
  conditionalFormats: {
    add(type: 'CellValue'): { cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: unknown } };
    clearAll(): void;
  };
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

export interface XlRangeFormat {
  fill: { color: string };
  font: { bold: boolean; italic: boolean; color: string };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  columnHidden: boolean;
  /** Grow each row to show its wrapped text (queued; no sync of its own). */
  autofitRows(): void;
  borders: { getItem(edge: string): { style: string; weight: string } };
}

export interface XlChartSeries {
  name: string;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
  format: { fill: { setSolidColor(color: string): void }; line: { color: string } };
}

export interface XlChartAxis {
  minimum: number;
  maximum: number;
  numberFormat: string;
  title: { text: string };
}

export interface XlChart {
  name: string;
  title: { text: string };
  series: { getItemAt(index: number): XlChartSeries; add(name?: string): XlChartSeries };
  axes: { valueAxis: XlChartAxis };
  legend: { position: string };
  setPosition(startCell: XlRange, endCell?: XlRange): void;
  delete(): void;
}

export interface XlChartCollection extends XlLoadable {
  /** Present once a `load('items/name')` has been synced. */
  items: XlChart[];
  add(type: string, sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart;
}

export interface XlWorksheet extends XlLoadable {
  charts: XlChartCollection;
  isNullObject?: boolean;
  name: string;
  tabColor: string;
  getRange(address?: string): XlRange;
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getNextOrNullObject(visibleOnly?: boolean): XlWorksheet;
  activate(): void;
  freezePanes: { freezeRows(n: number): void; freezeAt(r: XlRange): void; unfreeze(): void };
  autoFilter: { apply(r: XlRange): void; remove(): void };
  horizontalPageBreaks: { add(pageBreakRange: XlRange): void; removePageBreaks(): void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintArea(r: XlRange): void;
    setPrintTitleRows(r: XlRange): void;
    setPrintTitleColumns(r: XlRange): void;
  };
}

export interface XlRequestContext {
  workbook: {
    worksheets: {
      getFirst(visibleOnly?: boolean): XlWorksheet;
      getItem(name: string): XlWorksheet;
      add(name: string): XlWorksheet;
    };
  };
  sync(): Promise<unknown>;
}
