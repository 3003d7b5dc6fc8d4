import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../core/grid/types.js';
import { parseTracker } from '../../../core/tracker/index.js';
import { ELM, OAK, schoolsSheet, sheet } from './grids.js';

const issueAt = (issues: Issue[], s: string, cell: string) =>
  issues.filter((i) => i.sheet === s && i.cell === cell);

describe('parseTracker: schools', () => {
  it('reads a plain schools sheet into typed records', () => {
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM])]);
    expect(issues).toEqual([]);
    expect(tracker.schools.map((s) => s.key)).toEqual(['100001', '100002']);
    const oak = tracker.schools[0];
    expect(oak?.strands).toMatchObject({ leadership: 3, attendance: 2, teaching: 3 });
    expect(oak?.educationPhase).toBe('primary');
    expect(oak?.inspection).toMatchObject({ kind: 'legacy-grade', grade: 2, date: '2019-03-12' });
    expect(oak?.source).toEqual({ sheet: 'Schools', cell: 'A2' });
    expect(tracker.recognised[0]).toMatchObject({ sheet: 'Schools', role: 'schools', headerRow: 0 });
  });

  it('finds a header under a title and a merged "Strands" group row', () => {
    const grid = [
      ['Trust improvement tracker', null, null],
      [null, null, null, 'Strands', null],
      ['School name', 'URN', 'Sector', 'L&M', 'LGB'],
      ['Oak Primary', 100001, 'Infant', 'Sustain', 'stabilize'],
    ];
    const { tracker, issues } = parseTracker([sheet('Anything', grid)]);
    expect(issues).toEqual([]);
    expect(tracker.recognised[0]?.headerRow).toBe(2);
    expect(tracker.schools[0]).toMatchObject({ educationPhase: 'primary', strands: { leadership: 4, governance: 1 } });
  });

  it('joins a header split over two rows ("Last inspection" above "date")', () => {
    const grid = [
      ['School', 'URN', 'Last inspection', 'Last inspection'],
      [null, null, 'outcome', 'date'],
      ['Oak Primary', 100001, 'Outstanding', '01/04/2018'],
    ];
    const { tracker, issues } = parseTracker([sheet('S', grid)]);
    expect(issues).toEqual([]);
    expect(tracker.schools[0]?.inspection).toMatchObject({ kind: 'legacy-grade', grade: 1, date: '2018-04-01' });
  });

  it('skips blank rows silently and totals rows with a warning', () => {
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, [], [null, null], ELM, ['Trust average', null, null, 2.5]])]);
    expect(tracker.schools).toHaveLength(2);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Schools', cell: 'A6', severity: 'warning' });
  });

  it('keeps the first of two rows with the same URN and reports the second', () => {
    const { tracker, issues } = parseTracker([schoolsSheet([OAK, ELM, ['Oak Primary School', 100001, 'Primary', 1]])]);
    expect(tracker.schools).toHaveLength(2);
    expect(tracker.schools[0]?.strands.leadership).toBe(3);
    expect(issueAt(issues, 'Schools', 'A4')[0]?.severity).toBe('error');
  });

  it('treats the same name without a URN as a duplicate', () => {
    const header = ['School', 'Leadership'];
    const { tracker, issues } = parseTracker([schoolsSheet([['Oak Primary', 3], ['oak  primary', 2]], header)]);
    expect(tracker.schools).toHaveLength(1);
    expect(issueAt(issues, 'Schools', 'A3')).toHaveLength(1);
  });

  it('reports an unknown strand word on its cell and leaves the strand unknown', () => {
    const { tracker, issues } = parseTracker([schoolsSheet([['Oak Primary', 100001, 'Primary', 'Brilliant']])]);
    expect(tracker.schools[0]?.strands.leadership).toBeNull();
    expect(issueAt(issues, 'Schools', 'D2')[0]).toMatchObject({ severity: 'error' });
    expect(issueAt(issues, 'Schools', 'D2')[0]?.message).toContain('Brilliant');
  });

  it('names the sheet and header row when a required column is missing', () => {
    const bench = sheet('Benchmarks', [['Measure', 'Year', 'Floor', 'Coasting', 'National'], ['Progress 8', 2019, -0.5, -0.25, 0]]);
    const { tracker, issues } = parseTracker([schoolsSheet([OAK]), bench]);
    expect(tracker.recognised.map((r) => r.sheet)).toEqual(['Schools']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Benchmarks', cell: 'A1', severity: 'error' });
    expect(issues[0]?.message).toMatch(/row 1.*Top 15%/);
  });
});

