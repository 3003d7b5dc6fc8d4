import type { TrajectoryFeatures } from './types.js';
import { tidy } from './_lib/words.js';

export interface SeriesPoint {
  year: number;
  p: number;
}

/** The features plus where the peak sits, which rule G needs. */
export interface FeaturesWithPeak extends TrajectoryFeatures {
  peakIsLast: boolean;
}

/**
 * Features of a series already cut to the points in use (oldest first, at least one point).
 * The x axis is the real year, so a gap such as 2020–2021 stretches the line rather than
 * being squeezed out. Every figure is tidied so rule edges are decided by the data, not by
 * binary rounding.
 */
export function trajectoryFeatures(points: SeriesPoint[], recentYears: number): FeaturesWithPeak {
  const ps = points.map((pt) => pt.p);
  const lastPoint = points[points.length - 1] as SeriesPoint;
  const firstPoint = points[0] as SeriesPoint;
  const peak = Math.max(...ps);
  // The latest occurrence of the highest point: a plateau that ends the series is not a fall.
  const peakIndex = ps.lastIndexOf(peak);
  const earliestRecent = points.find((pt) => pt.year >= lastPoint.year - recentYears) ?? lastPoint;
  return {
    points: points.length,
    slope: tidy(slope(points)),
    first: tidy(firstPoint.p),
    last: tidy(lastPoint.p),
    mean: tidy(ps.reduce((a, b) => a + b, 0) / ps.length),
    min: tidy(Math.min(...ps)),
    peak: tidy(peak),
    recent: tidy(lastPoint.p - earliestRecent.p),
    peakIsLast: peakIndex === points.length - 1,
  };
}

/** Least-squares slope of p per year; 0 when every point has the same year. */
function slope(points: SeriesPoint[]): number {
  const n = points.length;
  const mx = points.reduce((a, pt) => a + pt.year, 0) / n;
  const my = points.reduce((a, pt) => a + pt.p, 0) / n;
  let num = 0;
  let den = 0;
  for (const pt of points) {
    num += (pt.year - mx) * (pt.p - my);
    den += (pt.year - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
