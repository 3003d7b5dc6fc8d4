import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseAcademicYear } from '../grid/parse-academic-year.js';
import type { Cell, Grid } from '../grid/types.js';
import { ROLE_DEFS, type RoleDef } from './fields.js';
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
  /** Required field groups with no column. */
  missing: string[][];
  score: number;
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

/** A header row read once: each column's candidate keys (own text first) and its year, if any. */
interface HeaderCells {
  keys: string[][];
  years: (number | null)[];
}

function headerCells(tops: string[], bottom: readonly Cell[]): HeaderCells {
  return {
    keys: bottom.map((cell, c) => labelOptions(tops[c] ?? '', cellText(cell)).map(normaliseHeader)),
    years: bottom.map((cell) => {
      const year = typeof cell === 'string' || typeof cell === 'number' ? parseAcademicYear(cell) : null;
      return year?.ok ? year.value : null;
    }),
  };
}

function matchRole(def: RoleDef, cells: HeaderCells): Omit<HeaderMatch, 'headerRow' | 'twoRow'> {
  const columns: Record<string, number> = {};
  const years: { col: number; year: number }[] = [];
  cells.keys.forEach((options, c) => {
    for (const key of options) {
      const field = SYNONYMS.get(key)?.find((s) => s.role === def.role && columns[s.field] === undefined);
      if (field) {
        columns[field.field] = c;
        return;
      }
    }
    const year = cells.years[c];
    if (def.role === 'performance-wide' && year !== null && year !== undefined) years.push({ col: c, year });
  });
  const missing = def.required.filter((group) => !group.some((f) => columns[f] !== undefined)).map((g) => [...g]);
  const wideShort = def.role === 'performance-wide' && years.length < 2;
  if (wideShort) missing.push(['two or more year columns']);
  return { role: def.role, columns, years, missing, score: Object.keys(columns).length + years.length };
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
    const variants: [boolean, HeaderCells][] = [[false, headerCells([], bottom)]];
    if (r > 0 && !(grid[r - 1] ?? []).every((c) => cellText(c) === '')) variants.push([true, headerCells(carriedTop(grid[r - 1], bottom), bottom)]);
    for (const def of ROLE_DEFS) {
      for (const [twoRow, cells] of variants) {
        const match: HeaderMatch = { ...matchRole(def, cells), headerRow: r, twoRow };
        if (better(match, best)) best = match;
      }
    }
  }
  return best;
}

/** True when some early row reads exactly as the given headers (e.g. Setting | Value). */
export function hasHeaderRow(grid: Grid, headers: readonly string[]): boolean {
  const wanted = headers.map(normaliseHeader);
  return grid.slice(0, HEADER_SCAN_ROWS).some((row) => {
    const keys = row.map((c) => normaliseHeader(cellText(c))).filter((k) => k !== '');
    return wanted.every((w) => keys.includes(w));
  });
}
