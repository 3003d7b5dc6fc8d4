/**
 * A fake SpreadsheetApp for tests: real grids of values and formats behind Apps Script's
 * method names, and a counter of every service call (each method call on any object it hands
 * out). It checks what real Sheets checks: ranges inside the sheet, arrays the size of the range.
 */
import type { SheetsValue } from '../../appsscript/spreadsheet-like.js';

export type CallCounts = Map<string, number>;

type Layer<T> = (T | undefined)[][];

function put<T>(layer: Layer<T>, row: number, col: number, values: T[][]): void {
  values.forEach((line, r) => {
    const target = (layer[row + r] ??= []);
    line.forEach((v, c) => {
      target[col + c] = v;
    });
  });
}

/** Failures a test asked for: `Label.method` (or any call, ANY_CALL) → fail on its nth call with this message. */
const ANY_CALL = '*';
const faults = new WeakMap<CallCounts, Map<string, { nth: number; message: string; only?: (key: string) => boolean }>>();

/** Wrap an object so each method call increments `Label.method` (and fails where a test injected a fault). */
export function counted<T extends object>(target: T, label: string, calls: CallCounts): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        const key = `${label}.${prop}`;
        const n = (calls.get(key) ?? 0) + 1;
        calls.set(key, n);
        const fault = faults.get(calls)?.get(key);
        if (fault && fault.nth === n) throw new Error(fault.message);
        const any = faults.get(calls)?.get(ANY_CALL);
        if (any && (any.only?.(key) ?? true) && any.nth === [...calls].filter(([k]) => any.only?.(k) ?? true).reduce((a, [, v]) => a + v, 0)) {
          throw new Error(any.message);
        }
        const result = value.apply(obj, args);
        // Chained calls (builder.a().b()) go through the proxy too, so each one is counted.
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}

function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const cells = a1.split(':').map((part) => {
    const m = /^([A-Z]+)(\d+)$/.exec(part.trim().toUpperCase());
    if (!m) throw new Error(`Range not found: ${a1}`);
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), col };
  });
  const [a, b = a] = cells as [{ row: number; col: number }, { row: number; col: number }?];
  return { row: a.row, col: a.col, rows: b!.row - a.row + 1, cols: b!.col - a.col + 1 };
}

