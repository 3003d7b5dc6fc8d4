import { cellAddress, parseCellAddress } from '../grid/address.js';
import type { PerformancePoint, SourceRef } from './types.js';

/**
 * Strings numbered in the order first met. A tracker repeats a few dozen school, measure and
 * sheet names tens of thousands of times, and a long sheet gives the same one many rows running,
 * so a repeat of the last string is numbered without a lookup.
 */
class Names {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  private last: string | undefined;
  private lastId = -1;

  id(name: string): number {
    if (name === this.last) return this.lastId;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(name);
      this.ids.set(name, id);
    }
    this.last = name;
    this.lastId = id;
    return id;
  }
}

const FIRST_CAPACITY = 256;

/**
 * Every performance value the readers kept, stored by column rather than as an object per value
 * (decision 0404). A trust's long sheet holds 60,000 values; as objects they were most of what a
 * run allocated, and collecting them took a third of categorise's time (goal P6). Here each field
 * is one typed array, names are numbered once, and a value's cell is kept as a row and column,
 * spelt out as an A1 address only when an issue or a reason asks for it.
 *
 * Values are numbered in the order they were added, which is sheet order.
 */
export class PerformanceValues {
  private size = 0;
  private keyIds = new Int32Array(FIRST_CAPACITY);
  private measureIds = new Int32Array(FIRST_CAPACITY);
  /** 0 for the whole school, otherwise the unit's number + 1. */
  private unitIds = new Int32Array(FIRST_CAPACITY);
  private years = new Int32Array(FIRST_CAPACITY);
  private values = new Float64Array(FIRST_CAPACITY);
  private sheetIds = new Int32Array(FIRST_CAPACITY);
  private rows = new Int32Array(FIRST_CAPACITY);
  private cols = new Int32Array(FIRST_CAPACITY);
  private readonly keys = new Names();
  private readonly measures = new Names();
  private readonly units = new Names();
  private readonly sheets = new Names();
  /** Cells given as text that is not an A1 address (hand-made points), by value number. */
  private readonly otherCells = new Map<number, string>();

  /** Values made elsewhere (a host, a test) as plain points. */
  static of(points: Iterable<PerformancePoint>): PerformanceValues {
    const out = new PerformanceValues();
    for (const pt of points) {
      const at = parseCellAddress(pt.source.cell);
      const i = out.add(pt.key, pt.measure, pt.unit, pt.year, pt.value, pt.source.sheet, at?.row ?? -1, at?.col ?? -1);
      if (!at) out.otherCells.set(i, pt.source.cell);
    }
    return out;
  }

  get length(): number {
    return this.size;
  }

  /**
   * Make room for `more` values beyond those kept, in one step. A reader that knows how many cells
   * it is about to read says so: growing a step at a time would allocate the columns twice over.
   */
  reserve(more: number): void {
    // At least doubled, so forty one-measure sheets reserving in turn do not copy forty times.
    if (this.size + more > this.keyIds.length) this.resize(Math.max(this.size + more, this.keyIds.length * 2));
  }

  /** Keep one value; returns its number. */
  add(key: string, measure: string, unit: string | null, year: number, value: number, sheet: string, row: number, col: number): number {
    if (this.size === this.keyIds.length) this.resize(this.size * 2);
    const i = this.size++;
    this.keyIds[i] = this.keys.id(key);
    this.measureIds[i] = this.measures.id(measure);
    this.unitIds[i] = unit === null ? 0 : this.units.id(unit) + 1;
    this.years[i] = year;
    this.values[i] = value;
    this.sheetIds[i] = this.sheets.id(sheet);
    this.rows[i] = row;
    this.cols[i] = col;
    return i;
  }

  key(i: number): string {
    return this.keys.list[this.keyIds[i]!]!;
  }

  measure(i: number): string {
    return this.measures.list[this.measureIds[i]!]!;
  }

  unit(i: number): string | null {
    const u = this.unitIds[i]!;
    return u === 0 ? null : this.units.list[u - 1]!;
  }

  year(i: number): number {
    return this.years[i]!;
  }

  value(i: number): number {
    return this.values[i]!;
  }

  source(i: number): SourceRef {
    const row = this.rows[i]!;
    const cell = row < 0 ? (this.otherCells.get(i) ?? '') : cellAddress(row, this.cols[i]!);
    return { sheet: this.sheets.list[this.sheetIds[i]!]!, cell };
  }

  /** True when two values belong to the same school, unit and measure exactly as written. */
  sameLine(i: number, j: number): boolean {
    return this.keyIds[i] === this.keyIds[j] && this.measureIds[i] === this.measureIds[j] && this.unitIds[i] === this.unitIds[j];
  }

  /** One value as a plain point. */
  point(i: number): PerformancePoint {
    return { key: this.key(i), measure: this.measure(i), unit: this.unit(i), year: this.year(i), value: this.value(i), source: this.source(i) };
  }

  /** Every value as a plain point, in the order added: for reading and tests, not for the hot path. */
  points(): PerformancePoint[] {
    return Array.from({ length: this.size }, (_, i) => this.point(i));
  }

  toJSON(): PerformancePoint[] {
    return this.points();
  }

  private resize(n: number): void {
    const wider = <T extends Int32Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.keyIds = wider(this.keyIds, Int32Array);
    this.measureIds = wider(this.measureIds, Int32Array);
    this.unitIds = wider(this.unitIds, Int32Array);
    this.years = wider(this.years, Int32Array);
    this.values = wider(this.values, Float64Array);
    this.sheetIds = wider(this.sheetIds, Int32Array);
    this.rows = wider(this.rows, Int32Array);
    this.cols = wider(this.cols, Int32Array);
  }
}
