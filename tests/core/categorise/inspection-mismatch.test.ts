import { describe, expect, it } from 'vitest';
import { inspectionMismatch, type StrandScores } from '../../../core/categorise/index.js';
import type { Category } from '../../../core/settings/types.js';
import type { Inspection, LegacyGrade, ReportCardArea, ReportCardGrade } from '../../../core/tracker/types.js';

const src = { sheet: 'Schools', cell: 'L2' };
const legacy = (grade: LegacyGrade): Inspection => ({ kind: 'legacy-grade', grade, date: '2019-03-12', source: src });

describe('inspectionMismatch: legacy overall grade against the category’s grade', () => {
  it.each<[Category, LegacyGrade, boolean, boolean]>([
    ['A', 1, false, false],
    ['A', 2, true, false],
    ['B', 1, false, false],
    ['B', 2, false, false],
    ['B', 3, true, false],
    ['C', 2, false, false],
    ['C', 1, true, true],
    ['D', 3, false, false],
    ['D', 2, true, true],
    ['D', 4, true, false],
    ['E', 4, false, false],
    ['E', 3, true, true],
  ])('category %s vs grade %s → mismatch %s, evidence worse %s', (cat, grade, mismatch, worse) => {
    const out = inspectionMismatch(cat, {}, 'effective', legacy(grade));
    expect(out.mismatch).toBe(mismatch);
    expect(out.evidenceWorse).toBe(worse);
    expect(out.reason === null).toBe(!mismatch);
  });

  it('names both sides on their own scales', () => {
    expect(inspectionMismatch('D', {}, 'effective', legacy(2)).reason).toBe(
      'Evidence disagrees with the last inspection (2019-03-12): category D matches Requires improvement, but the inspection grade was Good.',
    );
  });

  it('cannot compare without a category', () => {
    expect(inspectionMismatch(null, {}, 'effective', legacy(4))).toEqual({ mismatch: false, reason: null, evidenceWorse: false, compared: false });
  });

  it('no inspection, no mismatch', () => {
    expect(inspectionMismatch('E', {}, 'not effective', null).mismatch).toBe(false);
  });
});

describe('inspectionMismatch: legacy sub-judgements against matching strands', () => {
  const subs = (judgements: Partial<Record<'qualityOfEducation' | 'behaviourAttitudes' | 'personalDevelopment' | 'leadershipManagement', LegacyGrade>>): Inspection => ({
    kind: 'legacy-subjudgements',
    judgements,
    date: '2024-11-05',
    source: src,
  });
  it.each<[string, Inspection, StrandScores, boolean, boolean, RegExp | null]>([
    ['leadership and management Good, leadership 2 → worse', subs({ leadershipManagement: 2 }), { leadership: 2 }, true, true, /leadership and management was Good, but leadership is now 2 \(Repair\)/],
    ['leadership and management Good, governance 1 → worse', subs({ leadershipManagement: 2 }), { leadership: 3, governance: 1 }, true, true, /governance is now 1/],
    ['leadership and management RI, leadership 3 → better', subs({ leadershipManagement: 3 }), { leadership: 3 }, true, false, /Requires improvement, but leadership is now 3/],
    ['quality of education Outstanding, teaching 3 → agree', subs({ qualityOfEducation: 1 }), { teaching: 3, outcomes: 4 }, false, false, null],
    ['quality of education Good, outcomes 2 → worse', subs({ qualityOfEducation: 2 }), { teaching: 3, outcomes: 2 }, true, true, /quality of education was Good, but outcomes is now 2/],
    ['behaviour and attitudes Inadequate, behaviour 2 → agree', subs({ behaviourAttitudes: 4 }), { behaviour: 2 }, false, false, null],
    ['behaviour and attitudes Good, attendance 1 → worse', subs({ behaviourAttitudes: 2 }), { attendance: 1 }, true, true, /attendance is now 1/],
    ['personal development has no matching strand', subs({ personalDevelopment: 4 }), { leadership: 4, teaching: 4 }, false, false, null],
    ['unknown strands are not compared', subs({ leadershipManagement: 4 }), {}, false, false, null],
  ])('%s', (_, insp, strands, mismatch, worse, reason) => {
    const out = inspectionMismatch('C', strands, 'effective', insp);
    expect(out.mismatch).toBe(mismatch);
    expect(out.evidenceWorse).toBe(worse);
    if (reason) expect(out.reason).toMatch(reason);
    else expect(out.reason).toBeNull();
  });
});

