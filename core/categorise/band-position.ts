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
  const { floor, coasting, national, top15 } = t;
  if (!Number.isFinite(value) || !Number.isFinite(floor) || !Number.isFinite(coasting) || !Number.isFinite(national) || !Number.isFinite(top15)) return null;
  // Called once per value in a trust's tracker, so no arrays are built here.
  const sign = floor < coasting && coasting < national && national < top15 ? 1 : floor > coasting && coasting > national && national > top15 ? -1 : 0;
  if (sign === 0) return null;
  const v = value * sign;
  let p: number;
  // The first segment also covers values below floor, the last values above top 15 %.
  if (v < coasting * sign) p = (v - floor * sign) / ((coasting - floor) * sign);
  else if (v < national * sign) p = 1 + (v - coasting * sign) / ((national - coasting) * sign);
  else p = 2 + (v - national * sign) / ((top15 - national) * sign);
  return Math.min(P_MAX, Math.max(P_MIN, p));
}
