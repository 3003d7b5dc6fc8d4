import { describe, expect, it } from 'vitest';
import { interventionStatus } from '../../../core/categorise/intervention.js';
import { rateRisk } from '../../../core/categorise/rate-risk.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import type { Inspection, LegacyGrade, ReportCardArea, ReportCardGrade } from '../../../core/tracker/types.js';

const src = { sheet: 'Schools', cell: 'L2' };
const legacy = (grade: LegacyGrade, date = '2023-05-01'): Inspection => ({ kind: 'legacy-grade', grade, date, source: src });
const card = (areas: Partial<Record<ReportCardArea, ReportCardGrade>>, safeguardingMet: boolean | null = true): Inspection => ({ kind: 'report-card', areas, safeguardingMet, date: '2026-01-20', source: src });

describe('interventionStatus: category of concern and stuck, each inspection on its own scale', () => {
  it.each<[string, Inspection | null, Inspection | null, boolean, boolean]>([
    ['no inspection', null, null, false, false],
    ['Good', legacy(2), null, false, false],
    ['Inadequate (special measures or serious weaknesses)', legacy(4), null, true, false],
    ['RI after RI', legacy(3), legacy(3, '2019-01-01'), false, true],
    ['RI after Good', legacy(3), legacy(2, '2019-01-01'), false, false],
    ['Inadequate after RI', legacy(4), legacy(3, '2019-01-01'), true, true],
    ['RI with no earlier inspection known', legacy(3), null, false, false],
    ['report card leadership urgent improvement', card({ leadershipGovernance: 5 }), null, true, false],
    ['report card safeguarding not met', card({ inclusion: 3 }, false), null, true, false],
    ['report card all expected standard after RI', card({ inclusion: 3, achievement: 3 }), legacy(3), false, false],
    ['report card needs attention after RI', card({ achievement: 4 }), legacy(3), false, true],
    ['report card achievement urgent improvement (not leadership)', card({ achievement: 5 }), null, false, false],
  ])('%s → concern %s, stuck %s', (_what, last, previous, concern, stuck) => {
    const got = interventionStatus(last, previous);
    expect(got.concern).toBe(concern);
    expect(got.stuck).toBe(stuck);
    expect(got.reasons).toHaveLength(Number(concern) + Number(stuck));
  });
});

describe('rateRisk: category of concern and stuck score their settings', () => {
  const base = { category: 'C' as const, trajectory: null, evidenceWorse: false, inspectionDate: null, asOf: '2026-03-31' };
  it.each<[boolean, boolean, number]>([
    [false, false, 1],
    [true, false, 1 + DEFAULT_SETTINGS.risk.categoryOfConcern],
    [false, true, 1 + DEFAULT_SETTINGS.risk.stuck],
    [true, true, 1 + DEFAULT_SETTINGS.risk.categoryOfConcern + DEFAULT_SETTINGS.risk.stuck],
  ])('concern %s, stuck %s → score %i', (concern, stuck, score) => {
    const r = rateRisk({ ...base, concern, stuck }, DEFAULT_SETTINGS);
    expect(r.score).toBe(score);
    expect(r.points.some((p) => p.startsWith('In a category of concern'))).toBe(concern);
    expect(r.points.some((p) => p.startsWith('Stuck'))).toBe(stuck);
  });
});
