import { cellText } from '../../grid/cell-text.js';
import { normaliseHeader } from '../../grid/normalise-header.js';
import { headerKeys } from '../../grid/header-keys.js';
import type { Cell, Grid } from '../../grid/types.js';

/** A field a sheet may hold, with the header words that name it. */
export interface FieldDef<F extends string> {
  field: F;
  aliases: readonly string[];
  required?: boolean;
}

export interface FoundHeader<F extends string> {
  /** Zero-based row of the header. */
  row: number;
  columns: Partial<Record<F, number>>;
  /** Header cells no field claimed, for open-ended columns (P50, P75, Estimate P80…). */
  others: { col: number; key: string; text: string }[];
}

// Headers sit near the top; a title or a note line or two above them is common.
const SCAN_ROWS = 12;

const LOOKUPS = new WeakMap<readonly FieldDef<string>[], Map<string, string>>();

/** A field list's aliases by header key, built once per list (the lists are module constants). */
function lookupOf<F extends string>(defs: readonly FieldDef<F>[]): Map<string, F> {
  let lookup = LOOKUPS.get(defs);
  if (!lookup) {
    lookup = new Map();
    for (const d of defs) for (const a of d.aliases) lookup.set(normaliseHeader(a), d.field);
    LOOKUPS.set(defs, lookup);
  }
  return lookup as Map<string, F>;
}

/** Match one header row against the field list; null when a required field is missing. */
export function matchHeader<F extends string>(cells: readonly Cell[], defs: readonly FieldDef<F>[], row: number): FoundHeader<F> | null {
  const lookup = lookupOf(defs);
  const keys = headerKeys(cells);
  const columns: Partial<Record<F, number>> = {};
  // Only text and numbers can be headers; a TRUE/FALSE cell is not one.
  const isHeader = (col: number): boolean => keys[col] !== '' && typeof cells[col] !== 'boolean';
  keys.forEach((key, col) => {
    const field = isHeader(col) ? lookup.get(key) : undefined;
    if (field !== undefined && columns[field] === undefined) columns[field] = col;
  });
  if (!defs.every((d) => !d.required || columns[d.field] !== undefined)) return null;
  // The leftover cells are gathered only for a row that is the header: most rows tried are not.
  const claimed = new Set<number>(Object.values(columns) as number[]);
  const others: FoundHeader<F>['others'] = [];
  keys.forEach((key, col) => {
    if (isHeader(col) && !claimed.has(col)) others.push({ col, key, text: cellText(cells[col]) });
  });
  return { row, columns, others };
}

/** Find the first row in the top of a sheet that names every required field. */
export function findHeader<F extends string>(grid: Grid, defs: readonly FieldDef<F>[]): FoundHeader<F> | null {
  for (let r = 0; r < Math.min(grid.length, SCAN_ROWS); r++) {
    const found = matchHeader(grid[r] ?? [], defs, r);
    if (found) return found;
  }
  return null;
}

/**
 * Read a percentile from a header key: "p80", "80thpercentile", "estimatep50", "fft80",
 * "est80th". `prefix` words must come first (for estimate columns); null when it is not one.
 */
export function percentileOf(key: string, prefixes: readonly string[] = ['']): number | null {
  for (const prefix of prefixes) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length).replace(/^at/, '');
    const m = /^(?:p|pctl|centile)?(\d{1,2})(?:st|nd|rd|th)?(?:percentile|centile|pctl)?$/.exec(rest);
    if (m) return Number(m[1]);
  }
  return null;
}
