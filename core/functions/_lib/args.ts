import type { Cell } from '../../grid/types.js';
import type { StrandScore } from '../../tracker/types.js';
import type { FunctionError } from '../types.js';

/** Why a cell could not be read; the caller turns it into a FunctionError naming the argument. */
export interface Bad {
  bad: string;
}
export const isBad = (v: unknown): v is Bad => typeof v === 'object' && v !== null && 'bad' in v;

export function fail(message: string, error: FunctionError['error'] = '#VALUE!'): FunctionError {
  return { error, message };
}

/** Any argument as a grid: a scalar becomes 1×1, an omitted argument 0×0. */
export function grid(arg: unknown): unknown[][] {
  if (arg === undefined) return [];
  if (!Array.isArray(arg)) return [[arg]];
  return arg.map((row) => (Array.isArray(row) ? row : [row]));
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A number as a spreadsheet gives it: a number, or text such as "85", "85%" (85) or "−0.3". */
export function toNumber(v: unknown): number | null | Bad {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { bad: String(v) };
  if (typeof v === 'string') {
    const t = v.trim().replace(/\u2212/g, '-').replace(/,/g, '').replace(/%$/, '').trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  }
  return { bad: describe(v) };
}

const PHASE_WORDS: Record<string, StrandScore> = { stabilise: 1, stabilize: 1, repair: 2, improve: 3, sustain: 4 };

/** A strand as a reviewer types it: 1–4 or the phase name; blank = unknown. */
export function toStrand(v: unknown): StrandScore | null | Bad {
  if (isBlank(v)) return null;
  const n = typeof v === 'string' ? PHASE_WORDS[v.trim().toLowerCase()] ?? toNumber(v) : toNumber(v);
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  return { bad: describe(v) };
}

/** Safeguarding in the words trusts use; blank = not recorded. */
export function toSafeguarding(v: unknown): 'effective' | 'not effective' | null | Bad {
  if (isBlank(v)) return null;
  const t = typeof v === 'string' ? v.trim().toLowerCase().replace(/\s+/g, ' ') : v;
  if (t === 'effective' || t === 'met' || t === 'yes' || t === true) return 'effective';
  if (t === 'not effective' || t === 'ineffective' || t === 'not met' || t === 'no' || t === false) return 'not effective';
  return { bad: describe(v) };
}

/** A year as trusts write it: 2019, "2019", or an academic year "2018/19", "2018-19", "2018-2019" (→ 2019). */
export function toYear(v: unknown): number | null | Bad {
  if (isBlank(v)) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200) return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^\d{4}$/.test(t)) return Number(t);
    const m = /^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/.exec(t);
    if (m) {
      const start = Number(m[1]);
      const end = (m[2] as string).length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (end === start + 1 || (end === start - 99 && (m[2] as string).length === 2)) return start + 1;
    }
  }
  return { bad: describe(v) };
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
}

/** A cell's place in a range, as a person counts: "row 2, column 3" (or "item 4" in a single row/column). */
export function place(r: number, c: number, rows: number, cols: number): string {
  if (rows === 1) return `item ${c + 1}`;
  if (cols === 1) return `item ${r + 1}`;
  return `row ${r + 1}, column ${c + 1}`;
}

export type { Cell };

/**
 * A one-cell argument: a scalar as it is, or the only cell of a 1 × 1 range or array such as {62}.
 * A larger range is Bad: a one-cell argument never quietly takes a range's first cell.
 */
export function oneCell(arg: unknown): unknown | Bad {
  if (!Array.isArray(arg)) return arg;
  const g = grid(arg);
  const cols = g[0]?.length ?? 0;
  if (g.length === 1 && cols === 1) return g[0]?.[0];
  return { bad: `a range of ${g.length} × ${cols}; give one cell` };
}
