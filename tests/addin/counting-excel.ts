// A small counting fake of Excel.RequestContext (office-addin-mock 4 applies writes at once and
// counts no syncs, so it cannot check P1). Commands queue until sync(), as in Office.js; loaded
// properties exist only after the sync that loaded them; every sync's payload is measured.
import { columnIndex } from '../../core/grid/address.js';

type Val = string | number | boolean;
interface Rect { row: number; col: number; rows: number; cols: number }

export interface FakeSheet {
  name: string;
  values: Val[][];
  formats: string[][];
  /** Style, merge, validation and layout operations, keyed so a repeat replaces rather than adds (conditional formats add, as in Excel). */
  extras: Map<string, unknown>;
}

export interface SyncRecord { bytesRead: number; bytesWritten: number; maxBlockRows: number }

function key(kind: string, r: Rect): string {
  return `${kind}@${r.row},${r.col},${r.rows},${r.cols}`;
}

export class CountingExcel {
  sheets: FakeSheet[] = [];
  syncs: SyncRecord[] = [];
  private queue: (() => void)[] = [];
  private current: SyncRecord = { bytesRead: 0, bytesWritten: 0, maxBlockRows: 0 };
  /**
   * Fail the Nth sync (1-based) with this Office error code, after applying this share of its
   * queued commands (default half: 0 = nothing reached the workbook, 1 = all of it did and only
   * the answer was lost).
   */
  failAt: { sync: number; code: string; applied?: number } | null = null;
  /** Make the Nth sync never settle. */
  hangAt: number | null = null;
  /** Range proxies handed out (goal P3: one per block, never one per cell or row). */
  rangesMade = 0;
  active: string | null = null;

  constructor(sheets: { name: string; values: Val[][] }[] = []) {
    for (const s of sheets) this.sheets.push({ name: s.name, values: s.values.map((r) => [...r]), formats: [], extras: new Map() });
  }

  get totalRead(): number { return this.syncs.reduce((n, s) => n + s.bytesRead, 0); }
  get totalWritten(): number { return this.syncs.reduce((n, s) => n + s.bytesWritten, 0); }

  sheet(name: string): FakeSheet | undefined { return this.sheets.find((s) => s.name === name); }

  enqueue(fn: () => void): void { this.queue.push(fn); }
  /** Writes are measured when queued and belong to the next sync; reads are measured as that sync runs. */
  private pending: SyncRecord = { bytesRead: 0, bytesWritten: 0, maxBlockRows: 0 };
  record(kind: 'read' | 'write', bytes: number, rows: number): void {
    const into = kind === 'read' ? this.current : this.pending;
    if (kind === 'read') into.bytesRead += bytes;
    else into.bytesWritten += bytes;
    into.maxBlockRows = Math.max(into.maxBlockRows, rows);
  }

  /** A snapshot for "running twice equals once". */
  snapshot(): unknown {
    return this.sheets.map((s) => ({ name: s.name, values: trim(s.values), formats: trim(s.formats), extras: [...s.extras.entries()].sort() }));
  }

  readonly context = {
    workbook: {
      worksheets: {
        getFirst: () => new FakeWorksheet(this, () => this.sheets[0] ?? null),
        getItem: (name: string) =>
          new FakeWorksheet(this, () => {
            const s = this.sheet(name);
            if (!s) throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
            return s;
          }),
        add: (name: string) => {
          this.enqueue(() => {
            if (this.sheet(name)) throw Object.assign(new Error('exists'), { code: 'ItemAlreadyExists' });
            this.sheets.push({ name, values: [], formats: [], extras: new Map() });
          });
          return new FakeWorksheet(this, () => this.sheet(name) ?? null);
        },
      },
    },
    sync: (): Promise<void> => {
      const n = this.syncs.length + 1;
      const queue = this.queue;
      this.queue = [];
      this.current = this.pending;
      this.pending = { bytesRead: 0, bytesWritten: 0, maxBlockRows: 0 };
      this.syncs.push(this.current);
      if (this.hangAt === n) return new Promise<void>(() => {});
      if (this.failAt?.sync === n) {
        for (const fn of queue.slice(0, Math.floor(queue.length * (this.failAt.applied ?? 0.5)))) fn();
        return Promise.reject(Object.assign(new Error('injected'), { code: this.failAt.code }));
      }
      try {
        for (const fn of queue) fn();
      } catch (err) {
        return Promise.reject(err);
      }
      return Promise.resolve();
    },
  };
}

function trim<T>(grid: T[][]): T[][] {
  return grid.map((r) => [...r]);
}

function usedRect(s: FakeSheet): Rect | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '' || v === undefined) return;
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export interface FakeChart {
  type: string;
  source: Rect | null;
  name: string;
  title: { text: string };
  position: [Rect | null, Rect | null] | null;
  series: { name: string; values: Rect | null; x: Rect | null; color: string }[];
  axes: { valueAxis: Record<string, unknown> };
}

