import { cellText } from '../../grid/cell-text.js';
import { normaliseHeader } from '../../grid/normalise-header.js';
import type { Cell } from '../../grid/types.js';
import { percentileOf } from '../../targets/_lib/header.js';
import type { Benchmarks } from '../../targets/types.js';
import type { FunctionError } from '../types.js';
import { describe, fail, grid, isBad, isBlank, toNumber } from './args.js';

const TOP_QUARTILE = new Set(['topquartile', 'top25pct', 'upperquartile']);
const LABELS = 'P50, P75, P90 (any percentile), National or Top quartile';

function asCell(v: unknown): Cell {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** Label–value pairs: labels across with values below, or labels down with values beside. */
function pairs(range: unknown): [Cell, Cell][] {
  const g = grid(range).map((row) => row.map(asCell));
  // Labels run across when the whole first row is text; a 2 × 2 block with a number in row 1 runs down.
  const across = g.length === 2 && (g[0]?.length ?? 0) > 1 && (g[0] ?? []).every((c) => typeof c === 'string' && isBad(toNumber(c)));
  if (across) return (g[0] ?? []).map((label, i) => [label, g[1]?.[i] ?? null]);
  return g.map((row) => [row[0] ?? null, row[1] ?? null]);
}

/**
 * The benchmarks argument of PATHWAY.TARGET. A blank value is skipped (a trust may leave P90
 * empty) and a header pair such as "Benchmark | Value" is passed over, but a number under a
 * label Pathway does not know, or text under one it does, is an error: a target never rests on a guess.
 */
export function benchmarksFromRange(range: unknown, fn = 'TARGET'): Benchmarks | FunctionError {
  const b: Benchmarks = { percentiles: [], national: null, topQuartile: null };
  for (const [label, value] of pairs(range)) {
    const key = normaliseHeader(cellText(label));
    const p = percentileOf(key);
    const known = (p !== null && p > 0 && p < 100) || key === 'national' || TOP_QUARTILE.has(key);
    const v = toNumber(value);
    if (!known) {
      if (typeof v === 'number') return fail(`PATHWAY.${fn}: benchmarks has ${v} ${isBlank(label) ? 'with no label' : `labelled ${describe(label)}`}; label each benchmark ${LABELS}.`);
      continue;
    }
    if (v === null) continue;
    if (isBad(v)) return fail(`PATHWAY.${fn}: the ${cellText(label)} benchmark is ${v.bad}, not a number.`);
    if (p !== null && p > 0 && p < 100) b.percentiles.push({ p, value: v });
    else if (key === 'national') b.national = v;
    else b.topQuartile = v;
  }
  return b;
}
