import { describe, expect, it } from 'vitest';
import { rateRisk, type RiskInput } from '../../../core/categorise/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';

const S = DEFAULT_SETTINGS;
const base: RiskInput = { category: 'A', trajectory: null, evidenceWorse: false, inspectionDate: null, asOf: '2025-11-01' };
const score = (over: Partial<RiskInput>) => rateRisk({ ...base, ...over }, S).score;

describe('rateRisk: each point of section 5', () => {
  it.each([
    ['A', 0],
    ['B', 1],
    ['C', 1],
    ['D', 2],
    ['E', 3],
  ] as const)('category %s scores %s', (category, n) => {
    expect(score({ category })).toBe(n);
  });

  it.each([
    ['C', 2],
    ['H', 2],
    ['D', 1],
    ['G', 1],
    ['B', -1],
    ['A', 0],
    ['E', 0],
    ['F', 0],
  ] as const)('trajectory %s adds %s (on category D)', (trajectory, n) => {
    expect(score({ category: 'D', trajectory })).toBe(2 + n);
  });

  it.each([
    [undefined, 0],
    [0, 0],
    [0.249, 0],
    [0.25, 1],
    [0.49, 1],
    [0.5, 2],
    [1, 2],
  ])('targets well below share %s adds %s', (share, n) => {
    expect(score({ category: 'A', ...(share === undefined ? {} : { wellBelowShare: share }) })).toBe(n);
  });

  it('evidence worse than the last inspection adds 1', () => {
    expect(score({ evidenceWorse: true })).toBe(1);
  });

  it.each([
    ['2021-11-01', 1],
    ['2021-11-02', 0],
    ['2021-10-31', 1],
    ['2015-01-01', 1],
    ['2024-06-30', 0],
    [null, 0],
    ['not a date', 0],
  ])('last inspection %s, as of 2025-11-01, adds %s', (date, n) => {
    expect(score({ inspectionDate: date })).toBe(n);
  });
});

describe('rateRisk: bands 0–1 Low, 2–3 Medium, 4–5 High, ≥ 6 Critical', () => {
  it.each<[Partial<RiskInput>, number, string]>([
    [{ category: 'A', trajectory: 'B' }, -1, 'Low'],
    [{ category: 'A' }, 0, 'Low'],
    [{ category: 'B' }, 1, 'Low'],
    [{ category: 'D' }, 2, 'Medium'],
    [{ category: 'E' }, 3, 'Medium'],
    [{ category: 'E', trajectory: 'D' }, 4, 'High'],
    [{ category: 'E', trajectory: 'C' }, 5, 'High'],
    [{ category: 'E', trajectory: 'C', evidenceWorse: true }, 6, 'Critical'],
    [{ category: 'E', trajectory: 'H', evidenceWorse: true, wellBelowShare: 0.6, inspectionDate: '2018-01-01' }, 9, 'Critical'],
  ])('%j → %s %s', (over, n, level) => {
    const out = rateRisk({ ...base, ...over }, S);
    expect(out).toMatchObject({ score: n, risk: level });
  });

  it('lists every point that made it', () => {
    const out = rateRisk({ ...base, category: 'D', trajectory: 'C', wellBelowShare: 0.3, evidenceWorse: true, inspectionDate: '2019-05-01' }, S);
    expect(out.points).toEqual([
      'Risk Critical: score 7.',
      'Category D: +2.',
      'Trajectory C: +2.',
      '30 % of targets well below at the latest milestone: +1.',
      'Evidence worse than the last inspection: +1.',
      'Last inspection 2019-05-01, 4 or more years ago: +1.',
    ]);
  });

  it('no trajectory scores 0 and says so', () => {
    expect(rateRisk({ ...base, category: 'C' }, S).points).toContain('No trajectory (too little data): 0.');
  });

  it('no category: no rating, with the reason', () => {
    expect(rateRisk({ ...base, category: null, trajectory: 'C' }, S)).toEqual({
      risk: null,
      score: null,
      points: ['No risk rating: there is no category yet, because the evidence is insufficient.'],
    });
  });

  it('reads points and bands from settings', () => {
    const s = { ...S, risk: { ...S.risk, category: { ...S.risk.category, C: 5 }, bands: [5, 6, 7] as [number, number, number] } };
    expect(rateRisk({ ...base, category: 'C' }, s)).toMatchObject({ score: 5, risk: 'Low' });
  });
});
