import { describe, expect, it } from 'vitest';
import { categoriseTracker } from '../../../core/categorise/index.js';
import { categoriseSheets } from '../../../core/run/categorise.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import type { Settings } from '../../../core/settings/types.js';
import { PerformanceValues } from '../../../core/tracker/performance-values.js';
import type { Inspection, SchoolRecord, Tracker } from '../../../core/tracker/types.js';
import { record } from './fixtures.js';

// Issue 12: inclusion and personal development as optional strands, off by default, set against
// the 2025 report card's areas of the same names when the trust keeps them (decision 0214).
type OnOff = 'yes' | 'no';
const settings = (inclusion: OnOff, personalDevelopment: OnOff): Settings => ({ ...DEFAULT_SETTINGS, optionalStrands: { inclusion, personalDevelopment } });
const eight = { leadership: 4, governance: 4, staffing: 4, attendance: 4, finance: 3, outcomes: 3, teaching: 3, behaviour: 3 } as const;
const card = (areas: Extract<Inspection, { kind: 'report-card' }>['areas']): Inspection => ({ kind: 'report-card', areas, safeguardingMet: true, date: '2025-12-01', source: { sheet: 'Schools', cell: 'K2' } });

function judge(school: SchoolRecord, s: Settings) {
  const tracker: Tracker = { schools: [school], performance: PerformanceValues.of([]), benchmarks: [], nationalPA: [], recognised: [] };
  return categoriseTracker(tracker, s, { asOf: '2026-03-31' });
}

describe('optional strands in the phase and category', () => {
  it.each<[string, OnOff, OnOff, Partial<SchoolRecord['strands']>, string, string | null, string]>([
    // name, inclusion on, PD on, optional scores, phase, category, first reason
    ['off: the eight alone, 4 of 8 at 4 is B', 'no', 'no', { inclusion: 3, personalDevelopment: 3 }, 'Improve', 'B', 'Phase Improve: median of 8 known strands is 3 (Improve).'],
    ['inclusion on at 3: 4 of 9 at 4 is C', 'yes', 'no', { inclusion: 3, personalDevelopment: 3 }, 'Improve', 'C', 'Phase Improve: median of 9 known strands is 3 (Improve).'],
    ['both on at 4: 6 of 10 at 4, median 4 is Sustain', 'yes', 'yes', { inclusion: 4, personalDevelopment: 4 }, 'Sustain', 'A', 'Phase Sustain: median of 10 known strands is 4 (Sustain).'],
    ['on but not scored: not known, the eight decide', 'yes', 'yes', {}, 'Improve', 'B', 'Phase Improve: median of 8 known strands is 3 (Improve).'],
  ])('%s', (_name, inc, pd, optional, phase, category, reason) => {
    const out = judge(record({ strands: { ...eight, ...optional } }), settings(inc, pd));
    expect(out.schools[0]).toMatchObject({ phase, category });
    expect(out.schools[0]?.reasons[0]).toBe(reason);
  });

  it('a strand that is on but unscored is listed as not known', () => {
    const out = judge(record({ strands: { ...eight } }), settings('yes', 'no'));
    expect(out.schools[0]?.reasons).toContain('Not known: inclusion.');
    expect(out.schools[0]?.strands).toHaveProperty('inclusion', null);
    expect(out.schools[0]?.strands).not.toHaveProperty('personalDevelopment');
  });
});

describe('optional strands against the 2025 report card', () => {
  it.each<[string, OnOff, OnOff, Partial<SchoolRecord['strands']>, Extract<Inspection, { kind: 'report-card' }>['areas'], boolean | null, string | null]>([
    // name, inclusion on, PD on, optional scores, report card areas, mismatch (null: nothing compared), reason part
    ['inclusion off: an inclusion area is not compared', 'no', 'no', { inclusion: 1 }, { inclusion: 2 }, null, null],
    ['inclusion on, strong standard vs 1: mismatch, evidence worse', 'yes', 'no', { inclusion: 1 }, { inclusion: 2 }, true, 'inclusion was strong standard, but inclusion is now 1 (Stabilise)'],
    ['inclusion on, expected standard vs 3: agree', 'yes', 'no', { inclusion: 3 }, { inclusion: 3 }, false, null],
    ['inclusion on, needs attention vs 4: mismatch', 'yes', 'no', { inclusion: 4 }, { inclusion: 4 }, true, 'inclusion was needs attention, but inclusion is now 4 (Sustain)'],
    ['PD on, urgent improvement vs 3: mismatch', 'no', 'yes', { personalDevelopment: 3 }, { personalDevelopment: 5 }, true, 'personal development and wellbeing was urgent improvement, but personal development is now 3 (Improve)'],
    ['PD off: the PD area is not compared', 'yes', 'no', { personalDevelopment: 1 }, { personalDevelopment: 2 }, null, null],
    ['on but unscored: not compared', 'yes', 'yes', {}, { inclusion: 2, personalDevelopment: 2 }, null, null],
  ])('%s', (_name, inc, pd, optional, areas, mismatch, part) => {
    // The eight strands are left unknown (and safeguarding unrecorded) so only the optional strands can be compared.
    const school = record({ strands: optional, safeguarding: null, inspection: card(areas) });
    const s = judge(school, settings(inc, pd)).schools[0];
    expect(s?.inspectionCompared).toBe(mismatch !== null);
    expect(s?.inspectionMismatch).toBe(mismatch === true);
    const said = s?.reasons.find((r) => r.startsWith('Evidence disagrees'));
    if (part) expect(said).toContain(part);
    else expect(said).toBeUndefined();
  });
});

