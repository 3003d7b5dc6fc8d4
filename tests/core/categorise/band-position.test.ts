import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandPosition } from '../../../core/categorise/index.js';

const KS2 = { floor: 60, coasting: 65, national: 70, top15: 80 };
// Persistent absence: lower is better, so the thresholds fall.
const PA = { floor: 30, coasting: 25, national: 20, top15: 10 };

describe('bandPosition', () => {
  it.each([
    ['at floor', 60, 0],
    ['at coasting', 65, 1],
    ['at national', 70, 2],
    ['at top 15 %', 80, 3],
    ['half way floor→coasting', 62.5, 0.5],
    ['half way national→top 15 %', 75, 2.5],
    ['below floor extends the first segment', 57.5, -0.5],
    ['above top 15 % extends the last segment', 85, 3.5],
    ['far below floor clamps to −1', 0, -1],
    ['far above top 15 % clamps to 4', 100, 4],
  ])('higher is better: %s', (_, value, p) => {
    expect(bandPosition(value, KS2)).toBeCloseTo(p, 12);
  });

  it.each([
    ['at floor', 30, 0],
    ['at coasting', 25, 1],
    ['at national', 20, 2],
    ['at top 15 %', 10, 3],
    ['between national and top 15 %', 15, 2.5],
    ['worse than floor', 32.5, -0.5],
    ['far worse than floor clamps', 90, -1],
    ['far better than top 15 % clamps', 0, 4],
  ])('lower is better (falling thresholds): %s', (_, value, p) => {
    expect(bandPosition(value, PA)).toBeCloseTo(p, 12);
  });

  it.each([
    ['two equal thresholds', { floor: 60, coasting: 60, national: 70, top15: 80 }],
    ['out of order', { floor: 60, coasting: 70, national: 65, top15: 80 }],
    ['all equal', { floor: 1, coasting: 1, national: 1, top15: 1 }],
    ['a NaN threshold', { floor: Number.NaN, coasting: 65, national: 70, top15: 80 }],
  ])('null when thresholds are %s', (_, t) => {
    expect(bandPosition(65, t)).toBeNull();
  });

  it('null for a value that is not a number', () => {
    expect(bandPosition(Number.NaN, KS2)).toBeNull();
    expect(bandPosition(Number.POSITIVE_INFINITY, KS2)).toBeNull();
  });

  const thresholds = fc
    .tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 20, noNaN: true }), fc.boolean())
    .map(([f, a, b, c, lower]) => {
      const s = lower ? -1 : 1;
      return { floor: f, coasting: f + s * a, national: f + s * (a + b), top15: f + s * (a + b + c), lower };
    });

  it('property: within [−1, 4] and monotone in value (seed 42)', () => {
    fc.assert(
      fc.property(thresholds, fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (t, v, d) => {
        const p1 = bandPosition(v, t);
        const p2 = bandPosition(v + d, t);
        expect(p1).not.toBeNull();
        expect(p1!).toBeGreaterThanOrEqual(-1);
        expect(p1!).toBeLessThanOrEqual(4);
        // A higher value is better unless the thresholds fall.
        if (t.lower) expect(p2!).toBeLessThanOrEqual(p1! + 1e-9);
        else expect(p2!).toBeGreaterThanOrEqual(p1! - 1e-9);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
