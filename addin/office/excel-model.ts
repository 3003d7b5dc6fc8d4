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
  rowHeight: number;
  borders: { getItem(edge: string): { style: string; weight: string } };
}

export interface XlWorksheet extends XlLoadable {
  isNullObject?: boolean;
  name: string;
  tabColor: string;
  getRange(address?: string): XlRange;
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getNextOrNullObject(visibleOnly?: boolean): XlWorksheet;
  activate(): void;
  delete(): void;
  charts: { add(type: string, source: XlRange, seriesBy?: string): XlChart };
  freezePanes: { freezeRows(n: number): void; freezeAt(r: XlRange): void; unfreeze(): void };
  autoFilter: { apply(r: XlRange): void; remove(): void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintArea(r: XlRange): void;
    setPrintTitleRows(r: XlRange): void;
  };
}

export interface XlChartSeries {
  name: string;
  setValues(r: XlRange): void;
  setXAxisValues(r: XlRange): void;
  format: { line: { color: string }; fill: { setSolidColor(c: string): void } };
}

export interface XlChart {
  name: string;
  title: { text: string };
  setPosition(start: XlRange, end: XlRange): void;
  series: { getItemAt(i: number): XlChartSeries; add(name: string): XlChartSeries };
  axes: { valueAxis: { minimum: number; maximum: number; numberFormat: string; title: { text: string } } };
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
