import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Cell } from '../grid/types.js';
import { percentileOf } from '../targets/_lib/header.js';
import { parseMethod, parseYes } from '../targets/_lib/words.js';
import { milestones } from '../targets/milestones.js';
import { progressAt } from '../targets/progress-at.js';
import { setTarget } from '../targets/set-target.js';
import { PROGRESS_LABELS, type Benchmarks } from '../targets/types.js';
import type { FunctionDef, FunctionError, FunctionResult } from './types.js';

const err = (error: FunctionError['error'], message: string): FunctionError => ({ error, message });

function asCell(v: unknown): Cell {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

function num(v: unknown, name: string, fallback?: number): number | FunctionError {
  const cell = asCell(Array.isArray(v) ? (v as unknown[][])[0]?.[0] : v);
  if ((cell === null || cell === '') && fallback !== undefined) return fallback;
  const p = parseNumber(cell);
  return p.ok ? p.value : err('#VALUE!', `${name}: ${p.reason}`);
}

function flag(v: unknown, fallback: boolean): boolean {
  const p = parseYes(asCell(v));
  return p.ok ? p.value : fallback;
}

/** Benchmarks from a range: labels across with values below, or labels down with values beside. */
export function benchmarksFromRange(range: unknown): Benchmarks {
  const grid = Array.isArray(range) ? (range as unknown[][]).map((r) => (Array.isArray(r) ? r.map(asCell) : [asCell(r)])) : [];
  const pairs: [Cell, Cell][] = [];
  // Labels across when the whole first row is text (a 2 × 2 block with numbers in row 1 runs down).
  const across = grid.length === 2 && (grid[0]?.length ?? 0) > 1 && (grid[0] ?? []).every((c) => typeof c === 'string' && !parseNumber(c).ok);
  if (across) (grid[0] ?? []).forEach((label, i) => pairs.push([label, grid[1]?.[i] ?? null]));
  else for (const row of grid) pairs.push([row[0] ?? null, row[1] ?? null]);
  const b: Benchmarks = { percentiles: [], national: null, topQuartile: null };
  for (const [label, value] of pairs) {
    const v = parseNumber(value);
    if (!v.ok) continue;
    const key = normaliseHeader(cellText(label));
    const p = percentileOf(key);
    if (p !== null && p > 0 && p < 100) b.percentiles.push({ p, value: v.value });
    else if (key === 'national') b.national = v.value;
    else if (['topquartile', 'top25pct', 'upperquartile'].includes(key)) b.topQuartile = v.value;
  }
  return b;
}

function targetImpl(method: unknown, baseline: unknown, benchmarks: unknown, lowerIsBetter?: unknown, decimals?: unknown, percentile?: unknown): FunctionResult {
  const m = parseMethod(asCell(method));
  if (!m.ok) return err('#VALUE!', m.missing ? 'method: give Percentile, National plus, Top quartile or Stretch' : m.reason);
  const base = asCell(baseline) === null || asCell(baseline) === '' ? null : num(baseline, 'baseline');
  const d = num(decimals, 'decimals', 1);
  const p = num(percentile, 'percentile', 80);
  for (const x of [base, d, p]) if (typeof x === 'object' && x !== null) return x;
  const measure = { name: 'measure', kind: 'score' as const, lowerIsBetter: flag(lowerIsBetter, false), decimals: d as number, min: null, max: null };
  const made = setTarget(m.value, base as number | null, benchmarksFromRange(benchmarks), measure, { percentile: p as number });
  return made.ok ? made.value.value : err('#N/A', made.reason);
}

function milestoneImpl(baseline: unknown, target: unknown, period: unknown, periods?: unknown, weights?: unknown, decimals?: unknown): FunctionResult {
  const values = [num(baseline, 'baseline'), num(target, 'target'), num(period, 'period'), num(periods, 'periods', 6), num(decimals, 'decimals', 1)];
  for (const x of values) if (typeof x === 'object') return x;
  const [b, t, i, n, d] = values as number[];
  if (n !== 3 && n !== 6) return err('#NUM!', 'periods: use 3 (terms) or 6 (half-terms)');
  const w = Array.isArray(weights) ? (weights as unknown[][]).flat().map((x) => parseNumber(asCell(x))).flatMap((x) => (x.ok ? [x.value] : [])) : [];
  const list = milestones(b as number, t as number, { periods: n, weights: w.length > 0 ? w : null, academicYear: 2000, decimals: d as number });
  if (!list.ok) return err('#VALUE!', `weights: ${list.reason}`);
  const m = list.value[(i as number) - 1];
  return m ? m.value : err('#NUM!', `period: give a number from 1 to ${n}`);
}

function progressImpl(actual: unknown, milestone: unknown, tolerance?: unknown, lowerIsBetter?: unknown): FunctionResult {
  const values = [num(actual, 'actual'), num(milestone, 'milestone'), num(tolerance, 'tolerance', 2)];
  for (const x of values) if (typeof x === 'object') return x;
  const [a, m, tol] = values as number[];
  return PROGRESS_LABELS[progressAt(a as number, m as number, tol as number, flag(lowerIsBetter, false))];
}

/** PATHWAY.TARGET, PATHWAY.MILESTONE and PATHWAY.PROGRESS (Google: PATHWAY_…); the lead adds them to the registry. */
export const TARGET_FUNCTIONS: FunctionDef[] = [
  {
    id: 'TARGET',
    description: 'A target from a baseline and benchmarks, never worse than the baseline, rounded to the given decimals.',
    params: [
      { name: 'method', description: 'Percentile, National plus, Top quartile or Stretch', type: 'string', dimensionality: 'scalar' },
      { name: 'baseline', description: "The school's current figure (may be blank except for Stretch)", type: 'any', dimensionality: 'scalar' },
      { name: 'benchmarks', description: 'Labels (P50, P75, P90, National, Top quartile) and values, across or down', type: 'any', dimensionality: 'matrix' },
      { name: 'lowerIsBetter', description: 'TRUE for measures like persistent absence', type: 'boolean', dimensionality: 'scalar', optional: true },
      { name: 'decimals', description: 'Decimal places (1 for %, 2 for progress scores); default 1', type: 'number', dimensionality: 'scalar', optional: true },
      { name: 'percentile', description: 'Percentile for the Percentile and Stretch methods; default 80', type: 'number', dimensionality: 'scalar', optional: true },
    ],
    result: { type: 'number', dimensionality: 'scalar' },
    example: '=PATHWAY.TARGET("Percentile", 62, {"P75","P90";68,74}) → 70',
    impl: (...a: unknown[]) => targetImpl(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  {
    id: 'MILESTONE',
    description: 'The milestone for a period (1 = first term or half-term) from baseline to target, linear or by cumulative weights.',
    params: [
      { name: 'baseline', description: 'Starting figure', type: 'number', dimensionality: 'scalar' },
      { name: 'target', description: 'End-of-year target', type: 'number', dimensionality: 'scalar' },
      { name: 'period', description: '1 to 3 (terms) or 1 to 6 (half-terms)', type: 'number', dimensionality: 'scalar' },
      { name: 'periods', description: '3 or 6; default 6', type: 'number', dimensionality: 'scalar', optional: true },
      { name: 'weights', description: 'Cumulative % per period, e.g. 20,40,60,80,90,100; default linear', type: 'number', dimensionality: 'matrix', optional: true },
      { name: 'decimals', description: 'Decimal places; default 1', type: 'number', dimensionality: 'scalar', optional: true },
    ],
    result: { type: 'number', dimensionality: 'scalar' },
    example: '=PATHWAY.MILESTONE(60, 66, 2, 3) → 64',
    impl: (...a: unknown[]) => milestoneImpl(a[0], a[1], a[2], a[3], a[4], a[5]),
  },
  {
    id: 'PROGRESS',
    description: 'Progress at a data drop against the milestone: Above, On track, Slightly below or Well below.',
    params: [
      { name: 'actual', description: 'The figure at the data drop', type: 'number', dimensionality: 'scalar' },
      { name: 'milestone', description: 'The milestone for that period', type: 'number', dimensionality: 'scalar' },
      { name: 'tolerance', description: '2 (pp) for %, 0.2 for progress scores; default 2', type: 'number', dimensionality: 'scalar', optional: true },
      { name: 'lowerIsBetter', description: 'TRUE for measures like persistent absence', type: 'boolean', dimensionality: 'scalar', optional: true },
    ],
    result: { type: 'string', dimensionality: 'scalar' },
    example: '=PATHWAY.PROGRESS(58, 60) → "On track"',
    impl: (...a: unknown[]) => progressImpl(a[0], a[1], a[2], a[3]),
  },
];
