import { normaliseHeader } from '../grid/normalise-header.js';
import type { MeasureSettings } from '../settings/types.js';
import { targetMeasure } from './measure.js';
import type { BenchmarkRow } from './read-benchmarks.js';
import type { TargetMeasure } from './types.js';

/**
 * A measure's behaviour: the trust's settings (matched by folded name), then anything its
 * benchmarks row says about direction, decimals and range, which wins as the more specific.
 */
export function resolveMeasure(name: string, measures: Record<string, MeasureSettings>, bench: BenchmarkRow | undefined): TargetMeasure {
  const key = normaliseHeader(name);
  const known = Object.entries(measures).find(([n]) => normaliseHeader(n) === key)?.[1];
  const base = targetMeasure(name, known);
  if (!bench) return base;
  return {
    ...base,
    lowerIsBetter: bench.lowerIsBetter ?? base.lowerIsBetter,
    decimals: bench.decimals !== null ? Math.max(0, Math.min(6, Math.round(bench.decimals))) : base.decimals,
    min: bench.min ?? base.min,
    max: bench.max ?? base.max,
  };
}
