import { cellAddress } from '../grid/address.js';
import type { Cell } from '../grid/types.js';
import { cellText, quoted } from '../grid/cell-text.js';
import { parseAcademicYear } from '../grid/parse-academic-year.js';
import { parsePercent, percentScale, type PercentScale } from '../grid/parse-percent.js';
import { doubtfulPercents, placeId, warnDoubtfulPercent, type PlacedCell } from './_lib/doubtful-percent.js';
import { cellAt, dataRows, report, type SheetRead } from './_lib/sheet-read.js';
import { measureKey, type MeasureNames } from './measure-key.js';
import { resolveSchool } from './resolve-school.js';
import type { SchoolBook } from './school-book.js';
import type { PerformanceValues } from './performance-values.js';

/** What the performance readers share across sheets. */
export interface PerformanceContext {
  book: SchoolBook;
  measures: MeasureNames;
  points: PerformanceValues;
  /** Index in `points` of the first value for each school, measure, unit and year, to catch the same figure given twice. */
  seen: PointIndex;
  adopt: boolean;
  /** Unknown schools already reported, so each is reported once per sheet. */
  unknown: Set<string>;
}

/** Only measures named as percentages may be written as fractions: Progress 8 of 0.3 is not 30 %. */
export function isPercentMeasure(name: string): boolean {
  return /pct$|pct|percentage|rate$/.test(measureKey(name));
}

/** How one measure's values are written, and which of them are in doubt (see doubtfulPercents). */
interface ValueScale {
  scale: PercentScale;
  doubtful: Set<string>;
}

function scaleFor(measure: string, cells: PlacedCell[]): ValueScale {
  if (!isPercentMeasure(measure)) return { scale: 'points', doubtful: new Set() };
  return { scale: percentScale(cells.map((c) => c.cell)), doubtful: doubtfulPercents(cells) };
}

/** The points already kept for one school, measure and unit: their years and indexes in `points`. */
interface LineSlot {
  years: number[];
  indexes: number[];
}

/**
 * School → measure (and unit) → the years kept, to catch the same figure given twice. Keys are
 * strings the readers already hold, so nothing is joined per point; a long sheet gives one line's
 * years together, so the line found for one point is reused for the next; a line holds about ten
 * years, so they are scanned, not hashed.
 */
export class PointIndex {
  private readonly bySchool = new Map<string, Map<string, LineSlot>>();
  private last: { key: string; measure: string; unit: string | null; slot: LineSlot } | null = null;

  /** The index stored for this point's place, or stores `index` there and returns undefined. */
  claim(key: string, measure: string, unit: string | null, year: number, index: number): number | undefined {
    const slot = this.slotOf(key, measure, unit);
    const at = slot.years.indexOf(year);
    if (at >= 0) return slot.indexes[at];
    slot.years.push(year);
    slot.indexes.push(index);
    return undefined;
  }

  private slotOf(key: string, measure: string, unit: string | null): LineSlot {
    const last = this.last;
    if (last && last.key === key && last.measure === measure && last.unit === unit) return last.slot;
    let lines = this.bySchool.get(key);
    if (!lines) this.bySchool.set(key, (lines = new Map()));
    // A unit is rare; only then is a joined key built.
    const id = unit === null ? measure : `${measure}\u0000${unit}`;
    let slot = lines.get(id);
    if (!slot) lines.set(id, (slot = { years: [], indexes: [] }));
    this.last = { key, measure, unit, slot };
    return slot;
  }
}

/** Keep a value unless the same school, measure, unit and year already has one (the first is kept). */
function addPoint(ctx: PerformanceContext, read: SheetRead, r: number, col: number, key: string, measure: string, unit: string | null, year: number, value: number): void {
  // The measure is already its one display name (MeasureNames), so it identifies the measure as its key would.
  const first = ctx.seen.claim(key, measure, unit, year, ctx.points.length);
  if (first !== undefined) {
    const at = ctx.points.source(first);
    report(read, r, col, `A second ${measure} value for ${year}${unit ? ` (${unit})` : ''} for this school (the first is at ${at.sheet}!${at.cell}). Pathway kept the first. Remove one of them.`, 'error');
    return;
  }
  ctx.points.add(key, measure, unit, year, value, read.sheet, r, col);
}