/** A range's A1 address, read from its fields: a test helper, not a service call. */
export function rangeA1(r: { row: number; col: number; rows: number; cols: number }): string {
  const letters = (c: number) => { let s = ''; for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
  return `${letters(r.col)}${r.row}:${letters(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

export class FakeRule {
  constructor(readonly kind: 'validation' | 'conditional', readonly spec: Record<string, unknown>) {}
}

class FakeBuilder {
  private readonly spec: Record<string, unknown> = {};
  constructor(private readonly kind: 'validation' | 'conditional') {}
  requireValueInList(values: string[], showDropdown: boolean) { this.spec.list = [...values]; this.spec.dropdown = showDropdown; return this; }
  setAllowInvalid(allow: boolean) { this.spec.allowInvalid = allow; return this; }
  setHelpText(text: string) { this.spec.help = text; return this; }
  whenTextEqualTo(text: string) { this.spec.equals = text; return this; }
  setBackground(color: string) { this.spec.background = color; return this; }
  setFontColor(color: string) { this.spec.fontColor = color; return this; }
  setRanges(ranges: FakeRange[]) { this.spec.ranges = ranges.map(rangeA1); return this; }
  build() { return new FakeRule(this.kind, { ...this.spec }); }
}

export class FakeRange {
  constructor(readonly sheet: FakeSheet, readonly row: number, readonly col: number, readonly rows: number, readonly cols: number, private readonly calls: CallCounts) {}

  a1(): string {
    return rangeA1(this);
  }

  private fits<T>(values: T[][]): T[][] {
    if (values.length !== this.rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rows}.`);
    for (const line of values) {
      if (line.length !== this.cols) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.cols}.`);
    }
    return values;
  }

  private layer<T>(name: string, values: T[][]): this {
    put(this.sheet.layer<T>(name), this.row - 1, this.col - 1, this.fits(values));
    return this;
  }

  getValues(): SheetsValue[][] {
    const values = Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => this.sheet.values[this.row - 1 + r]?.[this.col - 1 + c] ?? ''),
    );
    this.sheet.book.transfers.push({ call: 'getValues', bytes: JSON.stringify(values).length, rows: this.rows });
    return values;
  }
  setValues(values: SheetsValue[][]) {
    for (const line of this.fits(values)) for (const v of line) {
      if (Object.prototype.toString.call(v) === '[object Date]') throw new Error('The fake stores what Sheets stores: write serials, not Date objects');
    }
    put(this.sheet.values, this.row - 1, this.col - 1, values);
    this.sheet.book.transfers.push({ call: 'setValues', bytes: JSON.stringify(values).length, rows: values.length });
    return this;
  }
  setBackgrounds(v: (string | null)[][]) { return this.layer('background', v); }
  setFontColors(v: (string | null)[][]) { return this.layer('fontColor', v); }
  setFontWeights(v: (string | null)[][]) { return this.layer('fontWeight', v); }
  setFontStyles(v: (string | null)[][]) { return this.layer('fontStyle', v); }
  setNumberFormats(v: string[][]) { return this.layer('numberFormat', v); }
  setWraps(v: boolean[][]) { return this.layer('wrap', v); }
  setHorizontalAlignments(v: (string | null)[][]) { return this.layer('horizontal', v); }
  setVerticalAlignments(v: (string | null)[][]) { return this.layer('vertical', v); }
  setDataValidations(v: (FakeRule | null)[][]) { return this.layer('validation', v); }
  clearDataValidations() { this.sheet.layers.delete('validation'); return this; }
  breakApart() { this.sheet.merges = []; return this; }
  merge() { this.sheet.merges.push(this.a1()); return this; }
  createFilter() {
    if (this.sheet.filter) throw new Error('You can\'t create a filter in a sheet that already has a filter.');
    const filter = counted({ range: this.a1(), remove: () => { this.sheet.filter = null; } }, 'Filter', this.calls);
    this.sheet.filter = filter;
    return filter;
  }
  activate() { this.sheet.book.active = { sheet: this.sheet.name, range: this.a1() }; return this; }
}

export interface FakeChart { kind: string; ranges: string[]; position: [number, number] | null; options: Record<string, unknown> }

export class FakeSheet {
  values: Layer<SheetsValue> = [];
  layers = new Map<string, Layer<unknown>>();
  merges: string[] = [];
  widths = new Map<number, number>();
  hidden = new Set<number>();
  frozen = { rows: 0, cols: 0 };
  filter: { range: string; remove(): void } | null = null;
  tabColor: string | null = null;
  conditional: FakeRule[] = [];
  borders: { ranges: string[]; color: string | null; style: unknown }[] = [];
  maxRows = 1000;
  maxCols = 26;

  constructor(readonly book: FakeSpreadsheet, public name: string, private readonly calls: CallCounts) {}

  layer<T>(name: string): Layer<T> {
    if (!this.layers.has(name)) this.layers.set(name, []);
    return this.layers.get(name) as Layer<T>;
  }

  private range(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 1 || col < 1 || rows < 1 || cols < 1 || row + rows - 1 > this.maxRows || col + cols - 1 > this.maxCols) {
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet "${this.name}".`);
    }
    return counted(new FakeRange(this, row, col, rows, cols, this.calls), 'Range', this.calls);
  }

  getName() { return this.name; }
  getDataRange() {
    let rows = 0;
    let cols = 0;
    this.values.forEach((line, r) => line?.forEach((v, c) => {
      if (v !== '' && v !== undefined && v !== null) { rows = Math.max(rows, r + 1); cols = Math.max(cols, c + 1); }
    }));
    return this.range(1, 1, Math.max(rows, 1), Math.max(cols, 1));
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1) {
    if (typeof a === 'string') { const r = parseA1(a); return this.range(r.row, r.col, r.rows, r.cols); }
    return this.range(a, col ?? 1, rows, cols);
  }
  getRangeList(a1s: string[]) {
    const sheet = this;
    return counted({
      setBorder(_t: unknown, _l: unknown, _b: unknown, _r: unknown, _v: unknown, _h: unknown, color: string | null, style: unknown) {
        sheet.borders.push({ ranges: [...a1s], color, style });
        return this;
      },
    }, 'RangeList', this.calls);
  }
  getMaxRows() { return this.maxRows; }
  getMaxColumns() { return this.maxCols; }
  insertRowsAfter(_after: number, howMany: number) { this.maxRows += howMany; return this; }
  insertColumnsAfter(_after: number, howMany: number) { this.maxCols += howMany; return this; }
  clear() {
    // Sheets' clear() empties contents and formats (borders too), not validations, filters or merges.
    this.values = [];
    this.borders = [];
    const validation = this.layers.get('validation');
    this.layers.clear();
    if (validation) this.layers.set('validation', validation);
    return this;
  }
  getFilter() { return this.filter; }
  setConditionalFormatRules(rules: FakeRule[]) { this.conditional = [...rules]; }
  setColumnWidths(start: number, count: number, width: number) { for (let c = start; c < start + count; c++) this.widths.set(c, width); return this; }
  hideColumns(index: number, count: number) { for (let c = index; c < index + count; c++) this.hidden.add(c); }
  showColumns(index: number, count: number) { for (let c = index; c < index + count; c++) this.hidden.delete(c); }
  setFrozenRows(rows: number) { this.frozen.rows = rows; }
  setFrozenColumns(cols: number) { this.frozen.cols = cols; }
  setTabColor(color: string | null) { this.tabColor = color; return this; }
  heights = new Map<number, number>();
  charts: FakeChart[] = [];
  setRowHeights(start: number, count: number, height: number) { for (let r = start; r < start + count; r++) this.heights.set(r, height); return this; }
  getCharts() { return [...this.charts]; }
  removeChart(chart: FakeChart) { this.charts = this.charts.filter((c) => c !== chart); }
  insertChart(chart: FakeChart) { this.charts.push(chart); }
  /** EmbeddedChartBuilder as plain data: the kind chosen, the A1 ranges added, the anchor and options. */
  newChart() {
    const chart: FakeChart = { kind: 'column', ranges: [], position: null, options: {} };
    const builder = {
      asLineChart: () => { chart.kind = 'line'; return builder; },
      asColumnChart: () => { chart.kind = 'column'; return builder; },
      asBarChart: () => { chart.kind = 'bar'; return builder; },
      addRange: (r: { a1(): string }) => { chart.ranges.push(r.a1()); return builder; },
      setPosition: (row: number, col: number) => { chart.position = [row, col]; return builder; },
      setOption: (k: string, v: unknown) => { chart.options[k] = v; return builder; },
      build: () => chart,
    };
    return builder;
  }
  activate() { this.book.active = { sheet: this.name, range: 'A1:A1' }; return this; }

  /** The values as the user would see them, trimmed to the used area ('' for empty). */
  grid(): SheetsValue[][] {
    return this.getDataRangeUncounted();
  }

  private getDataRangeUncounted(): SheetsValue[][] {
    let rows = 0;
    let cols = 0;
    this.values.forEach((line, r) => line?.forEach((v, c) => {
      if (v !== '' && v !== undefined) { rows = Math.max(rows, r + 1); cols = Math.max(cols, c + 1); }
    }));
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.values[r]?.[c] ?? ''));
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  /** Each getValues and setValues since the last reset, with its size as JSON (what crosses to the server). */
  readonly transfers: { call: 'getValues' | 'setValues'; bytes: number; rows: number }[] = [];
  active: { sheet: string; range: string } | null = null;

  constructor(private readonly calls: CallCounts, private readonly timeZone: string) {}

  /** Test set-up, not counted: a user's sheet with these values. */
  addSheet(name: string, values: SheetsValue[][]): FakeSheet {
    const sheet = new FakeSheet(this, name, this.calls);
    sheet.values = values.map((r) => [...r]);
    sheet.maxRows = Math.max(1000, values.length);
    sheet.maxCols = Math.max(26, ...values.map((r) => r.length));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getSheets() { return this.sheets.map((s) => counted(s, 'Sheet', this.calls)); }
  getSheetByName(name: string) {
    const s = this.sheet(name);
    return s ? counted(s, 'Sheet', this.calls) : null;
  }
  insertSheet(name: string, index: number) {
    if (this.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, this.calls);
    this.sheets.splice(index, 0, sheet);
    return counted(sheet, 'Sheet', this.calls);
  }
  getSpreadsheetTimeZone() { return this.timeZone; }
}

