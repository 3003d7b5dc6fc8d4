import { describe, expect, it } from 'vitest';
import { parseTracker } from '../../../core/tracker/index.js';
import { ELM, OAK, schoolsSheet, sheet } from './grids.js';

describe('parseTracker: data columns', () => {
  it('reads percent columns written as fractions (Excel % format) as 0–100', () => {
    const s = schoolsSheet([['Oak', 0.125, 0.05, -0.01, 0.2, 210], ['Elm', 0.2, 0.07, 0.015, 0.1, '1,050']], ['School', 'PA %', 'Reserves %', 'In-year balance %', 'Teacher turnover %', 'NOR']);
    const { tracker, issues } = parseTracker([s]);
    expect(issues).toEqual([]);
    expect(tracker.schools.map((x) => x.data)).toEqual([
      { persistentAbsencePct: 12.5, reservesPct: 5, inYearBalancePct: -1, teacherTurnoverPct: 20, pupils: 210 },
      { persistentAbsencePct: 20, reservesPct: 7, inYearBalancePct: 1.5, teacherTurnoverPct: 10, pupils: 1050 },
    ]);
  });

  it('keeps a lone value below 1 in a whole-percent column as written, with a warning on its cell', () => {
    const s = schoolsSheet([['Oak', 12], ['Elm', 0.18], ['Ash', '16%']], ['School', 'Persistent absence %']);
    const { tracker, issues } = parseTracker([s]);
    expect(tracker.schools[1]?.data.persistentAbsencePct).toBe(0.18);
    expect(issues).toEqual([expect.objectContaining({ cell: 'B3', severity: 'warning' })]);
    expect(issues[0]?.message).toContain('18');
  });

  it('reports text that is not a percentage, and a non-whole pupil count', () => {
    const s = schoolsSheet([['Oak', 'lots', 200.5]], ['School', 'PA %', 'Pupils']);
    const { tracker, issues } = parseTracker([s]);
    expect(tracker.schools[0]?.data).toEqual({});
    expect(issues.map((i) => i.cell)).toEqual(['B2', 'C2']);
  });
});

describe('parseTracker: dates, overrides and flags', () => {
  it('reports an impossible inspection date on its cell and keeps the grade', () => {
    const { tracker, issues } = parseTracker([schoolsSheet([['Oak', 100001, 'Primary', 3, 3, 3, 3, 3, 3, 3, 3, 'Effective', 'Good', '31/02/2020']])]);
    expect(tracker.schools[0]?.inspection).toMatchObject({ kind: 'legacy-grade', grade: 2, date: null });
    expect(issues).toEqual([expect.objectContaining({ cell: 'N2', severity: 'error' })]);
  });

  it('reports serial 60 as the 29 February 1900 that never was', () => {
    const { issues } = parseTracker([schoolsSheet([['Oak', 100001, 'Primary', 3, 3, 3, 3, 3, 3, 3, 3, 'Effective', 'Good', 60]])]);
    expect(issues[0]).toMatchObject({ cell: 'N2' });
    expect(issues[0]?.message).toMatch(/29 February 1900/);
  });

  it('reads the agreed category with who, when and why, and groups underperforming', () => {
    const header = ['School', 'Agreed category', 'Agreed by', 'Agreed on', 'Agreed reason', 'Groups underperforming'];
    const { tracker, issues } = parseTracker([schoolsSheet([['Oak', 'b', 'Board', '05/07/2025', 'New head', 'Y'], ['Elm', 'F', null, null, null, 'N'], ['Ash', null, 'CEO', null, null, null]], header)]);
    expect(tracker.schools[0]).toMatchObject({ override: { category: 'B', agreedBy: 'Board', agreedOn: '2025-07-05', why: 'New head' }, groupsUnderperforming: true });
    expect(tracker.schools[1]?.override).toBeNull();
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([['B3', 'error'], ['C4', 'warning']]);
  });

  it('reads a report-card inspection from the schools sheet on its own scale', () => {
    const header = ['School', 'Last inspection', 'Last inspection date'];
    const row = ['Oak', 'Inclusion: Expected standard; Achievement: Urgent improvement; Safeguarding: Not met', 46000];
    const { tracker, issues } = parseTracker([schoolsSheet([row], header)]);
    expect(issues).toEqual([]);
    expect(tracker.schools[0]?.inspection).toMatchObject({ kind: 'report-card', areas: { inclusion: 3, achievement: 5 }, safeguardingMet: false, date: '2025-12-09' });
  });

  it('reports an unknown inspection word on the inspection cell', () => {
    const { issues } = parseTracker([schoolsSheet([['Oak', 'Splendid']], ['School', 'Ofsted'])]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'B2', severity: 'error' })]);
  });
});

