import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setTarget } from '../../../core/targets/set-target.js';
import { targetMeasure } from '../../../core/targets/measure.js';
import type { Benchmarks, TargetMeasure, TargetMethod } from '../../../core/targets/types.js';

const ks2 = targetMeasure('KS2 RWM EXS %');
const p8: TargetMeasure = { name: 'Progress 8', kind: 'progress', lowerIsBetter: false, decimals: 2, min: -5, max: 5 };
const pa: TargetMeasure = { name: 'Persistent absence %', kind: 'percent', lowerIsBetter: true, decimals: 1, min: 0, max: 100 };

const bench: Benchmarks = { percentiles: [{ p: 50, value: 62 }, { p: 75, value: 68 }, { p: 90, value: 74 }], national: 61, topQuartile: null };
const paBench: Benchmarks = { percentiles: [{ p: 50, value: 18 }, { p: 75, value: 14 }, { p: 90, value: 10 }], national: 17.5, topQuartile: null };
const p8Bench: Benchmarks = { percentiles: [{ p: 50, value: 0.02 }, { p: 75, value: 0.31 }, { p: 90, value: 0.62 }], national: -0.03, topQuartile: 0.29 };

describe('setTarget: each method (FRAMEWORK.md section 7)', () => {
  it.each<[string, TargetMethod, number | null, Benchmarks, TargetMeasure, object, number]>([
    ['percentile P80 between P75 and P90', 'percentile', 55, bench, ks2, {}, 70],
    ['percentile exactly at a supplied point', 'percentile', 55, bench, ks2, { percentile: 75 }, 68],
    ['percentile below the lowest point takes the lowest', 'percentile', 40, bench, ks2, { percentile: 30 }, 62],
    ['percentile above the highest point takes the highest', 'percentile', 40, bench, ks2, { percentile: 95 }, 74],
    ['percentile floored at a higher baseline', 'percentile', 72.4, bench, ks2, {}, 72.4],
    ['national-plus, default margin 0', 'national-plus', 50, bench, ks2, {}, 61],
    ['national-plus with margin 3', 'national-plus', 50, bench, ks2, { margin: 3 }, 64],
    ['top-quartile from the supplied threshold', 'top-quartile', 0.1, p8Bench, p8, {}, 0.29],
    ['top-quartile read at P75 when no threshold', 'top-quartile', 50, bench, ks2, {}, 68],
    ['stretch k = 0.5 towards P80', 'stretch', 60, bench, ks2, {}, 65],
    ['stretch k = 0.25', 'stretch', 60, bench, ks2, { stretchK: 0.25 }, 62.5],
    ['stretch towards a worse benchmark keeps the baseline', 'stretch', 75, bench, ks2, {}, 75],
    ['progress rounded to 2 dp', 'percentile', -0.2, p8Bench, p8, { percentile: 80 }, 0.41],
    ['lower is better: P80 of absence is lower', 'percentile', 20, paBench, pa, {}, 12.7],
    ['lower is better: national-plus subtracts the margin', 'national-plus', 20, paBench, pa, { margin: 1 }, 16.5],
    ['lower is better: never asks for a higher absence than now', 'percentile', 9.5, paBench, pa, {}, 9.5],
  ])('%s', (_, method, baseline, b, m, s, expected) => {
    const r = setTarget(method, baseline, b, m, s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.value).toBe(expected);
  });

  it('says which method and numbers made the target', () => {
    const r = setTarget('percentile', 55, bench, ks2);
    expect(r.ok && r.value.basis).toBe('Percentile: P80 of similar schools, between P75 (68) and P90 (74) = 70.0');
  });

  it('says when the baseline floor applied', () => {
    const r = setTarget('percentile', 72.44, bench, ks2);
    expect(r.ok && r.value.value).toBe(72.5); // rounded up, never below 72.44
    expect(r.ok && r.value.basis).toMatch(/raised to the baseline 72.44/);
  });

  it('clamps to the measure range and says so', () => {
    const r = setTarget('national-plus', 90, { ...bench, national: 99 }, ks2, { margin: 5 });
    expect(r.ok && r.value.value).toBe(100);
    expect(r.ok && r.value.basis).toMatch(/maximum 100/);
  });

  it.each<[TargetMethod, Benchmarks, number | null, RegExp]>([
    ['percentile', { percentiles: [], national: 60, topQuartile: null }, 50, /percentile points/],
    ['national-plus', { percentiles: bench.percentiles, national: null, topQuartile: null }, 50, /national figure/],
    ['top-quartile', { percentiles: [], national: 1, topQuartile: null }, 50, /top-quartile/],
    ['stretch', bench, null, /needs a baseline/],
  ])('%s without what it needs gives a reason, not a throw', (method, b, baseline, reason) => {
    const r = setTarget(method, baseline, b, ks2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('setTarget: properties (fast-check, seed 42)', () => {
  const methods: TargetMethod[] = ['percentile', 'national-plus', 'top-quartile', 'stretch'];
  const measureArb = fc.record({
    lowerIsBetter: fc.boolean(),
    decimals: fc.constantFrom(0, 1, 2),
    kind: fc.constantFrom('percent' as const, 'progress' as const),
  });
  it('never worse than the baseline, always inside the range, at the measure precision', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...methods),
        measureArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(fc.record({ p: fc.integer({ min: 1, max: 99 }), value: fc.double({ min: -20, max: 130, noNaN: true }) }), { minLength: 1, maxLength: 5 }),
        fc.double({ min: -20, max: 130, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (method, mm, rawBaseline, percentiles, national, k) => {
          const m: TargetMeasure = { name: 'm', min: 0, max: 100, ...mm };
          const f = 10 ** m.decimals;
          const baseline = Math.round(rawBaseline * f) / f;
          const r = setTarget(method, baseline, { percentiles, national, topQuartile: null }, m, { stretchK: k });
          if (!r.ok) return;
          const v = r.value.value;
          expect(m.lowerIsBetter ? v <= baseline : v >= baseline).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
          expect(Math.abs(v * f - Math.round(v * f))).toBeLessThan(1e-6);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});
