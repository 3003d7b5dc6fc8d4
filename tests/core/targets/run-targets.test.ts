import { describe, expect, it } from 'vitest';
import { targetsSheets, academicYearOf } from '../../../core/targets/run-targets.js';
import { schoolKey } from '../../../core/targets/school-key.js';
import { ALL } from './fixtures.js';

const out = targetsSheets(ALL, { asOf: '2026-01-15' });

describe('targetsSheets on a small trust', () => {
  it('recognises each input sheet by its headers', () => {
    expect(out.recognised).toEqual([
      { sheet: 'Benchmarks', role: 'benchmarks' },
      { sheet: 'Baselines', role: 'baselines' },
      { sheet: 'Data drops', role: 'drops' },
      { sheet: 'Pupils Oakfield', role: 'pupils' },
      { sheet: 'Pupils Elm', role: 'pupils' },
    ]);
    expect(out.issues).toEqual([]);
  });

  it('sets each target by the measure method, floored at the baseline', () => {
    const t = Object.fromEntries(out.targets.map((x) => [`${x.school}|${x.measure.name}`, x.target.value]));
    expect(t).toEqual({
      'Oakfield Primary|KS2 RWM EXS %': 70,
      'Elm Park Primary|KS2 RWM EXS %': 71,
      'Oakfield Primary|Persistent absence %': 17.5,
      'Riverside Academy|Attainment 8': 50.2,
    });
  });

  it('judges each drop against the milestone of its period', () => {
    const p = Object.fromEntries(out.progress.map((x) => [`${x.school}|${x.measure}`, [x.milestone.label, x.milestone.value, x.status]]));
    // Oakfield 58 → 70 over 6 half-terms: Autumn 2 = 62; 60 is exactly −2 → on track.
    expect(p['Oakfield Primary|KS2 RWM EXS %']).toEqual(['Autumn 2', 62, 'on track']);
    // Elm 71 → 71 flat: 65 is 6 below → well below.
    expect(p['Elm Park Primary|KS2 RWM EXS %']).toEqual(['Autumn 2', 71, 'well below']);
    // Absence 21.2 → 17.5 (lower is better): Autumn 2 = 20.0; 20.6 is 0.6 worse → on track.
    expect(p['Oakfield Primary|Persistent absence %']).toEqual(['Autumn 2', 20, 'on track']);
    // Riverside has no date: the drop's name places it. 41.3 → 50.2, Spring 1 (half way) = 45.8; 39.8 is 6 below → well below.
    expect(p['Riverside Academy|Attainment 8']).toEqual(['Spring 1', 45.8, 'well below']);
  });

  it('gives each school its share of targets well below, by URN', () => {
    expect(out.wellBelowShare).toEqual({ '100001': 0, '100002': 1, '100003': 1 });
  });

  it('weights trust figures by pupils, not a plain mean of schools', () => {
    const ks2 = out.trust.find((t) => t.measure === 'KS2 RWM EXS %');
    // (60×60 + 65×30) / 90 = 61.67; milestone (62×60 + 71×30) / 90 = 65.0 (a plain mean would give 62.5 and 66.5).
    expect(ks2).toMatchObject({ pupils: 90, actual: 61.7, milestone: 65, status: 'slightly below', schools: 2 });
  });

  it('sets pupil targets, cohort targets, ranks and class value added', () => {
    const targets = out.pupils.pupils.map((p) => [p.row.pupil, p.target, p.rank]);
    expect(targets).toEqual([
      ['A1', 102, 3],
      ['A2', 105, 1],
      ['A3', 100, 5],
      ['A4', 107, 3],
      ['B1', 103, 1],
      ['B2', 97, 5],
    ]);
    const trust = out.pupils.cohorts.find((c) => c.school === null);
    expect(trust).toMatchObject({ pupils: 6, meeting: 5, share: 83.3, threshold: 100 });
    const sixO = out.pupils.classes.find((c) => c.className === '6O');
    expect(sixO).toMatchObject({ pupils: 3, mean: 4.43 });
  });

  it('writes the four sheets with neutralised text and RAG colours', () => {
    expect(out.sheets.map((s) => s.name)).toEqual(['Pathway Targets', 'Pathway Progress', 'Pathway Pupils', 'Pathway Classes']);
    const progress = out.sheets[1];
    expect(progress?.conditional?.map((c) => c.equals)).toEqual(expect.arrayContaining(['Above', 'On track', 'Slightly below', 'Well below']));
    expect(progress?.print?.orientation).toBe('landscape');
    expect(out.sheets[0]?.validations?.[0]?.list).toEqual(['Yes', 'No']);
  });

  it('academic year turns in September', () => {
    expect(academicYearOf('2025-08-31')).toBe(2025);
    expect(academicYearOf('2025-09-01')).toBe(2026);
  });
});

describe('targetsSheets: the as-of date', () => {
  it('a drop dated after the as-of date is reported and not judged; a drop placed by its term name is judged', () => {
    const early = targetsSheets(ALL, { asOf: '2025-12-01' });
    expect(early.progress.map((p) => p.school)).toEqual(['Riverside Academy']);
    expect(early.issues.filter((i) => /after the as-of date 2025-12-01/.test(i.message)).map((i) => i.cell)).toEqual(['D2', 'D3', 'D4']);
  });
});

