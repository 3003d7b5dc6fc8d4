/** The four thresholds of one measure in one year (FRAMEWORK.md section 4). */
export interface BandThresholds {
  floor: number;
  coasting: number;
  national: number;
  top15: number;
}

const P_MIN = -1;
const P_MAX = 4;

/**
 * Where a value sits against its thresholds: 0 at floor, 1 at coasting, 2 at national,
 * 3 at top 15 %, linear in between, the end segments extended, clamped to [−1, 4].
 * Decreasing thresholds mean "lower is better" and are handled by flipping the sign.
 * Returns null when a figure is not finite or the thresholds are not strictly ordered.
 *
 * @example bandPosition(70, { floor: 60, coasting: 65, national: 70, top15: 80 }) // 2
 */
export function bandPosition(value: number, t: BandThresholds): number | null {
  const raw = [t.floor, t.coasting, t.national, t.top15];
  if (!Number.isFinite(value) || !raw.every(Number.isFinite)) return null;
  const sign = direction(raw);
  if (sign === 0) return null;
  const xs = raw.map((x) => x * sign) as [number, number, number, number];
  const v = value * sign;
  // Segment 0 also covers values below floor, segment 2 values above top 15 %.
  const i = v < xs[1] ? 0 : v < xs[2] ? 1 : 2;
  const lo = xs[i] as number;
  const hi = xs[i + 1] as number;
  const p = i + (v - lo) / (hi - lo);
  return Math.min(P_MAX, Math.max(P_MIN, p));
}

/** 1 when strictly increasing, −1 when strictly decreasing, 0 otherwise. */
function direction(xs: number[]): 1 | -1 | 0 {
  const steps = xs.slice(1).map((x, i) => x - (xs[i] as number));
  if (steps.every((d) => d > 0)) return 1;
  if (steps.every((d) => d < 0)) return -1;
  return 0;
}