export interface FakeSpreadsheetApp {
  app: Record<string, unknown>;
  book: FakeSpreadsheet;
  calls: CallCounts;
  menu: { caption: string; fn: string }[];
  sidebars: string[];
  /** Total service calls, optionally only those whose name matches. */
  total(filter?: (name: string) => boolean): number;
  /** Forget the counts (and any injected faults, whose call numbers count from here). */
  reset(): void;
  /** Make the nth call of `Label.method` (counted from the last reset) throw, as Apps Script would. */
  failOn(key: string, nth: number, message: string): void;
  /**
   * Make the nth service call (counted from the last reset; only calls whose `Label.method` passes
   * `only`, if given) throw; nothing of that call is applied, everything before it stays.
   */
  failOnCall(nth: number, message: string, only?: (key: string) => boolean): void;
}

/** A fresh fake SpreadsheetApp with one empty spreadsheet in the given time zone. */
export function fakeSpreadsheetApp(timeZone = 'Etc/UTC'): FakeSpreadsheetApp {
  const calls: CallCounts = new Map();
  const book = new FakeSpreadsheet(calls, timeZone);
  const menu: { caption: string; fn: string }[] = [];
  const sidebars: string[] = [];
  const ui = {
    createAddonMenu() {
      const m = {
        addItem(caption: string, fn: string) { menu.push({ caption, fn }); return m; },
        addSeparator() { return m; },
        addToUi() {},
      };
      return counted(m, 'Menu', calls);
    },
    showSidebar(html: { getContent(): string }) { sidebars.push(html.getContent()); },
  };
  const app = counted({
    getActiveSpreadsheet: () => counted(book, 'Spreadsheet', calls),
    getUi: () => counted(ui, 'Ui', calls),
    newDataValidation: () => counted(new FakeBuilder('validation'), 'DataValidationBuilder', calls),
    newConditionalFormatRule: () => counted(new FakeBuilder('conditional'), 'ConditionalFormatRuleBuilder', calls),
    flush: () => {},
    BorderStyle: { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM' },
  }, 'SpreadsheetApp', calls);
  return {
    app, book, calls, menu, sidebars,
    total: (filter = () => true) => [...calls].filter(([k]) => filter(k)).reduce((n, [, v]) => n + v, 0),
    reset: () => {
      calls.clear();
      book.transfers.length = 0;
      faults.delete(calls);
    },
    failOn: (key, nth, message) => {
      if (!faults.has(calls)) faults.set(calls, new Map());
      faults.get(calls)!.set(key, { nth, message });
    },
    failOnCall: (nth, message, only) => {
      if (!faults.has(calls)) faults.set(calls, new Map());
      faults.get(calls)!.set(ANY_CALL, { nth, message, ...(only ? { only } : {}) });
    },
  };
}
