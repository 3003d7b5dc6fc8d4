import { bandPosition } from '../../core/categorise/band-position.js';
import { classifyTrajectory } from '../../core/categorise/classify-trajectory.js';
import type { Journey } from '../../core/settings/types.js';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults.js';
import { valueAtBand, type Thresholds } from './benchmarks.js';
import type { Rng } from './prng.js';

/**
 * Band positions for the last five available years, one shape per journey, tried in the rules'
 * order A, H, B, C, G, F, D, E. Two shapes per journey because the x axis is the real year: KS2's
 * last five points are 2019, 2022–2025 and Progress 8's are 2018, 2019, 2022–2024, so the same
 * numbers give different slopes and a different "recent" window.
 */
export type Shape = 'A' | 'H' | 'B' | 'C' | 'G' | 'F' | 'D-slow' | 'D-coasting' | 'E';

const SHAPES: Record<Shape, { ks2: number[]; p8: number[] }> = {
  A: { ks2: [3.0, 3.2, 3.1, 3.3, 3.2], p8: [3.0, 3.2, 3.1, 3.3, 3.2] },
  H: { ks2: [0.6, 0.45, 0.5, 0.35, 0.4], p8: [0.6, 0.45, 0.5, 0.35, 0.4] },
  // Rapid improvement in the last three years ("recent" ≥ 1.5) after a flat spell.
  B: { ks2: [1.0, 1.1, 1.7, 2.3, 2.8], p8: [1.0, 1.0, 1.1, 1.9, 2.7] },
  C: { ks2: [2.8, 2.7, 2.1, 1.5, 1.0], p8: [2.8, 2.8, 2.6, 1.8, 1.0] },
  G: { ks2: [1.2, 2.0, 2.6, 2.3, 1.9], p8: [1.1, 1.6, 2.5, 2.2, 1.8] },
  F: { ks2: [1.0, 1.6, 1.8, 2.0, 2.2], p8: [1.0, 1.2, 1.8, 2.0, 2.2] },
  'D-slow': { ks2: [2.6, 2.1, 1.9, 1.6, 1.4], p8: [2.6, 2.4, 1.9, 1.7, 1.5] },
  'D-coasting': { ks2: [1.5, 1.4, 1.6, 1.5, 1.5], p8: [1.5, 1.4, 1.6, 1.5, 1.5] },
  E: { ks2: [2.5, 2.4, 2.6, 2.5, 2.5], p8: [2.5, 2.4, 2.6, 2.5, 2.5] },
};

export function journeyOfShape(shape: Shape): Journey {
  return shape.charAt(0) as Journey;
}

export interface SeriesDesign {
  shape: Shape;
  /** Every year with a figure, oldest first. The last five carry the shape. */
  years: readonly number[];
  benchmarks: Readonly<Record<number, Thresholds>>;
  kind: 'ks2' | 'p8';
  /** Moves the whole shape up or down a little, for variety between schools of one journey. */
  lift?: number;
}

const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));

/** Figures as a tracker holds them: KS2 % whole, Progress 8 to 2 dp. */
function toValue(p: number, t: Thresholds, kind: SeriesDesign['kind']): number {
  const v = valueAtBand(p, t);
  return kind === 'ks2' ? Math.min(100, Math.max(0, round(v, 0))) : round(v, 2);
}

/** The journey the core gives a year → value series, through the real band position and classifier. */
export function journeyOf(values: ReadonlyMap<number, number>, benchmarks: Readonly<Record<number, Thresholds>>): Journey | null {
  const series = [...values].flatMap(([year, v]) => {
    const t = benchmarks[year];
    const p = t ? bandPosition(v, t) : null;
    return p === null ? [] : [{ year, p }];
  });
  return classifyTrajectory(series, DEFAULT_SETTINGS).journey;
}

function attempt(d: SeriesDesign, rng: Rng, jitter: number): Map<number, number> {
  const shape = SHAPES[d.shape][d.kind];
  const early = d.years.slice(0, -shape.length);
  const late = d.years.slice(-shape.length);
  const lift = d.lift ?? 0;
  const values = new Map<number, number>();
  // Years before the shape wander gently around its first point; they do not enter the trajectory.
  let p = (shape[0] as number) + lift;
  for (const year of early.slice().reverse()) {
    p = Math.min(3.8, Math.max(-0.8, p + rng.between(-0.3, 0.3)));
    values.set(year, toValue(p, d.benchmarks[year] as Thresholds, d.kind));
  }
  late.forEach((year, i) => {
    const target = (shape[i] as number) + lift + rng.between(-jitter, jitter);
    values.set(year, toValue(target, d.benchmarks[year] as Thresholds, d.kind));
  });
  return new Map([...values].sort((a, b) => a[0] - b[0]));
}

/**
 * A realistic series that lands on its journey on purpose: values come from target band
 * positions through the inverse of the band scale, with a little seeded noise. When noise or
 * rounding pushes a series over a rule's edge it is redrawn (still deterministic), and in the
 * end drawn without noise; if even that misses, the shape itself is wrong and we say so.
 */
export function designSeries(d: SeriesDesign, rng: Rng): Map<number, number> {
  const want = journeyOfShape(d.shape);
  for (let tries = 0; tries < 12; tries++) {
    const values = attempt(d, rng, 0.08);
    if (journeyOf(values, d.benchmarks) === want) return values;
  }
  const plain = attempt(d, rng, 0);
  const got = journeyOf(plain, d.benchmarks);
  if (got !== want) throw new Error(`Shape ${d.shape} (${d.kind}, lift ${d.lift ?? 0}) gives journey ${got}, not ${want}`);
  return plain;
}
