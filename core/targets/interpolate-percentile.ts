import type { PercentilePoint } from './types.js';

export interface Interpolated {
  value: number;
  /** How the value was read, e.g. "between P75 (68) and P90 (74)". */
  how: string;
}

/**
 * The value at percentile `p`, read linearly between the two supplied points around it.
 * Outside the supplied points it takes the nearest one rather than extrapolating, because a
 * line through P50 and P75 says little about P95. Null when no points are given.
 *
 * @example interpolatePercentile([{p: 75, value: 68}, {p: 90, value: 74}], 80) // value 70
 */
export function interpolatePercentile(points: readonly PercentilePoint[], p: number): Interpolated | null {
  const sorted = isClean(points) ? points : [...points].filter((x) => Number.isFinite(x.p) && Number.isFinite(x.value)).sort((a, b) => a.p - b.p);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  const exact = sorted.find((x) => x.p === p);
  if (exact) return { value: exact.value, how: `P${exact.p} (${exact.value})` };
  if (p < first.p) return { value: first.value, how: `P${first.p} (${first.value}), the lowest point supplied` };
  if (p > last.p) return { value: last.value, how: `P${last.p} (${last.value}), the highest point supplied` };
  const upperIndex = sorted.findIndex((x) => x.p > p);
  const lo = sorted[upperIndex - 1] ?? first;
  const hi = sorted[upperIndex] ?? last;
  const value = lo.value + ((p - lo.p) / (hi.p - lo.p)) * (hi.value - lo.value);
  return { value, how: `between P${lo.p} (${lo.value}) and P${hi.p} (${hi.value})` };
}

// Pupil estimates arrive sorted and finite; skipping the copy matters at 60,000 pupils.
function isClean(points: readonly PercentilePoint[]): boolean {
  for (let i = 0; i < points.length; i++) {
    const x = points[i] as PercentilePoint;
    if (!Number.isFinite(x.p) || !Number.isFinite(x.value)) return false;
    if (i > 0 && (points[i - 1] as PercentilePoint).p >= x.p) return false;
  }
  return true;
}
