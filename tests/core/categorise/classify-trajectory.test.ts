import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTrajectory } from '../../../core/categorise/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';

const S = DEFAULT_SETTINGS;
/** Consecutive years from 2015, one band position each. */
const ser = (ps: number[], start = 2015) => ps.map((p, i) => ({ year: start + i, p }));

describe('classifyTrajectory: section 4 table, tried in order A, H, B, C, G, F, D, E', () => {
  it.each<[string, number[], string]>([
    ['A strongest: min ≥ 2.5 and mean ≥ 3', [3, 3, 3.2, 3, 3.1], 'A'],
    ['A at both edges: min exactly 2.5, mean exactly 3', [2.5, 3.5, 3, 3, 3], 'A'],
    ['not A: min just under 2.5 (flat and high → E)', [2.4, 3.2, 3.2, 3.1, 3.1], 'E'],
    ['not A: mean 2.94 though min is high (→ E)', [2.9, 3, 2.9, 3, 2.9], 'E'],
    ['H weakest: every point < 1, flat', [0.5, 0.4, 0.6, 0.5, 0.5], 'H'],
    ['H: slope 0.2 under 0.25', [-0.4, -0.2, 0, 0.2, 0.4], 'H'],
    ['not H: slope exactly 0.25 (→ F)', [-0.5, -0.25, 0, 0.25, 0.5], 'F'],
    ['not H: one point exactly 1 (flat, mean < 2 → D)', [0.5, 1, 0.5, 0.5, 0.5], 'D'],
    ['B: slope exactly 0.5', [0, 0.5, 1, 1.5, 2], 'B'],
    ['B: recent exactly 1.5 with a gentle slope', [1, 1, 1, 1, 2.5], 'B'],
    ['not B: recent 1.49 (→ F)', [1, 1, 1, 1, 2.49], 'F'],
    ['C: slope exactly −0.5', [2, 1.5, 1, 0.5, 0], 'C'],
    ['C: recent exactly −1.5 with a gentle slope', [2, 2, 2, 2, 0.5], 'C'],
    ['not C: slope −0.49 and recent −1.47 (→ D)', [2, 1.51, 1.02, 0.53, 0.04], 'D'],
    ['G: rise of 2 to a peak, then a fall of 0.6', [1, 2, 3, 2.5, 2.4], 'G'],
    ['G: fall from the peak exactly 0.5', [1, 2, 3, 2.5, 2.5], 'G'],
    ['G: rise to the peak exactly 1', [2, 2.5, 3, 2.5, 2.5], 'G'],
    ['not G: fall from peak 0.4 (→ F)', [1, 2, 3, 2.6, 2.6], 'F'],
    ['not G: peak is the last point (→ F)', [1, 3, 2, 2, 3], 'F'],
    ['F: steady rise 0.2 a year', [1, 1.2, 1.4, 1.6, 1.8], 'F'],
    ['F: slope exactly 0.15', [1, 1.15, 1.3, 1.45, 1.6], 'F'],
    ['F: slope 0.15 even when the mean is high', [2.2, 2.35, 2.5, 2.65, 2.8], 'F'],
    ['D: slow fall −0.2 a year', [2, 1.8, 1.6, 1.4, 1.2], 'D'],
    ['D: slope exactly −0.15', [2, 1.85, 1.7, 1.55, 1.4], 'D'],
    ['D: flat and coasting (mean < 2)', [1.5, 1.5, 1.6, 1.5, 1.5], 'D'],
    ['D: slope −0.14 with mean just under 2', [2.28, 2.14, 2, 1.86, 1.67], 'D'],
    ['E: flat at national', [2.2, 2.3, 2.2, 2.3, 2.2], 'E'],
    ['E: mean exactly 2', [2, 2, 2, 2, 2], 'E'],
    ['E: slope 0.14 with mean ≥ 2', [2, 2.14, 2.28, 2.42, 2.56], 'E'],
    ['three points are enough', [1, 1.2, 1.4], 'F'],
  ])('%s', (_, ps, journey) => {
    const out = classifyTrajectory(ser(ps), S);
    expect(out.journey, JSON.stringify(out.features)).toBe(journey);
    expect(out.reason).toMatch(new RegExp(`^Journey ${journey} `));
  });

  it.each([[[]], [[2]], [[1, 2]]])('too little data with %j', (ps) => {
    const out = classifyTrajectory(ser(ps), S);
    expect(out).toMatchObject({ journey: null, features: null });
    expect(out.reason).toMatch(/^Too little data: \d year/);
  });

  it('carries every feature, from the last 5 points only', () => {
    const out = classifyTrajectory(ser([0, 0, 1, 1.2, 1.4, 1.6, 1.8]), S);
    expect(out.features).toEqual({ points: 5, slope: 0.2, first: 1, last: 1.8, mean: 1.4, min: 1, peak: 1.8, recent: 0.6 });
    expect(out.series.map((pt) => pt.year)).toEqual([2017, 2018, 2019, 2020, 2021]);
  });

  it('treats 2020 and 2021 as gaps on a real-year axis', () => {
    const series = [2016, 2017, 2018, 2019, 2022, 2023].map((year, i) => ({ year, p: [0.9, 1, 1.1, 1.2, 1.5, 1.6][i] as number }));
    const out = classifyTrajectory(series, S);
    // Per real year the slope is 0.1 (flat, coasting: D); squeezing out the gap would give 0.16 (F).
    expect(out.features?.slope).toBeCloseTo(0.1, 9);
    expect(out.journey).toBe('D');
    // The last point is 2023; the earliest within 3 years of it is 2022.
    expect(out.features?.recent).toBeCloseTo(0.1, 9);
  });

  it('sorts by year and ignores points that are not numbers', () => {
    const out = classifyTrajectory([{ year: 2019, p: 1.8 }, { year: 2015, p: 1 }, { year: 2017, p: Number.NaN }, { year: 2016, p: 1.2 }, { year: 2018, p: 1.6 }], S);
    expect(out.series.map((pt) => pt.year)).toEqual([2015, 2016, 2018, 2019]);
    expect(out.features?.points).toBe(4);
  });

  it('uses the latest occurrence of the peak (matters when a trust sets the fall to 0)', () => {
    const zeroFall = { ...S, trajectory: { ...S.trajectory, gFall: 0 } };
    expect(classifyTrajectory(ser([1, 3, 2, 2, 3]), zeroFall).journey).not.toBe('G');
    expect(classifyTrajectory(ser([1, 3, 2, 2, 2.9]), zeroFall).journey).toBe('G');
  });

  it('reads its thresholds and N from settings', () => {
    const custom = { ...S, trajectory: { ...S.trajectory, points: 3, bSlope: 0.3 } };
    expect(classifyTrajectory(ser([3, 3, 1, 1.3, 1.6]), custom)).toMatchObject({ journey: 'B', features: { points: 3, slope: 0.3 } });
  });

  it('property: never throws and gives a letter exactly when there are ≥ 3 points (seed 42)', () => {
    const point = fc.record({ year: fc.integer({ min: 2000, max: 2030 }), p: fc.double({ min: -1, max: 4, noNaN: true }) });
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (pt) => pt.year, maxLength: 9 }), (series) => {
        const out = classifyTrajectory(series, S);
        expect(out.journey !== null).toBe(series.length >= 3);
        expect(out.features === null).toBe(series.length < 3);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('classifyTrajectory reasons', () => {
  it('name the gap years so nobody reads them as zeros', () => {
    const series = [2018, 2019, 2022, 2023, 2024].map((year) => ({ year, p: 2.2 }));
    expect(classifyTrajectory(series, S).reason).toBe(
      'Journey E (steady and secure): flat (slope 0) with a mean of 2.2, at or above national, over 5 points 2018–2024 (no results in 2020 and 2021).',
    );
  });
});