describe('parseTracker: several sheets', () => {
  it('merges a second schools sheet into the first, keeping the first on a clash', () => {
    const reviews = sheet('Reviews', [['URN', 'School', 'Finance', 'Leadership'], [100001, 'Oak Primary', 4, 1]]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM]), reviews]);
    expect(tracker.schools).toHaveLength(2);
    expect(tracker.schools[0]?.strands).toMatchObject({ leadership: 3, finance: 3 });
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Reviews', cell: 'B2', severity: 'warning' })]);
    const fill = sheet('Money', [['URN', 'School', 'Reserves %'], [100002, 'Elm Academy', 6]]);
    expect(parseTracker([schoolsSheet([OAK, ELM]), fill]).tracker.schools[1]?.data.reservesPct).toBe(6);
  });

  it('takes schools from performance sheets when there is no schools sheet, with one warning', () => {
    const wide = sheet('Progress 8', [['URN', 'School', '2018', '2019'], [100001, 'Oak', 0.1, 0.2], [100002, 'Elm', -0.3, 0.5]]);
    const { tracker, issues } = parseTracker([wide]);
    expect(tracker.schools.map((s) => [s.key, s.school])).toEqual([['100001', 'Oak'], ['100002', 'Elm']]);
    expect(tracker.performance).toHaveLength(4);
    expect(tracker.performance.points().map((p) => p.value)).toEqual([0.1, 0.2, -0.3, 0.5]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Progress 8' })]);
  });

  it('reads units in the long form and reports the same value twice', () => {
    const perf = sheet('P', [
      ['School', 'Measure', 'Year', 'Value', 'Subject'],
      ['Elm Academy', 'Progress 8', 2019, 0.2, 'Maths'],
      ['Elm Academy', 'Progress 8', 2019, 0.4, 'Science'],
      ['Elm Academy', 'Progress 8', '2018/19', 0.5, 'Maths'],
    ]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM]), perf]);
    expect(tracker.performance.points().map((p) => [p.unit, p.value])).toEqual([['Maths', 0.2], ['Science', 0.4]]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'D4', severity: 'error' })]);
  });

  it('reads fraction values of a percent measure as percentages but leaves Progress 8 alone', () => {
    const perf = sheet('P', [
      ['URN', 'Measure', 'Year', 'Value'],
      [100001, 'KS2 RWM EXS %', 2018, 0.65],
      [100001, 'KS2 RWM EXS %', 2019, 0.7],
      [100002, 'Progress 8', 2019, 0.25],
    ]);
    const { tracker } = parseTracker([schoolsSheet([OAK, ELM]), perf]);
    expect(tracker.performance.points().map((p) => p.value)).toEqual([65, 70, 0.25]);
  });

  it('shares one display name per measure across sheets', () => {
    const perf = sheet('P', [['URN', 'Measure', 'Year', 'Value'], [100001, 'ks2 rwm exs%', 2019, 70]]);
    const bench = sheet('B', [['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15%'], ['KS2 RWM EXS %', 2019, 45, 55, 65, 80]]);
    const { tracker } = parseTracker([schoolsSheet([OAK]), perf, bench]);
    expect(tracker.performance.points()[0]?.measure).toBe('ks2 rwm exs%');
    expect(tracker.benchmarks[0]?.measure).toBe('ks2 rwm exs%');
  });

  it('reads national persistent absence by phase and year', () => {
    const pa = sheet('National', [['Phase of education', 'Year', 'National PA %'], ['Primary', '2023/24', 14.7], ['Secondary', '2023/24', '25.6%'], ['Primary', 2024, 15]]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK]), pa]);
    expect(tracker.nationalPA).toEqual([{ phase: 'primary', year: 2024, value: 14.7 }, { phase: 'secondary', year: 2024, value: 25.6 }]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'A4' })]);
  });

  it('reports a performance row whose school name matches two schools', () => {
    const twins = schoolsSheet([["St Mary's", 100010], ["St Mary's", 100011]], ['School', 'URN']);
    const perf = sheet('P', [['School', 'Measure', 'Year', 'Value'], ["St Mary's", 'Progress 8', 2019, 0.1]]);
    const { tracker, issues } = parseTracker([twins, perf]);
    expect(tracker.schools).toHaveLength(2);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'P', cell: 'A2', severity: 'error' })]);
  });
});