describe('targetsSheets: measure settings from the Pathway Settings sheet', () => {
  it('decimals set by the trust round the target', () => {
    const settings = { name: 'Pathway Settings', grid: [['Setting', 'Value'], ['Measure: Attainment 8 decimals', 0]] };
    const out = targetsSheets([...ALL, settings], { asOf: '2026-01-15' });
    expect(out.targets.find((t) => t.measure.name === 'Attainment 8')?.target.value).toBe(50);
  });
});

describe('targetsSheets: units inside a school', () => {
  it('a subject keeps its own target and drops, and stays out of the trust rows', () => {
    const baselines = { name: 'Baselines', grid: [['School', 'URN', 'Unit', 'Measure', 'Baseline', 'Pupils'], ['Oakfield Primary', 100001, null, 'KS2 RWM EXS %', 58, 60], ['Oakfield Primary', 100001, 'Maths', 'KS2 RWM EXS %', 66, 60]] };
    const drops = {
      name: 'Drops',
      grid: [
        ['School', 'URN', 'Unit', 'Measure', 'Date', 'Actual', 'Pupils'],
        ['Oakfield Primary', 100001, 'Maths', 'KS2 RWM EXS %', '2025-12-12', 60, 60],
        ['Oakfield Primary', 100001, null, 'KS2 RWM EXS %', '2025-12-12', 62, 60],
      ],
    };
    const out = targetsSheets([ALL[0]!, baselines, drops], { asOf: '2026-01-15' });
    expect(out.targets.map((t) => [t.unit, t.target.value])).toEqual([
      [null, 70],
      ['Maths', 70],
    ]);
    expect(out.progress.map((p) => [p.unit, p.status])).toEqual([
      ['Maths', 'well below'],
      [null, 'on track'],
    ]);
    expect(out.trust.map((t) => [t.pupils, t.actual])).toEqual([[60, 62]]);
    // Two targets, one well below: the school's share is a half.
    expect(out.wellBelowShare).toEqual({ '100001': 0.5 });
  });
});

describe('schoolKey matches the tracker key', () => {
  it.each([
    ['Oak', '100001', '100001'],
    ['Oak', 'URN: 100001', '100001'],
    ["St Mary's C of E", null, 'name:stmaryscofe'],
    ['Oak', '', 'name:oak'],
  ])('%s with URN %j → %s', (name, urn, key) => {
    expect(schoolKey(name, urn)).toBe(key);
  });
});

describe('targetsSheets: a target agreed by hand', () => {
  const withAgreed = (value: number | string) => ({
    name: 'Baselines',
    grid: [['School', 'URN', 'Measure', 'Baseline', 'Pupils', 'Agreed target'], ['Oakfield Primary', 100001, 'KS2 RWM EXS %', 58, 60, value]],
  });

  it('replaces the computed target, stages milestones to it and keeps the method in the basis', () => {
    const out = targetsSheets([ALL[0]!, withAgreed(66)], { asOf: '2026-01-15' });
    const t = out.targets[0];
    expect(t?.target).toMatchObject({ value: 66, agreed: true, basis: 'Agreed target 66.0; the percentile method gives 70.0' });
    expect(t?.milestones.at(-1)?.value).toBe(66);
    const row = out.sheets[0]?.rows[3];
    expect(row?.[3]).toBe('Agreed');
    expect(row?.at(-1)).toBe('Yes');
  });

  it('is still never worse than the baseline', () => {
    const out = targetsSheets([ALL[0]!, withAgreed(55)], { asOf: '2026-01-15' });
    expect(out.targets[0]?.target.value).toBe(58);
    expect(out.targets[0]?.target.basis).toMatch(/raised to the baseline 58/);
  });

  it('a bad agreed target is an issue on its cell and the computed target stands', () => {
    const out = targetsSheets([ALL[0]!, withAgreed('seventy')], { asOf: '2026-01-15' });
    expect(out.targets[0]?.target.value).toBe(70);
    expect(out.issues).toEqual([{ sheet: 'Baselines', cell: 'F2', severity: 'error', message: expect.stringMatching(/Agreed target: "seventy" is not a number; the computed target is used/) }]);
  });
});

describe('targetsSheets: estimates that do not reach the chosen percentile', () => {
  it('warns once per sheet that the nearest estimate was used', () => {
    const onlyP50 = { name: 'Pupils P50', grid: [['Pupil', 'Class', 'Measure', 'Estimate P50', 'Actual'], ['C1', '5A', 'KS2 Reading', 101.2, 104], ['C2', '5A', 'KS2 Reading', 99, 98]] };
    const out = targetsSheets([ALL[0]!, onlyP50], { asOf: '2026-01-15' });
    expect(out.pupils.pupils.map((p) => p.target)).toEqual([102, 99]);
    expect(out.issues).toEqual([{ sheet: 'Pupils P50', cell: '', severity: 'warning', message: expect.stringMatching(/no estimates around P80 \(they have P50\)/) }]);
  });
});
