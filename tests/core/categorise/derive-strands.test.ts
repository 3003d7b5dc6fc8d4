import { describe, expect, it } from 'vitest';
import { deriveStrands, type DeriveContext } from '../../../core/categorise/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import type { SchoolData } from '../../../core/tracker/types.js';
import { record } from './fixtures.js';

const S = DEFAULT_SETTINGS;
const NATIONAL_PA = [
  { phase: 'primary' as const, year: 2024, value: 14.7 },
  { phase: 'primary' as const, year: 2025, value: 12 },
  { phase: 'secondary' as const, year: 2025, value: 20 },
];
const ctx = (over: Partial<DeriveContext> = {}): DeriveContext => ({ settings: S, headline: null, nationalPA: NATIONAL_PA, ...over });
const fromData = (data: SchoolData) => deriveStrands(record({ data }), ctx());
const ser = (ps: number[], start = 2021) => ps.map((p, i) => ({ year: start + i, p }));

describe('deriveStrands: attendance from PA against national for the same phase (latest year)', () => {
  it.each([
    ['PA = national + 5 exactly → 1', 17, 1],
    ['PA far above → 1', 30, 1],
    ['PA just under national + 5 → 2', 16.9, 2],
    ['PA just above national → 2', 12.1, 2],
    ['PA = national exactly → 3', 12, 3],
    ['PA just above national − 2 → 3', 10.1, 3],
    ['PA = national − 2 exactly → 4', 10, 4],
    ['PA well below → 4', 5, 4],
  ])('%s', (_, pa, score) => {
    const out = fromData({ persistentAbsencePct: pa });
    expect(out.strands.attendance).toBe(score);
    expect(out.sources.attendance).toBe('derived');
    expect(out.reasons[0]).toMatch(new RegExp(`^Attendance ${score} from data: .*national 12 % \\(2025\\)`));
  });

  it('decimal edges are not decided by binary noise (12.1 vs 7.1 + 5)', () => {
    const out = deriveStrands(record({ data: { persistentAbsencePct: 12.1 } }), ctx({ nationalPA: [{ phase: 'primary', year: 2025, value: 7.1 }] }));
    expect(out.strands.attendance).toBe(1);
  });

  it('uses the figure for the school’s own phase of education', () => {
    const out = deriveStrands(record({ educationPhase: 'secondary', data: { persistentAbsencePct: 19 } }), ctx());
    expect(out.strands.attendance).toBe(3);
  });

  it('says why when there is no national figure for the phase', () => {
    const out = deriveStrands(record({ educationPhase: 'special', data: { persistentAbsencePct: 19 } }), ctx());
    expect(out.strands.attendance).toBeNull();
    expect(out.sources.attendance).toBeUndefined();
    expect(out.reasons[0]).toMatch(/no national figure/);
  });
});

describe('deriveStrands: finance from reserves and in-year balance (% of income)', () => {
  it.each<[string, SchoolData, number | null]>([
    ['negative reserves → 1', { reservesPct: -0.5, inYearBalancePct: 2 }, 1],
    ['negative reserves alone are enough for 1', { reservesPct: -2 }, 1],
    ['in-year deficit beyond 1 % → 2', { reservesPct: 5, inYearBalancePct: -1.01 }, 2],
    ['deficit of exactly 1 % counts as balanced → 3', { reservesPct: 5, inYearBalancePct: -1 }, 3],
    ['surplus of exactly 1 % counts as balanced → 3', { reservesPct: 5, inYearBalancePct: 1 }, 3],
    ['surplus, reserves inside 3–8 % → 4', { reservesPct: 5, inYearBalancePct: 2 }, 4],
    ['surplus, reserves exactly 3 % → 4', { reservesPct: 3, inYearBalancePct: 2 }, 4],
    ['surplus, reserves exactly 8 % → 4', { reservesPct: 8, inYearBalancePct: 2 }, 4],
    ['surplus, reserves 2.9 % (under target) → 3', { reservesPct: 2.9, inYearBalancePct: 2 }, 3],
    ['surplus, reserves 8.1 % (over target) → 3', { reservesPct: 8.1, inYearBalancePct: 2 }, 3],
    ['balance without reserves → not worked out', { inYearBalancePct: 2 }, null],
    ['reserves without balance → not worked out', { reservesPct: 5 }, null],
  ])('%s', (_, data, score) => {
    const out = fromData(data);
    expect(out.strands.finance).toBe(score);
    expect(out.reasons[0]).toMatch(score === null ? /^Finance not worked out: it needs both/ : new RegExp(`^Finance ${score} from data`));
  });
});

