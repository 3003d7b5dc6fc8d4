import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWeights, milestoneFor, milestones } from '../../../core/targets/milestones.js';
import { progressAt } from '../../../core/targets/progress-at.js';
import type { ProgressStatus } from '../../../core/targets/types.js';

describe('milestones: 3 terms or 6 half-terms from 1 September', () => {
  it('3 terms, linear', () => {
    const r = milestones(60, 66, { periods: 3, weights: null, academicYear: 2026, decimals: 1 });
    expect(r.ok && r.value.map((m) => [m.label, m.date, m.value])).toEqual([
      ['Autumn', '2025-12-31', 62],
      ['Spring', '2026-03-31', 64],
      ['Summer', '2026-07-31', 66],
    ]);
  });

  it('6 half-terms with trust weights 20/40/60/80/90/100', () => {
    const r = milestones(50, 60, { periods: 6, weights: [20, 40, 60, 80, 90, 100], academicYear: 2026, decimals: 1 });
    expect(r.ok && r.value.map((m) => m.value)).toEqual([52, 54, 56, 58, 59, 60]);
    expect(r.ok && r.value.map((m) => m.date)).toEqual(['2025-10-31', '2025-12-31', '2026-02-28', '2026-03-31', '2026-05-31', '2026-07-31']);
  });

  it('a leap year gives 29 February', () => {
    const r = milestones(0, 6, { periods: 6, weights: null, academicYear: 2028, decimals: 1 });
    expect(r.ok && r.value[2]?.date).toBe('2028-02-29');
  });

  it('lower-is-better milestones fall from baseline to target', () => {
    const r = milestones(20, 14, { periods: 3, weights: null, academicYear: 2026, decimals: 1 });
    expect(r.ok && r.value.map((m) => m.value)).toEqual([18, 16, 14]);
  });

  it('progress scores keep 2 dp', () => {
    const r = milestones(-0.1, 0.2, { periods: 6, weights: null, academicYear: 2026, decimals: 2 });
    expect(r.ok && r.value.map((m) => m.value)).toEqual([-0.05, 0, 0.05, 0.1, 0.15, 0.2]);
  });

  it.each<[number[], number, RegExp]>([
    [[20, 40, 100], 6, /3 weights were given for 6/],
    [[50, 40, 100], 3, /must not fall/],
    [[20, 40, 90], 3, /last weight must be 100/],
    [[0, 50, 100], 3, /above 0/],
  ])('weights %j for %i periods are refused', (weights, periods, reason) => {
    expect(checkWeights(weights, periods)).toMatch(reason);
  });

  it('a drop is judged against the milestone of the period it falls in', () => {
    const r = milestones(60, 66, { periods: 3, weights: null, academicYear: 2026, decimals: 1 });
    const list = r.ok ? r.value : [];
    expect(milestoneFor(list, '2025-11-20', 2026)?.label).toBe('Autumn');
    expect(milestoneFor(list, '2025-12-31', 2026)?.label).toBe('Autumn');
    expect(milestoneFor(list, '2026-01-01', 2026)?.label).toBe('Spring');
    expect(milestoneFor(list, '2026-08-20', 2026)?.label).toBe('Summer');
    expect(milestoneFor(list, '2025-08-31', 2026)).toBeNull();
  });

  it('monotone from baseline to target (fast-check, seed 42)', () => {
    const weightsArb = fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 5, maxLength: 5 }).map((w) => [...w.sort((a, b) => a - b), 100]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.option(weightsArb, { nil: null }), fc.constantFrom(0, 1, 2), (b, t, weights, decimals) => {
        const f = 10 ** decimals;
        const [baseline, target] = [b / f, t / f];
        const r = milestones(baseline, target, { periods: 6, weights, academicYear: 2026, decimals });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const values = r.value.map((m) => m.value);
        const up = target >= baseline;
        [baseline, ...values].forEach((v, i, all) => {
          if (i === 0) return;
          const prev = all[i - 1] as number;
          expect(up ? v >= prev : v <= prev).toBe(true);
        });
        expect(values[values.length - 1]).toBe(target);
        const dates = r.value.map((m) => m.date);
        expect([...dates].sort()).toEqual(dates);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('progressAt: the four bands and their edges (FRAMEWORK.md section 7)', () => {
  it.each<[string, number, number, number, boolean, ProgressStatus]>([
    ['% above: more than 2 pp over', 62.1, 60, 2, false, 'above'],
    ['% exactly +2 pp is on track', 62, 60, 2, false, 'on track'],
    ['% at the milestone', 60, 60, 2, false, 'on track'],
    ['% exactly −2 pp (tol) is on track', 58, 60, 2, false, 'on track'],
    ['% just under −tol is slightly below', 57.9, 60, 2, false, 'slightly below'],
    ['% exactly −4 pp (2·tol) is slightly below', 56, 60, 2, false, 'slightly below'],
    ['% just under −2·tol is well below', 55.9, 60, 2, false, 'well below'],
    ['float noise at the edge: 60.1 vs 58.1', 60.1, 58.1, 2, false, 'on track'],
    ['progress score exactly +0.2', 0.3, 0.1, 0.2, false, 'on track'],
    ['progress score +0.21', 0.31, 0.1, 0.2, false, 'above'],
    ['progress score exactly −0.2', -0.1, 0.1, 0.2, false, 'on track'],
    ['progress score exactly −0.4', -0.3, 0.1, 0.2, false, 'slightly below'],
    ['progress score −0.41', -0.31, 0.1, 0.2, false, 'well below'],
    ['lower is better: 2.1 pp under the milestone is above', 12.9, 15, 2, true, 'above'],
    ['lower is better: exactly 2 pp over is on track', 17, 15, 2, true, 'on track'],
    ['lower is better: 4 pp over is slightly below', 19, 15, 2, true, 'slightly below'],
    ['lower is better: 4.1 pp over is well below', 19.1, 15, 2, true, 'well below'],
  ])('%s', (_, actual, milestone, tol, lower, expected) => {
    expect(progressAt(actual, milestone, tol, lower)).toBe(expected);
  });
});