function readValue(read: SheetRead, r: number, col: number, scale: ValueScale, measure: string): number | null {
  const cell = read.grid[r]?.[col] ?? null;
  const parsed = parsePercent(cell, scale.scale);
  if (parsed.ok) {
    if (scale.doubtful.size > 0 && scale.doubtful.has(placeId(r, col))) warnDoubtfulPercent(read, r, col, cell, parsed.value, `the other ${measure} values`);
    return parsed.value;
  }
  if (!parsed.missing) {
    report(read, r, col, `The ${measure} value ${quoted(cell)} is not a number (${parsed.reason}). Pathway treated the year as missing. Type a number, or n/a for no figure.`, 'error');
  } else if (cellText(cell).startsWith('#')) {
    // "n/a" is a gap on purpose; #DIV/0! is a formula that failed, which the user should see.
    report(read, r, col, `The ${measure} value ${quoted(cell)} is a spreadsheet error value. Pathway treated the year as missing. Correct the formula behind it, or type n/a for no figure.`, 'error');
  }
  return null;
}

/**
 * The school a row is about. A unit row (subject, year group) with the school left blank, as a
 * school merged down over its subjects arrives, continues the school of the row above.
 */
function schoolOf(read: SheetRead, r: number, ctx: PerformanceContext, above: string | null): string | null {
  const blank = cellText(cellAt(read, r, 'school')) === '' && cellText(cellAt(read, r, 'urn')) === '';
  if (blank && above !== null && unitOf(read, r) !== null) return above;
  return resolveSchool(read, r, ctx.book, ctx.adopt, ctx.unknown);
}

/**
 * schoolOf for a run of rows about the same school, as long sheets are laid out: a row whose
 * school and URN cells hold exactly what the previous row's did names the same school, so it is
 * looked up once per run, not once per row. (Its problems, if any, were reported on the first row.)
 */
function schoolRuns(read: SheetRead, ctx: PerformanceContext): (r: number, above: string | null) => string | null {
  let last: { school: unknown; urn: unknown; key: string | null } | null = null;
  const schoolCol = read.columns.school;
  const urnCol = read.columns.urn;
  return (r, above) => {
    const school = schoolCol === undefined ? null : (read.grid[r]?.[schoolCol] ?? null);
    const urn = urnCol === undefined ? null : (read.grid[r]?.[urnCol] ?? null);
    const named = (school !== null && school !== '') || (urn !== null && urn !== '');
    if (named && last !== null && school === last.school && urn === last.urn) return last.key;
    const key = schoolOf(read, r, ctx, above);
    last = named ? { school, urn, key } : null;
    return key;
  };
}

function unitOf(read: SheetRead, r: number): string | null {
  const unit = cellText(cellAt(read, r, 'unit'));
  return unit === '' ? null : unit;
}