class FakeWorksheet {
  isNullObject?: boolean;
  private loadedName?: string;
  constructor(readonly fx: CountingExcel, readonly resolve: () => FakeSheet | null) {}

  get name(): string {
    if (this.loadedName === undefined) throw new Error('name was not loaded and synced');
    return this.loadedName;
  }
  set tabColor(v: string) { this.extra('tab', v); }

  private extra(k: string, v: unknown): void {
    this.fx.enqueue(() => this.resolve()?.extras.set(k, v));
  }

  load(props: string): this {
    if (props.includes('name')) {
      this.fx.enqueue(() => {
        const s = this.resolve();
        this.isNullObject = !s;
        this.loadedName = s?.name ?? '';
      });
    }
    return this;
  }
  getNextOrNullObject(): FakeWorksheet {
    return new FakeWorksheet(this.fx, () => {
      const s = this.resolve();
      if (!s) return null;
      return this.fx.sheets[this.fx.sheets.indexOf(s) + 1] ?? null;
    });
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this, () => {
      const s = this.resolve();
      return s ? usedRect(s) : null;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, () => ({ row, col, rows, cols }));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this, () => parseAddress(address));
  }
  activate(): void { this.fx.enqueue(() => { this.fx.active = this.resolve()?.name ?? null; }); }
  delete(): void {
    this.fx.enqueue(() => {
      const s = this.resolve();
      if (s) this.fx.sheets.splice(this.fx.sheets.indexOf(s), 1);
    });
  }
  /** Charts as plain records in the sheet's extras (added, never replaced, as in Excel). */
  charts = {
    add: (type: string, source: FakeRange) => {
      const record: FakeChart = { type, source: null, name: '', title: { text: '' }, position: null, series: [], axes: { valueAxis: { title: { text: '' } } } };
      const series = (name: string, values: Rect | null): FakeChart['series'][number] => {
        const s = { name, values, x: null as Rect | null, color: '', setValues: (r: FakeRange) => { s.values = r.rect(); }, setXAxisValues: (r: FakeRange) => { s.x = r.rect(); },
          format: { line: { set color(c: string) { s.color = c; } }, fill: { setSolidColor: (c: string) => { s.color = c; } } } };
        return s;
      };
      this.fx.enqueue(() => {
        const sheet = this.resolve();
        if (!sheet) return;
        record.source = source.rect();
        const n = [...sheet.extras.keys()].filter((k) => k.startsWith('chart:')).length;
        sheet.extras.set(`chart:${n}`, record);
      });
      record.series.push(series('', source.rect()));
      const chart = {
        set name(v: string) { record.name = v; },
        title: record.title,
        setPosition: (a: FakeRange, b: FakeRange) => { this.fx.enqueue(() => { record.position = [a.rect(), b.rect()]; }); },
        series: {
          getItemAt: (i: number) => record.series[i],
          add: (name: string) => { const s = series(name, null); record.series.push(s); return s; },
        },
        axes: record.axes,
      };
      return chart;
    },
  };
  freezePanes = {
    freezeRows: (n: number) => this.extra('freeze', { rows: n, cols: 0 }),
    freezeAt: (r: FakeRange) => this.fx.enqueue(() => this.resolve()?.extras.set('freeze', r.rect())),
    unfreeze: () => this.fx.enqueue(() => this.resolve()?.extras.delete('freeze')),
  };
  autoFilter = {
    apply: (r: FakeRange) => this.fx.enqueue(() => this.resolve()?.extras.set('filter', r.rect())),
    remove: () => this.fx.enqueue(() => this.resolve()?.extras.delete('filter')),
  };
  pageLayout = new Proxy({} as Record<string, unknown>, {
    set: (_, prop, value) => { this.extra(`page.${String(prop)}`, value); return true; },
    get: (_, prop) =>
      prop === 'setPrintArea' || prop === 'setPrintTitleRows'
        ? (r: FakeRange) => this.fx.enqueue(() => this.resolve()?.extras.set(`page.${String(prop)}`, r.rect()))
        : undefined,
  });
}

function parseAddress(address: string | undefined): Rect {
  if (!address) return { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) return { row: 0, col: columnIndex(cols[1]!), rows: 1_048_576, cols: columnIndex(cols[2]!) - columnIndex(cols[1]!) + 1 };
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { row: Number(rows[1]) - 1, col: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, cols: 16_384 };
  const cell = /^([A-Z]+)(\d+)$/.exec(address);
  if (cell) return { row: Number(cell[2]) - 1, col: columnIndex(cell[1]!), rows: 1, cols: 1 };
  throw Object.assign(new Error(`bad address ${address}`), { code: 'InvalidArgument' });
}

class FakeRange {
  isNullObject?: boolean;
  private loaded = new Map<string, unknown>();
  constructor(readonly ws: FakeWorksheet, readonly where: () => Rect | null) {
    ws.fx.rangesMade += 1;
  }
  rect(): Rect | null { return this.where(); }
  private get fx(): CountingExcel { return this.ws.fx; }

