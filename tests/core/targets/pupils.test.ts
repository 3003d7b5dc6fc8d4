import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortTarget, pupilTarget } from '../../../core/targets/pupil-target.js';
import { rankPupils } from '../../../core/targets/rank-pupils.js';
import { tQuantile } from '../../../core/targets/student-t.js';
import { classValueAdded } from '../../../core/targets/value-added.js';

describe('pupilTarget: estimate at the chosen percentile, rounded up', () => {
  it.each<[string, { p: number; value: number }[], number, number, number]>([
    ['exactly at a whole grade stays', [{ p: 80, value: 5 }], 80, 1, 5],
    ['4.2 rounds up to 5', [{ p: 50, value: 3.4 }, { p: 80, value: 4.2 }], 80, 1, 5],
    ['reads P80 between P50 and P90', [{ p: 50, value: 100 }, { p: 90, value: 108 }], 80, 1, 106],
    ['scaled score 103.1 → 104', [{ p: 80, value: 103.1 }], 80, 1, 104],
    ['step 0.5 rounds 4.2 up to 4.5', [{ p: 80, value: 4.2 }], 80, 0.5, 4.5],
    ['P50 chosen', [{ p: 50, value: 3.4 }, { p: 80, value: 4.2 }], 50, 1, 4],
    ['float noise does not lift a whole grade', [{ p: 80, value: 0.1 + 0.2 + 3.7 }], 80, 1, 4],
  ])('%s', (_, estimates, p, step, expected) => {
    const r = pupilTarget(estimates, p, step);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it('a pupil with no estimates has no target', () => {
    expect(pupilTarget([], 80).ok).toBe(false);
  });

  it('cohort target is the share whose target meets the threshold', () => {
    expect(cohortTarget([100, 99, 104, 110, 96, 100, 101], 100)).toEqual({ pupils: 7, meeting: 5, share: 71.4 });
    expect(cohortTarget([], 100).share).toBeNull();
    expect(cohortTarget([3, 5, 8], 5, true)).toEqual({ pupils: 3, meeting: 2, share: 66.7 });
  });
});

describe('rankPupils: standard competition ranking', () => {
  it.each<[string, number[], boolean, number[]]>([
    ['"1224" for a tie in second place', [90, 80, 80, 70], false, [1, 2, 2, 4]],
    ['ties at the top', [9, 9, 7], false, [1, 1, 3]],
    ['input order kept in the output', [70, 90, 80], false, [3, 1, 2]],
    ['lower is better flips', [70, 90, 80], true, [1, 3, 2]],
    ['everyone equal', [5, 5, 5], false, [1, 1, 1]],
  ])('%s', (_, values, lower, ranks) => {
    expect(rankPupils(values, (v) => v, lower).map((r) => r.rank)).toEqual(ranks);
  });

  it('percentile rank counts ties half', () => {
    const r = rankPupils([90, 80, 80, 70], (v) => v);
    expect(r.map((x) => x.percentileRank)).toEqual([87.5, 50, 50, 12.5]);
  });

  it('ranks are a permutation consistent with ties (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.boolean(), (values, lower) => {
        const ranked = rankPupils(values, (v) => v, lower);
        expect(ranked.map((r) => r.item)).toEqual(values);
        ranked.forEach((a) => {
          const better = values.filter((v) => (lower ? v < a.item : v > a.item)).length;
          expect(a.rank).toBe(better + 1);
          expect(a.percentileRank).toBeGreaterThan(0);
          expect(a.percentileRank).toBeLessThanOrEqual(100);
        });
        // Sorted ranks are the "1224" sequence: each rank is its position or repeats the one before.
        const sorted = ranked.map((r) => r.rank).sort((x, y) => x - y);
        sorted.forEach((r, i) => expect(r === i + 1 || r === sorted[i - 1]).toBe(true));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('t quantile and class value added', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [5, 2.571],
    [10, 2.228],
    [29, 2.045],
    [120, 1.98],
  ])('t(0.975, %i) = %f (published tables)', (df, t) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('mean and interval by class, flagging intervals wholly above 0', () => {
    const pupils = [
      ...[2, 3, 2, 4, 3].map((d, i) => ({ school: 'Oak', className: '6A', actual: 100 + d, estimate: 100, i })),
      ...[1, -1, 2, -2].map((d) => ({ school: 'Oak', className: '6B', actual: 100 + d, estimate: 100 })),
      { school: 'Elm', className: '6A', actual: 110, estimate: 100 },
    ];
    const va = classValueAdded(pupils);
    const a = va.find((c) => c.school === 'Oak' && c.className === '6A');
    // mean 2.8, sd 0.8367, se 0.3742, t(4) 2.7764 → ±1.039
    expect(a).toEqual({ school: 'Oak', className: '6A', pupils: 5, mean: 2.8, lower: 1.76, upper: 3.84, flagged: true });
    const b = va.find((c) => c.className === '6B');
    expect(b?.flagged).toBe(false);
    expect(b?.mean).toBe(0);
    const single = va.find((c) => c.school === 'Elm');
    expect(single).toMatchObject({ pupils: 1, mean: 10, lower: null, upper: null, flagged: false });
  });

  it('an interval touching 0 exactly is not flagged; small n widens the interval', () => {
    const two = classValueAdded([
      { school: 'S', className: 'C', actual: 1, estimate: 0 },
      { school: 'S', className: 'C', actual: 3, estimate: 0 },
    ])[0];
    // mean 2, sd 1.414, se 1, t(1) 12.706: a normal approximation (±1.96) would wrongly flag it.
    expect(two?.lower).toBeCloseTo(-10.71, 2);
    expect(two?.flagged).toBe(false);
  });
});