/** Long form: one row per school, measure, year (and unit). */
export function readPerformanceLong(read: SheetRead, ctx: PerformanceContext): void {
  const rows = dataRows(read, read.columns.school !== undefined ? 'school' : 'urn');
  const valueCol = read.columns.value ?? 0;
  // Columns looked up once, not on each of a long sheet's rows.
  const measureCol = read.columns.measure;
  const yearCol = read.columns.year;
  const cellIn = (r: number, col: number | undefined): Cell => (col === undefined ? null : (read.grid[r]?.[col] ?? null));
  // A long sheet repeats a few measure spellings thousands of times: normalise each spelling once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = measureKey(name)));
    return key;
  };
  // Only a percentage measure's scale depends on its values, so only its cells are gathered.
  // A measure's rows usually come together (a year per row), so a row naming the measure the row
  // above named reuses what was found for it.
  const byMeasure = new Map<string, PlacedCell[] | null>();
  let lastRaw: Cell | undefined;
  let cells: PlacedCell[] | null | undefined = null;
  for (const r of rows) {
    const raw = cellIn(r, measureCol);
    if (raw !== lastRaw) {
      const m = keyOf(cellText(raw));
      cells = byMeasure.get(m);
      if (cells === undefined) byMeasure.set(m, (cells = isPercentMeasure(m) ? [] : null));
      lastRaw = raw;
    }
    cells?.push({ row: r, col: valueCol, cell: cellIn(r, valueCol) });
  }
  const scales = new Map([...byMeasure].map(([m, cells]) => [m, scaleFor(m, cells ?? [])] as const));
  const points: ValueScale = { scale: 'points', doubtful: new Set() };
  const schoolAt = schoolRuns(read, ctx);
  ctx.points.reserve(rows.length);
  let above: string | null = null;
  let last: { name: string; measure: string; scale: ValueScale } | null = null;
  for (const r of rows) {
    const name = cellText(cellIn(r, measureCol));
    if (name === '') {
      report(read, r, 'measure', `Row ${r + 1} has no measure. Pathway skipped it. Type the measure's name.`, 'error');
      continue;
    }
    const year = parseAcademicYear(cellIn(r, yearCol));
    if (!year.ok) {
      report(read, r, 'year', `The year ${quoted(cellAt(read, r, 'year'))} could not be read: ${year.reason}. Pathway skipped the row. Write the year as 2019 or 2018/19.`, 'error');
      continue;
    }
    const key = schoolAt(r, above);
    above = key;
    if (key === null) continue;
    if (last === null || last.name !== name) last = { name, measure: ctx.measures.display(name), scale: scales.get(keyOf(name)) ?? points };
    const value = readValue(read, r, valueCol, last.scale, last.measure);
    if (value !== null) addPoint(ctx, read, r, valueCol, key, last.measure, unitOf(read, r), year.value, value);
  }
}

/** One measure of a wide sheet and the columns holding its years. */
export interface WideMeasure {
  measure: string;
  years: { col: number; year: number }[];
}

/** A measure's year columns, the first of each year kept (a second is reported on its header). */
function distinctYears(read: SheetRead, years: { col: number; year: number }[]): { col: number; year: number }[] {
  const used = new Map<number, number>();
  return years.filter(({ col, year }) => {
    const first = used.get(year);
    if (first === undefined) return used.set(year, col), true;
    report(read, read.headerRow, col, `Two columns are for ${year} (${cellAddress(read.headerRow, first)} and this one). Pathway used the first. Remove or rename one.`, 'error');
    return false;
  });
}

/**
 * Wide form: one row per school, one column per year. A one-measure sheet has one measure, named
 * by its title; a panel sheet (columns such as `rwm_exp_pct_2016`, `p8_2019`) has one per header
 * prefix. Each row's school is found once, then every measure's years are read from it.
 */
export function readPerformanceWide(read: SheetRead, measures: WideMeasure[], ctx: PerformanceContext): void {
  const rows = dataRows(read, read.columns.school !== undefined ? 'school' : 'urn');
  const groups = measures.map(({ measure: name, years }) => {
    const columns = distinctYears(read, years);
    // Only a percentage measure's scale depends on its values, so only its cells are gathered.
    const cells = isPercentMeasure(name) ? Array.from(rows).flatMap((row) => columns.map(({ col }) => ({ row, col, cell: read.grid[row]?.[col] ?? null }))) : [];
    const scale = scaleFor(name, cells);
    return { measure: ctx.measures.display(name), columns, scale };
  });
  ctx.points.reserve(rows.length * groups.reduce((n, g) => n + g.columns.length, 0));
  const seenRows = new Map<string, number>();
  let above: string | null = null;
  for (const r of rows) {
    const key = schoolOf(read, r, ctx, above);
    above = key;
    if (key === null) continue;
    // One issue for a repeated row, rather than one per year cell.
    const unit = unitOf(read, r);
    const rowId = `${key}|${(unit ?? '').toLowerCase()}`;
    const first = seenRows.get(rowId);
    if (first !== undefined) {
      report(read, r, read.columns.school !== undefined ? 'school' : 'urn', `This school${unit ? ` (${unit})` : ''} already has a row on this sheet (row ${first + 1}). Pathway kept the first row. Remove or merge the duplicate.`, 'error');
      continue;
    }
    seenRows.set(rowId, r);
    for (const { measure, columns, scale } of groups) {
      for (const { col, year } of columns) {
        const value = readValue(read, r, col, scale, measure);
        if (value !== null) addPoint(ctx, read, r, col, key, measure, unit, year, value);
      }
    }
  }
}
