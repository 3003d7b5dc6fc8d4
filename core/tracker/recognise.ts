import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseAcademicYear } from '../grid/parse-academic-year.js';
import type { Cell, Grid } from '../grid/types.js';
import { ROLE_DEFS, type RoleDef } from './fields.js';
import { splitMeasureYear, type MeasureYear } from './measure-year-header.js';
import type { SheetRole } from './types.js';

/** Headers are looked for in this many rows at the top of a sheet. */
export const HEADER_SCAN_ROWS = 10;

/** One way of reading a sheet's header: which role, which row, which columns. */
export interface HeaderMatch {
  role: SheetRole;
  headerRow: number;
  /** True when the header used the row above too (a group or split header). */
  twoRow: boolean;
  columns: Record<string, number>;
  /** Wide performance only: columns whose header is a year, in sheet order. */
  years: { col: number; year: number }[];
  /**
   * Wide performance with no year columns of its own (a panel): the measures named by headers
   * such as `rwm_exp_pct_2016`, each with its year columns. Empty for every other match.
   */
  groups: MeasureGroup[];
  /** Required field groups with no column. */
  missing: string[][];
  score: number;
}

/** One measure of a panel sheet: its name from the header prefix and its year columns, in sheet order. */
export interface MeasureGroup {
  measure: string;
  years: { col: number; year: number }[];
}

const SYNONYMS = buildSynonyms();

function buildSynonyms(): Map<string, { role: SheetRole; field: string }[]> {
  const index = new Map<string, { role: SheetRole; field: string }[]>();
  for (const def of ROLE_DEFS) {
    for (const f of def.fields) {
      for (const h of f.headers) {
        const key = normaliseHeader(h);
        index.set(key, [...(index.get(key) ?? []), { role: def.role, field: f.field }]);
      }
    }
  }
  return index;
}

/** The texts a header column could mean: its own cell first, then joined with the group above. */
function labelOptions(top: string, bottom: string): string[] {
  if (bottom === '') return top === '' ? [] : [top];
  return top === '' ? [bottom] : [bottom, `${top} ${bottom}`];
}

/** Group headings merged across columns arrive only in their first cell: carry them right. */
function carriedTop(row: readonly Cell[] | undefined, bottom: readonly Cell[]): string[] {
  const out: string[] = [];
  let last = '';
  for (let c = 0; c < bottom.length; c++) {
    const own = cellText(row?.[c] ?? null);
    if (own !== '') last = own;
    out.push(own !== '' ? own : cellText(bottom[c] ?? null) !== '' ? last : '');
  }
  return out;
}

type Candidate = { role: SheetRole; field: string };

/** What each cell of a row says as a year header: a year (2019), a measure and year (KS2 2019), or neither. */
interface RowYears {
  years: (number | null)[];
  measures: (MeasureYear | null)[];
}

/** A header row read once: each column's possible fields (own text first) and its year, if any. */
interface HeaderCells extends RowYears {
  candidates: Candidate[][];
}

const YEARISH = /\d{2}/;

/** Each cell's year reading, once per row (both header variants of a row share it). */
function rowYears(bottom: readonly Cell[]): RowYears {
  const years: (number | null)[] = [];
  const measures: (MeasureYear | null)[] = [];
  for (const cell of bottom) {
    const yearish = typeof cell === 'number' || (typeof cell === 'string' && YEARISH.test(cell));
    const year = yearish ? parseAcademicYear(cell) : null;
    years.push(year?.ok ? year.value : null);
    measures.push(!year?.ok && typeof cell === 'string' && yearish ? splitMeasureYear(cell) : null);
  }
  return { years, measures };
}

function headerCells(tops: string[], bottom: readonly Cell[], read: RowYears = rowYears(bottom)): HeaderCells {
  const keys = headerKeys(bottom);
  // A cell's own text is keyed once per row (headerKeys); only a label joined with the group heading above it is keyed here.
  const keyOf = (label: string, c: number): string => (label === cellText(bottom[c] ?? null) ? keys[c]! : normaliseHeader(label));
  return {
    candidates: bottom.map((cell, c) => labelOptions(tops[c] ?? '', cellText(cell)).flatMap((label) => SYNONYMS.get(keyOf(label, c)) ?? [])),
    ...read,
  };
}

/**
 * The measures of a panel header: columns headed `<measure> <year>` grouped by the measure's key,
 * keeping only measures given for two or more different years (a lone `trust_2022_name`-like
 * column is not a series). Named after the first column's spelling; groups in sheet order.
 */
function measureGroups(cells: HeaderCells, taken: Set<number>): MeasureGroup[] {
  const byKey = new Map<string, MeasureGroup & { distinct: Set<number> }>();
  cells.measures.forEach((m, col) => {
    if (!m || taken.has(col)) return;
    let group = byKey.get(m.key);
    if (!group) byKey.set(m.key, (group = { measure: m.label, years: [], distinct: new Set() }));
    group.years.push({ col, year: m.year });
    group.distinct.add(m.year);
  });
  return [...byKey.values()].filter((g) => g.distinct.size >= 2).map(({ measure, years }) => ({ measure, years }));
}

