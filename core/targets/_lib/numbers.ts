// Float noise (0.1 + 0.2) must not push a figure across a rounding or tolerance edge.
const NOISE = 1e-9;

/** Round half away from zero to `decimals` places, after trimming binary noise. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * f * 1e6) / 1e6;
  return (Math.sign(value) * Math.round(scaled)) / f || 0;
}

/** Round up (towards +∞) to `decimals` places, ignoring noise below 1e-9 of a step. */
export function ceilTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.ceil(value * f - NOISE) / f || 0;
}

/** Round down (towards −∞) to `decimals` places. */
export function floorTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.floor(value * f + NOISE) / f || 0;
}

/** A difference with float noise removed, for comparisons against a tolerance. */
export function cleanDiff(a: number, b: number): number {
  return Math.round((a - b) * 1e9) / 1e9;
}

/** A number as text at a fixed precision, for basis and help texts. */
export function fixed(value: number, decimals: number): string {
  return value.toFixed(Math.max(0, Math.min(10, decimals)));
}

/** A number as short text: no trailing zeros. */
export function short(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