describe('parseTracker: a school repeated on a wide sheet', () => {
  it('raises one issue for the row, not one per year', () => {
    const wide = sheet('P8', [['URN', '2018', '2019', '2020'], [100002, 0.1, 0.2, 0.3], [100002, 0.4, 0.5, 0.6]]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM]), wide]);
    expect(tracker.performance.points().map((p) => p.value)).toEqual([0.1, 0.2, 0.3]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'P8', cell: 'A3', severity: 'error' })]);
  });
});

describe('parseTracker: issue order', () => {
  it('lists issues down each sheet in workbook order, whatever order they were found in', () => {
    const s = schoolsSheet([['Oak', 100001, 'Primary', 'bad'], ['Total'], ['Elm', 100002, 'Nowhere', 9]]);
    const perf = sheet('P', [['URN', 'Measure', 'Year', 'Value'], [100099, 'P8', 2019, 1]]);
    const { issues } = parseTracker([perf, s]);
    expect(issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['P!A2', 'Schools!D2', 'Schools!A3', 'Schools!C4', 'Schools!D4']);
  });
});

describe('parseTracker: a school missing from the schools sheet', () => {
  it('is reported once per sheet, on its first row, however many rows it has', () => {
    const perf = sheet('P', [
      ['URN', 'Measure', 'Year', 'Value'],
      [100099, 'KS2 RWM EXS %', 2018, 60],
      [100099, 'KS2 RWM EXS %', 2019, 62],
      [100001, 'KS2 RWM EXS %', 2019, 70],
      [100099, 'KS2 RWM GDS %', 2019, 10],
    ]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM]), perf]);
    expect(tracker.performance).toHaveLength(1);
    expect(issues.map((i) => i.cell)).toEqual(['A2']);
  });
});

describe('parseTracker: strands and results by year on one sheet', () => {
  it('reads the sheet as both a schools table and a wide performance table', () => {
    const combined = sheet('Tracker', [
      [null, null, 'Strands', null, 'KS2 RWM EXS %', null, null],
      ['School', 'URN', 'Leadership', 'Finance', '2017/18', '2018/19', '2021/22'],
      ['Oak Primary', 100001, 3, 'Repair', 61, 64, 70],
      ['Total', null, null, null, 60, 62, 68],
    ]);
    const { tracker, issues } = parseTracker([combined]);
    expect(tracker.recognised.map((r) => [r.role, r.measure])).toEqual([['performance-wide', 'KS2 RWM EXS %'], ['schools', undefined]]);
    expect(tracker.schools[0]?.strands).toEqual({ leadership: 3, finance: 2 });
    expect(tracker.performance.points().map((p) => [p.measure, p.year, p.value])).toEqual([
      ['KS2 RWM EXS %', 2018, 61], ['KS2 RWM EXS %', 2019, 64], ['KS2 RWM EXS %', 2022, 70],
    ]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'A4', severity: 'warning' })]);
  });
});

describe('parseTracker: a school merged down over its subjects', () => {
  it('carries the school to unit rows whose school cell is blank, in both forms', () => {
    const wide = sheet('Subjects', [
      ['Progress 8 by subject'],
      ['School', 'Subject', '2018', '2019'],
      ['Elm Academy', 'Maths', 0.1, 0.2],
      [null, 'English', -0.1, 0],
      ['Oak Primary', 'Reading', 1, 2],
    ]);
    const long = sheet('Long', [['School', 'Measure', 'Year', 'Value', 'Subject'], ['Elm Academy', 'P8', 2019, 0.3, 'Science'], [null, 'P8', 2019, 0.4, 'History'], [null, 'P8', 2019, 0.5, null]]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM]), wide, long]);
    expect(tracker.performance.points().map((p) => [p.key, p.unit, p.year, p.value])).toEqual([
      ['100002', 'Maths', 2018, 0.1], ['100002', 'Maths', 2019, 0.2], ['100002', 'English', 2018, -0.1], ['100002', 'English', 2019, 0],
      ['100001', 'Reading', 2018, 1], ['100001', 'Reading', 2019, 2], ['100002', 'Science', 2019, 0.3], ['100002', 'History', 2019, 0.4],
    ]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Long', cell: 'A4', severity: 'error' })]);
  });
});