describe('inspectionMismatch: report card areas and safeguarding', () => {
  const card = (areas: Partial<Record<ReportCardArea, ReportCardGrade>>, safeguardingMet: boolean | null = true): Inspection => ({
    kind: 'report-card',
    areas,
    safeguardingMet,
    date: '2026-01-20',
    source: src,
  });
  it.each<[string, Inspection, StrandScores, 'effective' | 'not effective' | null, boolean, boolean, RegExp | null]>([
    ['leadership and governance strong, leadership 2 → worse', card({ leadershipGovernance: 2 }), { leadership: 2, governance: 3 }, 'effective', true, true, /leadership and governance was strong standard, but leadership is now 2/],
    ['leadership and governance expected standard, both 3 → agree', card({ leadershipGovernance: 3 }), { leadership: 3, governance: 3 }, 'effective', false, false, null],
    ['leadership and governance needs attention, governance 4 → better', card({ leadershipGovernance: 4 }), { leadership: 2, governance: 4 }, 'effective', true, false, /needs attention, but governance is now 4/],
    ['urgent improvement in achievement, outcomes 1 → agree', card({ achievement: 5 }), { outcomes: 1 }, 'effective', false, false, null],
    ['curriculum and teaching exceptional, teaching 2 → worse', card({ curriculumTeaching: 1 }), { teaching: 2 }, 'effective', true, true, /curriculum and teaching was exceptional/],
    ['attendance and behaviour expected, behaviour 1 → worse', card({ attendanceBehaviour: 3 }), { behaviour: 1, attendance: 3 }, 'effective', true, true, /behaviour is now 1/],
    ['inclusion has no matching strand', card({ inclusion: 5 }), { leadership: 4 }, 'effective', false, false, null],
    ['safeguarding met, now not effective → worse', card({}, true), {}, 'not effective', true, true, /safeguarding was met, but it is now judged not effective/],
    ['safeguarding not met, now effective → better', card({}, false), {}, 'effective', true, false, /safeguarding was not met, but it is now judged effective/],
    ['safeguarding not met, still not effective → agree', card({}, false), {}, 'not effective', false, false, null],
    ['safeguarding unknown on either side → nothing to compare', card({}, null), {}, 'not effective', false, false, null],
  ])('%s', (_, insp, strands, sg, mismatch, worse, reason) => {
    const out = inspectionMismatch('C', strands, sg, insp);
    expect(out.mismatch).toBe(mismatch);
    expect(out.evidenceWorse).toBe(worse);
    if (reason) expect(out.reason).toMatch(reason);
    else expect(out.reason).toBeNull();
  });

  it('works without a category (areas do not need one)', () => {
    expect(inspectionMismatch(null, { leadership: 1 }, 'effective', card({ leadershipGovernance: 2 })).mismatch).toBe(true);
  });
});

describe('inspectionMismatch: one sentence per area', () => {
  it('names every strand that disagrees with an area in one clause', () => {
    const insp: Inspection = { kind: 'legacy-subjudgements', judgements: { leadershipManagement: 2 }, date: null, source: src };
    expect(inspectionMismatch('D', { leadership: 2, governance: 1 }, 'effective', insp).reason).toBe(
      'Evidence disagrees with the last inspection: leadership and management was Good, but leadership is now 2 (Repair) and governance is now 1 (Stabilise).',
    );
  });
});

describe('inspectionMismatch: B reads as trusts say it', () => {
  it('"Good to Outstanding"', () => {
    expect(inspectionMismatch('B', {}, 'effective', legacy(3)).reason).toMatch(/category B matches Good to Outstanding, but the inspection grade was Requires improvement/);
  });
});

describe('inspectionMismatch: whether anything was compared (the Schools sheet leaves the cell blank when not)', () => {
  const card = (areas: Partial<Record<ReportCardArea, ReportCardGrade>>, safeguardingMet: boolean | null = null): Inspection => ({ kind: 'report-card', areas, safeguardingMet, date: '2026-01-20', source: src });
  it.each<[string, Category | null, StrandScores, Inspection | null, boolean]>([
    ['no inspection', 'C', { leadership: 3 }, null, false],
    ['legacy grade, no category', null, {}, legacy(2), false],
    ['legacy grade and a category', 'C', {}, legacy(2), true],
    ['report card area with its strand unknown', null, { finance: 3 }, card({ leadershipGovernance: 3 }), false],
    ['report card area with its strand known', null, { leadership: 3 }, card({ leadershipGovernance: 3 }), true],
    ['inclusion only (no matching strand)', null, { leadership: 3 }, card({ inclusion: 2 }), false],
    ['safeguarding met against a judgement', null, {}, card({}, true), true],
  ])('%s → compared %s', (_what, cat, strands, insp, compared) => {
    expect(inspectionMismatch(cat, strands, 'effective', insp).compared).toBe(compared);
  });
});