  private prop(name: string): unknown {
    if (!this.loaded.has(name)) throw new Error(`${name} was not loaded and synced`);
    return this.loaded.get(name);
  }
  get values(): Val[][] { return this.prop('values') as Val[][]; }
  set values(v: Val[][]) { this.setGrid('values', v); }
  get numberFormat(): string[][] { return this.prop('numberFormat') as string[][]; }
  set numberFormat(v: string[][]) { this.setGrid('formats', v); }
  get rowIndex(): number { return this.prop('rowIndex') as number; }
  get columnIndex(): number { return this.prop('columnIndex') as number; }
  get rowCount(): number { return this.prop('rowCount') as number; }
  get columnCount(): number { return this.prop('columnCount') as number; }

  private setGrid(which: 'values' | 'formats', v: Val[][]): void {
    this.fx.record('write', JSON.stringify(v).length, v.length);
    const copy = v.map((r) => [...r]);
    this.fx.enqueue(() => {
      const s = this.ws.resolve()!;
      const r = this.where()!;
      if (copy.length !== r.rows || copy.some((row) => row.length !== r.cols)) {
        throw Object.assign(new Error('size mismatch'), { code: 'InvalidArgument' });
      }
      const grid = s[which] as Val[][];
      copy.forEach((row, i) => {
        const target = (grid[r.row + i] ??= []);
        row.forEach((val, j) => (target[r.col + j] = val));
      });
    });
  }

  load(props: string): this {
    this.fx.enqueue(() => {
      const r = this.where();
      this.isNullObject = r === null;
      if (!r) return;
      const s = this.ws.resolve()!;
      for (const p of props.split(',').map((x) => x.trim())) {
        if (p === 'values') {
          const v = Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => s.values[r.row + i]?.[r.col + j] ?? ''));
          this.fx.record('read', JSON.stringify(v).length, r.rows);
          this.loaded.set('values', v);
        } else if (p === 'rowIndex') this.loaded.set(p, r.row);
        else if (p === 'columnIndex') this.loaded.set(p, r.col);
        else if (p === 'rowCount') this.loaded.set(p, r.rows);
        else if (p === 'columnCount') this.loaded.set(p, r.cols);
      }
    });
    return this;
  }

  private op(kind: string, value: unknown = true): void {
    this.fx.enqueue(() => {
      const r = this.where();
      if (r) this.ws.resolve()!.extras.set(key(kind, r), value);
    });
  }
  clear(): void {
    this.fx.enqueue(() => {
      const s = this.ws.resolve()!;
      s.values = [];
      s.formats = [];
      for (const k of [...s.extras.keys()]) if (!k.startsWith('page.') && k !== 'tab') s.extras.delete(k);
    });
  }
  merge(): void { this.op('merge'); }
  unmerge(): void {
    this.fx.enqueue(() => {
      const s = this.ws.resolve()!;
      for (const k of [...s.extras.keys()]) if (k.startsWith('merge@')) s.extras.delete(k);
    });
  }
  select(): void { this.op('selected'); }
  format = formatProxy((path, value) => this.op(`format.${path}`, value));
  get dataValidation() {
    const op = (k: string, v: unknown) => this.op(k, v);
    const fx = this.fx;
    const ws = this.ws;
    return {
      clear: () =>
        fx.enqueue(() => {
          const s = ws.resolve()!;
          for (const k of [...s.extras.keys()]) if (k.startsWith('dv.')) s.extras.delete(k);
        }),
      set rule(v: unknown) { op('dv.rule', v); },
      set ignoreBlanks(v: boolean) { op('dv.ignoreBlanks', v); },
      set prompt(v: unknown) { op('dv.prompt', v); },
    };
  }
  conditionalFormats = {
    add: () => {
      const fmt: Record<string, unknown> = {};
      const cf = { cellValue: { format: { fill: {} as Record<string, unknown>, font: {} as Record<string, unknown> }, rule: undefined as unknown } };
      this.fx.enqueue(() => {
        fmt.fill = cf.cellValue.format.fill.color;
        fmt.font = cf.cellValue.format.font.color;
        fmt.rule = cf.cellValue.rule;
        // Excel adds a rule each time (it never replaces one), so a repeat shows as two.
        const k = key(`cf.${JSON.stringify(fmt.rule)}`, this.where()!);
        const extras = this.ws.resolve()!.extras;
        extras.set(k, [...((extras.get(k) as unknown[] | undefined) ?? []), fmt]);
      });
      return cf;
    },
    clearAll: () => this.fx.enqueue(() => {
      const s = this.ws.resolve()!;
      for (const k of [...s.extras.keys()]) if (k.startsWith('cf.')) s.extras.delete(k);
    }),
  };
}

function formatProxy(set: (path: string, value: unknown) => void, prefix = ''): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_, prop) => {
      if (prop === 'getItem') return (edge: string) => formatProxy(set, `${prefix}borders.${edge}.`);
      return formatProxy(set, `${prefix}${String(prop)}.`);
    },
    set: (_, prop, value) => {
      set(`${prefix}${String(prop)}`, value);
      return true;
    },
  });
}