describe('parseTracker: performance and benchmarks', () => {
  const schools = schoolsSheet([OAK, ELM]);

  it('reads the long form with "85%", "n/a" and an unknown school', () => {
    const perf = sheet('Results', [
      ['URN', 'School', 'Measure', 'Year', 'Value', 'Subject'],
      [100001, 'Oak Primary', 'KS2 RWM EXS %', '2018/19', '85%', null],
      [100001, 'Oak Primary', 'KS2 RWM EXS %', '2019-20', 'n/a', null],
      [null, 'Elm Academy', 'Progress 8', 2019, -0.31, 'Maths'],
      [999999, 'Nowhere School', 'Progress 8', 2019, 0.1, null],
    ]);
    const { tracker, issues } = parseTracker([schools, perf]);
    expect(tracker.performance.points().map((p) => [p.key, p.year, p.value, p.unit])).toEqual([
      ['100001', 2019, 85, null],
      ['100002', 2019, -0.31, 'Maths'],
    ]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Results', cell: 'A5', severity: 'error' })]);
  });

  it('reads the wide form, taking the measure from the title above the header', () => {
    const wide = sheet('Sheet7', [
      ['KS2 RWM EXS %'],
      ['School', 'URN', '2016', '2017/18', '2018-19', '2021/2022'],
      ['Oak Primary', 100001, 61, 'SUPP', ' 70 % ', 72],
    ]);
    const { tracker, issues } = parseTracker([schools, wide]);
    expect(issues).toEqual([]);
    expect(tracker.performance.points().map((p) => [p.measure, p.year, p.value])).toEqual([
      ['KS2 RWM EXS %', 2016, 61],
      ['KS2 RWM EXS %', 2019, 70],
      ['KS2 RWM EXS %', 2022, 72],
    ]);
    expect(tracker.recognised[1]).toMatchObject({ role: 'performance-wide', measure: 'KS2 RWM EXS %', headerRow: 1 });
  });

  it('reports two columns for the same year on the second header cell', () => {
    const wide = sheet('Progress 8', [['School', '2018/19', '2019', '2020-21'], ['Elm Academy', 0.1, 0.2, 0.3]]);
    const { tracker, issues } = parseTracker([schools, wide]);
    expect(tracker.performance.points().map((p) => p.value)).toEqual([0.1, 0.3]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Progress 8', cell: 'C1' })]);
  });

  it('uses monotone benchmarks in either direction and rejects thresholds out of order', () => {
    const bench = sheet('B', [
      ['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15 %'],
      ['KS2 RWM EXS %', 2019, 45, 55, 65, 80],
      ['Persistent absence %', '2018/19', 25, 18, 13, 8],
      ['Progress 8', 2019, -0.5, 0.1, 0, 0.5],
      ['ks2 rwm exs%', 2019, 40, 50, 60, 70],
    ]);
    const { tracker, issues } = parseTracker([schools, bench]);
    expect(tracker.benchmarks.map((b) => [b.measure, b.year])).toEqual([
      ['KS2 RWM EXS %', 2019],
      ['Persistent absence %', 2019],
    ]);
    expect(issues.map((i) => i.cell)).toEqual(['C4', 'A5']);
  });
});