/** What a wide match still lacks: two year columns, or (a panel) one measure with two years. */
export function wideMissing(years: readonly unknown[], groups: readonly MeasureGroup[]): string[][] {
  return years.length < 2 && groups.length === 0 ? [['two or more year columns']] : [];
}

function matchRole(def: RoleDef, cells: HeaderCells, headerRow: number, twoRow: boolean): HeaderMatch | null {
  const columns: Record<string, number> = {};
  let years: { col: number; year: number }[] = [];
  const taken = new Set<number>();
  let matched = 0;
  cells.candidates.forEach((candidates, c) => {
    const hit = candidates.find((s) => s.role === def.role && columns[s.field] === undefined);
    if (hit) {
      columns[hit.field] = c;
      taken.add(c);
      matched++;
      return;
    }
    const year = cells.years[c];
    if (def.role === 'performance-wide' && year !== null && year !== undefined) years.push({ col: c, year });
  });
  // A sheet with year columns of its own is a one-measure wide sheet, read as it always was;
  // only without them are measure-and-year headers grouped into a panel's measures.
  const wide = def.role === 'performance-wide';
  const groups = wide && years.length < 2 ? measureGroups(cells, taken) : [];
  if (groups.length > 0) years = [];
  const panelColumns = groups.reduce((n, g) => n + g.years.length, 0);
  if (matched === 0 && years.length === 0 && panelColumns === 0) return null;
  const missing = def.required.filter((group) => !group.some((f) => columns[f] !== undefined)).map((g) => [...g]);
  if (wide) missing.push(...wideMissing(years, groups));
  return { role: def.role, headerRow, twoRow, columns, years, groups, missing, score: matched + years.length + panelColumns };
}

function better(a: HeaderMatch, b: HeaderMatch | null): boolean {
  if (b === null) return true;
  const av = a.missing.length === 0;
  const bv = b.missing.length === 0;
  if (av !== bv) return av;
  return a.score > b.score;
}

/**
 * Every plausible reading of a sheet's header, best first: each role tried on each of the first
 * rows, alone and together with the row above. The first valid match is the sheet's role.
 */
export function recogniseHeader(grid: Grid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const rows = Math.min(HEADER_SCAN_ROWS, grid.length);
  for (let r = 0; r < rows; r++) {
    const bottom = grid[r] ?? [];
    if (bottom.every((c) => cellText(c) === '')) continue;
    const read = rowYears(bottom);
    const variants: [boolean, HeaderCells][] = [[false, headerCells([], bottom, read)]];
    if (r > 0 && !(grid[r - 1] ?? []).every((c) => cellText(c) === '')) variants.push([true, headerCells(carriedTop(grid[r - 1], bottom), bottom, read)]);
    for (const def of ROLE_DEFS) {
      for (const [twoRow, cells] of variants) {
        const match = matchRole(def, cells, r, twoRow);
        if (match && better(match, best)) best = match;
      }
    }
  }
  return best;
}

/**
 * A sheet may hold a schools table with results by year to its right. Given the sheet's best
 * match, the other of those two roles read from the same header row, when that is valid too.
 */
export function companionMatch(grid: Grid, match: HeaderMatch): HeaderMatch | null {
  const other = match.role === 'schools' ? 'performance-wide' : match.role === 'performance-wide' ? 'schools' : null;
  const def = ROLE_DEFS.find((d) => d.role === other);
  if (!def) return null;
  const bottom = grid[match.headerRow] ?? [];
  const cells = headerCells(match.twoRow ? carriedTop(grid[match.headerRow - 1], bottom) : [], bottom);
  const found = matchRole(def, cells, match.headerRow, match.twoRow);
  if (!found || found.missing.length > 0) return null;
  // School and URN alone identify rows of results; they do not make the sheet a schools table.
  const schoolData = Object.keys(found.columns).some((f) => f !== 'school' && f !== 'urn');
  return found.role === 'schools' && !schoolData ? null : found;
}

/** The first early row holding all the given headers (e.g. Setting | Value), with their columns. */
export function findHeaderRow(grid: Grid, headers: readonly string[]): { row: number; columns: number[] } | null {
  const wanted = headers.map(normaliseHeader);
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const keys = headerKeys(grid[r]);
    const columns = wanted.map((w) => keys.indexOf(w));
    if (columns.every((c) => c >= 0)) return { row: r, columns };
  }
  return null;
}

export function hasHeaderRow(grid: Grid, headers: readonly string[]): boolean {
  return findHeaderRow(grid, headers) !== null;
}