describe('optional strands in a workbook (plain grids, as every host reads them)', () => {
  const schools = {
    name: 'Schools',
    grid: [
      ['School', 'URN', 'Leadership', 'Governance', 'Staffing', 'Attendance', 'Finance', 'Outcomes', 'Teaching & CPD', 'Behaviour', 'Inclusion', 'Personal development and wellbeing'],
      ['Oak Primary', 100001, 4, 4, 4, 4, 3, 3, 3, 3, 'Repair', 3],
      ['Elm Primary', 100002, 3, 3, 3, 3, 3, 3, 3, 3, null, 4],
    ],
  };
  const headers = (out: ReturnType<typeof categoriseSheets>) => (out.sheets.find((s) => s.name === 'Pathway Schools')?.rows ?? []).find((r) => r[0] === 'School');

  it('off (the default): the columns are read but not used, and one warning per strand names the setting', () => {
    const out = categoriseSheets([schools], { asOf: '2026-03-31' });
    expect(out.schools[0]).toMatchObject({ category: 'B' });
    expect(headers(out)).not.toContain('Inclusion');
    const warned = out.issues.filter((i) => /strand is off/.test(i.message));
    expect(warned.map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      ['Schools', 'A2', 'warning'],
      ['Schools', 'A2', 'warning'],
    ]);
    expect(warned[0]?.message).toBe('1 school has a score in the Inclusion column (first Oak Primary), but the inclusion strand is off, so it is not used. Set "Strand: inclusion" to yes to count it in the phase and category and set it against the report card.');
    expect(warned[1]?.message).toContain('2 schools have a score in the Personal development column');
  });

  it('on in Pathway Settings: the strands count, show as columns after the eight, and raise no warning', () => {
    const set = { name: 'Pathway Settings', grid: [['Setting', 'Value'], ['Strand: inclusion', 'yes'], ['Strand: personal development', 'Yes']] };
    const out = categoriseSheets([schools, set], { asOf: '2026-03-31' });
    expect(out.issues.filter((i) => /strand is off/.test(i.message))).toEqual([]);
    // Oak: 4 of 10 at 4 (inclusion 2, PD 3), so C, not B.
    expect(out.schools[0]).toMatchObject({ category: 'C', strands: { inclusion: 2, personalDevelopment: 3 } });
    const h = headers(out) ?? [];
    expect(h.slice(h.indexOf('Behaviour'), h.indexOf('Behaviour') + 3)).toEqual(['Behaviour', 'Inclusion', 'Personal development']);
  });
});

describe('an Inclusion column that is not a strand', () => {
  it('holds notes: one warning for the column at its first such cell, not an error a row', () => {
    const sheet = {
      name: 'Schools',
      grid: [
        ['School', 'URN', 'Leadership', 'Inclusion'],
        ['Oak Primary', 100001, 3, 'SENCO: Mrs Patel'],
        ['Elm Primary', 100002, 3, 'Resource base'],
        ['Ash Primary', 100003, 3, 2],
      ],
    };
    const out = categoriseSheets([sheet], { asOf: '2026-03-31' });
    const about = out.issues.filter((i) => /inclusion/i.test(i.message));
    expect(about.map((i) => [i.cell, i.severity])).toEqual([
      ['D2', 'warning'],
      ['A4', 'warning'],
    ]);
    expect(about[0]?.message).toContain('holds "SENCO: Mrs Patel", which is not a score');
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
