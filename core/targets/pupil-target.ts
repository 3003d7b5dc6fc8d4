import { ceilTo, roundTo } from './_lib/numbers.js';
import { interpolatePercentile } from './interpolate-percentile.js';
import type { Outcome, PercentilePoint } from './types.js';

/**
 * A pupil's target: the estimate at the chosen percentile (read between the supplied estimates
 * when that percentile is not one of them), rounded UP to the next multiple of `step`, the
 * next whole grade or standard. A target never rounds down: 4.2 becomes 5, not 4.
 *
 * @example pupilTarget([{p: 50, value: 4.2}, {p: 80, value: 5.1}], 80) // { ok: true, value: 6 }
 */
export function pupilTarget(estimates: readonly PercentilePoint[], percentile: number, step = 1): Outcome<number> {
  const read = interpolatePercentile(estimates, percentile);
  if (!read) return { ok: false, reason: 'the pupil has no estimates' };
  if (!(step > 0)) return { ok: false, reason: `the grade step ${step} must be above 0` };
  const steps = ceilTo(read.value / step, 0);
  return { ok: true, value: roundTo(steps * step, 6) };
}

export interface CohortTarget {
  pupils: number;
  meeting: number;
  /** Share of pupils whose target meets the threshold, in % to 1 dp ("85 % will reach ARE"). */
  share: number | null;
}

/** The cohort target: how many pupils' targets reach `threshold` (or go below it when lower is better). */
export function cohortTarget(targets: readonly number[], threshold: number, lowerIsBetter = false): CohortTarget {
  const meeting = targets.filter((t) => (lowerIsBetter ? t <= threshold : t >= threshold)).length;
  const share = targets.length === 0 ? null : roundTo((meeting / targets.length) * 100, 1);
  return { pupils: targets.length, meeting, share };
}