describe('deriveStrands: staffing from teacher turnover bands 25 / 15 / 8', () => {
  it.each([
    [40, 1],
    [25, 1],
    [24.9, 2],
    [15, 2],
    [14.9, 3],
    [8, 3],
    [7.9, 4],
    [0, 4],
  ])('turnover %s % → %s', (t, score) => {
    expect(fromData({ teacherTurnoverPct: t }).strands.staffing).toBe(score);
  });

  it('reads the bands from settings', () => {
    const s = { ...S, derive: { ...S.derive, turnoverBands: [30, 20, 10] as [number, number, number] } };
    expect(deriveStrands(record({ data: { teacherTurnoverPct: 25 } }), ctx({ settings: s })).strands.staffing).toBe(2);
  });
});

describe('deriveStrands: outcomes from the headline measure’s band positions', () => {
  const headline = (ps: number[]) => ({ measure: 'KS2 RWM EXS %', series: ser(ps) });
  it.each<[string, number[], boolean, number]>([
    ['latest p just under 1 → 1', [3, 3, 0.99], false, 1],
    ['latest p exactly 1 → 2', [3, 3, 1], false, 2],
    ['latest p just under 2 → 2', [3, 3, 1.99], false, 2],
    ['latest p exactly 2 → 3 (earlier year below 2)', [1.9, 2, 2], false, 3],
    ['p ≥ 2 in each of the last 3 years → 4', [0.5, 2, 2, 2], false, 4],
    ['p ≥ 2 in the last 3 years but a pupil group flagged → 3', [2, 2.5, 3], true, 3],
    ['only 2 years with results, both ≥ 2 → 3', [3, 3], false, 3],
    ['the latest year decides, not the best', [3, 3, 0.5], false, 1],
  ])('%s', (_, ps, groups, score) => {
    const out = deriveStrands(record({ groupsUnderperforming: groups }), ctx({ headline: headline(ps) }));
    expect(out.strands.outcomes).toBe(score);
    expect(out.sources.outcomes).toBe('derived');
    expect(out.reasons[0]).toMatch(new RegExp(`^Outcomes ${score} from data: KS2 RWM EXS %`));
  });

  it('uses the last available years across a gap (2019, 2022, 2023)', () => {
    const series = [{ year: 2019, p: 2.1 }, { year: 2023, p: 2.4 }, { year: 2022, p: 2 }];
    expect(deriveStrands(record(), ctx({ headline: { measure: 'M', series } })).strands.outcomes).toBe(4);
  });

  it('with no band positions, outcomes stays unknown', () => {
    const out = deriveStrands(record(), ctx({ headline: { measure: 'M', series: [] } }));
    expect(out.strands.outcomes).toBeNull();
  });
});

describe('deriveStrands: the reviewer always wins', () => {
  it('keeps the reviewer’s score, marks it, and says what the data would have given', () => {
    const out = deriveStrands(record({ strands: { staffing: 3, attendance: 3 }, data: { teacherTurnoverPct: 30, persistentAbsencePct: 12 } }), ctx());
    expect(out.strands).toMatchObject({ staffing: 3, attendance: 3 });
    expect(out.sources).toMatchObject({ staffing: 'reviewer', attendance: 'reviewer' });
    expect(out.reasons).toEqual(["Staffing: the reviewer's 3 is used; the data alone would give 1: teacher turnover 30 %, at or above 25 %."]);
  });

  it('strands with neither are unknown and carry no source', () => {
    const out = deriveStrands(record({ strands: { leadership: 2, governance: null } }), ctx());
    expect(out.strands).toEqual({ leadership: 2, governance: null, staffing: null, attendance: null, finance: null, outcomes: null, teaching: null, behaviour: null });
    expect(out.sources).toEqual({ leadership: 'reviewer' });
  });
});

describe('deriveStrands: every edge comes from settings', () => {
  const s = { ...S, derive: { ...S.derive, paFarAbove: 3, paWellBelow: 1, balancedTolerance: 0.5, reservesTargetMin: 1, reservesTargetMax: 2, outcomesSustainYears: 2 } };
  it.each<[string, SchoolData, string, number]>([
    ['PA national + 3 → 1', { persistentAbsencePct: 15 }, 'attendance', 1],
    ['PA national − 1 → 4', { persistentAbsencePct: 11 }, 'attendance', 4],
    ['deficit 0.6 % beyond ±0.5 % → 2', { reservesPct: 1.5, inYearBalancePct: -0.6 }, 'finance', 2],
    ['surplus 0.6 % with reserves 1.5 % inside 1–2 % → 4', { reservesPct: 1.5, inYearBalancePct: 0.6 }, 'finance', 4],
    ['surplus with reserves 5 % outside 1–2 % → 3', { reservesPct: 5, inYearBalancePct: 0.6 }, 'finance', 3],
  ])('%s', (_, data, strand, score) => {
    expect(deriveStrands(record({ data }), ctx({ settings: s })).strands[strand as 'finance']).toBe(score);
  });

  it('outcomes 4 after the configured number of years', () => {
    expect(deriveStrands(record(), ctx({ settings: s, headline: { measure: 'M', series: ser([1, 2, 2]) } })).strands.outcomes).toBe(4);
  });
});
