import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../core/grid/types.js';
import { parseTracker, recogniseHeader } from '../../../core/tracker/index.js';
import { splitMeasureYear } from '../../../core/tracker/measure-year-header.js';
import { OAK, schoolsSheet } from './grids.js';

describe('splitMeasureYear: a measure, a separator, then a year in any form the reader accepts', () => {
  it.each([
    ['rwm_exp_pct_2016', 'rwm_exp_pct', 2016],
    ['KS2 RWM 2019', 'KS2 RWM', 2019],
    ['Progress 8 (2018/19)', 'Progress 8', 2019],
    ['att8 2024-25', 'att8', 2025],
    ['KS2 RWM EXS % 2018-2019', 'KS2 RWM EXS %', 2019],
    ['P8 - 18/19', 'P8', 2019],
    ['KS2 [2017/18]', 'KS2', 2018],
    ['Attainment 8: 2018 to 2019', 'Attainment 8', 2019],
    ['att8_201819', 'att8', 2019],
    ['em_grade5_pct_2024', 'em_grade5_pct', 2024],
    ['Year 6 2019', 'Year 6', 2019],
  ])('%s → %s, %i', (header, label, year) => {
    expect(splitMeasureYear(header)).toMatchObject({ label, year });
  });

  it.each([
    ['att82019', 'no separator before the year'],
    ['trust_2022_name', 'the year is not at the end'],
    ['n_years_rwm_exp_pct', 'no year'],
    ['8 2019', 'no letter in the measure'],
    ['2019', 'a year alone is a year column, not a measure'],
    ['KS2 2018/20', 'not an academic year: 20 does not follow 2018'],
    ['Pupils 1000', 'not a year between 1990 and 2100'],
    ['Ages 11-16', 'not a year'],
    ['KS2 19', 'a two-digit year alone'],
  ])('%s is not split (%s)', (header) => {
    expect(splitMeasureYear(header)).toBeNull();
  });

  it('gives one key to spellings that differ in case and punctuation', () => {
    expect(splitMeasureYear('KS2 RWM 2019')?.key).toBe(splitMeasureYear('ks2_rwm_2018')?.key);
  });
});

/** The measures and their years a header row is read as, or null when it is not a panel. */
function panelOf(header: Cell[]): [string, number[]][] | null {
  const match = recogniseHeader([header, header.map(() => 1)]);
  if (match?.role !== 'performance-wide' || match.missing.length > 0 || match.groups.length === 0) return null;
  return match.groups.map((g) => [g.measure, g.years.map((y) => y.year)]);
}

describe('panel headers: a School or URN column and a measure given for two or more years', () => {
  it.each<[string, Cell[], [string, number[]][] | null]>([
    ['the real KS2 panel', ['school_key', 'la', 'school_name', 'trust_2022_name', 'rwm_exp_pct_2016', 'rwm_exp_pct_2017', 'rwm_high_pct_2016', 'rwm_high_pct_2017', 'n_years_rwm_exp_pct'], [['rwm_exp_pct', [2016, 2017]], ['rwm_high_pct', [2016, 2017]]]],
    ['spaced names and academic years', ['School', 'KS2 RWM 2017/18', 'KS2 RWM 2018/19', 'Progress 8 (2017/18)', 'Progress 8 (2018/19)'], [['KS2 RWM', [2018, 2019]], ['Progress 8', [2018, 2019]]]],
    ['one spelling per measure, the first one named', ['URN', 'KS2 RWM 2018', 'ks2_rwm_2019'], [['KS2 RWM', [2018, 2019]]]],
    ['a measure with one year is left out', ['URN', 'att8 2023-24', 'att8 2024-25', 'cohort 2025'], [['att8', [2024, 2025]]]],
    ['school_type_2018_or_2022 is one column, not a series', ['school_key', 'school_type_2018_or_2022', 'p8_2018', 'p8_2019'], [['p8', [2018, 2019]]]],
    ['no measure with two years', ['URN', 'rwm_exp_pct_2016', 'p8_2017'], null],
    ['the same year twice is not a series', ['URN', 'KS2 2019', 'KS2 (2018/19)'], null],
    ['no School or URN column', ['la', 'rwm_exp_pct_2016', 'rwm_exp_pct_2017'], null],
    ['year columns of its own: a one-measure sheet, as before', ['URN', '2018', '2019', 'Target 2026', 'Target 2027'], null],
  ])('%s', (_name, header, want) => {
    expect(panelOf(header)).toEqual(want);
  });

  it('reads every measure of a panel with its own percent scale, and names the sheet\'s measures', () => {
    const grid: Grid = [
      ['URN', 'School', 'rwm_pct_2018', 'rwm_pct_2019', 'p8_2018', 'p8_2019'],
      [100001, 'Oak Primary', 0.6, 0.65, 0.4, 0.5],
    ];
    const { tracker, issues } = parseTracker([schoolsSheet([OAK]), { name: 'Panel', grid }]);
    expect(issues).toEqual([]);
    // rwm_pct is a percentage written as fractions; p8 is not a percentage, so 0.4 stays 0.4.
    expect(tracker.performance.points().map((p) => [p.measure, p.year, p.value])).toEqual([
      ['rwm_pct', 2018, 60], ['rwm_pct', 2019, 65], ['p8', 2018, 0.4], ['p8', 2019, 0.5],
    ]);
    expect(tracker.recognised[1]).toEqual({
      sheet: 'Panel', role: 'performance-wide', headerRow: 0, measure: 'rwm_pct, p8', measures: ['rwm_pct', 'p8'],
      columns: { urn: 0, school: 1, 'rwm_pct 2018': 2, 'rwm_pct 2019': 3, 'p8 2018': 4, 'p8 2019': 5 },
    });
  });

  it('reports a repeated school once for the row, not once per measure', () => {
    const grid: Grid = [['URN', 'a_2018', 'a_2019', 'b_2018', 'b_2019'], [100001, 1, 2, 3, 4], [100001, 1, 2, 3, 4]];
    const { tracker, issues } = parseTracker([schoolsSheet([OAK]), { name: 'Panel', grid }]);
    expect(tracker.performance).toHaveLength(4);
    expect(issues.map((i) => `${i.sheet}!${i.cell}:${i.severity}`)).toEqual(['Panel!A3:error']);
  });

  it('maps a panel column away with a Pathway Mapping row, keeping the measures that still have two years', () => {
    const grid: Grid = [['URN', 'School', 'a_2018', 'a_2019', 'b_2018', 'b_2019'], [100001, 'Oak Primary', 1, 2, 3, 4]];
    const mapping = [{ sheet: 'Panel', field: 'unit', column: 4 }];
    const { tracker } = parseTracker([schoolsSheet([OAK]), { name: 'Panel', grid }], mapping);
    expect(tracker.recognised[1]?.measures).toEqual(['a']);
    expect(tracker.performance.points().map((p) => [p.measure, p.unit, p.year])).toEqual([['a', '3', 2018], ['a', '3', 2019]]);
  });

  it('reads a 5,000-school panel into every point (5,000 × 3 measures × 6 years)', () => {
    const years = [2016, 2017, 2018, 2019, 2024, 2025];
    const header = ['school_key', 'school_name', ...['rwm', 'p8', 'att8'].flatMap((m) => years.map((y) => `${m}_${y}`))];
    const rows: Grid = Array.from({ length: 5000 }, (_, i) => [100000 + i, `School ${i}`, ...years.flatMap(() => [50, 0.1, 45])]);
    const { tracker } = parseTracker([{ name: 'Panel', grid: [header, ...rows] }]);
    expect(tracker.schools).toHaveLength(5000);
    expect(tracker.performance).toHaveLength(5000 * 3 * 6);
  });
});

describe('inspection history headers', () => {
  const roleOf = (header: Cell[]) => {
    const match = recogniseHeader([header]);
    return match && match.missing.length === 0 ? match.role : null;
  };

  it.each<[Cell[], string | null]>([
    [['school_key', 'urn', 'inspection_date', 'overall_effectiveness', 'source'], 'inspection-history'],
    [['URN', 'School name', 'Inspection date', 'Overall effectiveness'], 'inspection-history'],
    [['URN', 'Inspection start date', 'Outcome'], 'inspection-history'],
    [['School', 'Date of inspection', 'Overall judgement'], 'inspection-history'],
    // A schools list names its inspection "Last …" or keeps other columns: it stays a schools list.
    [['School', 'URN', 'Last inspection', 'Last inspection date'], 'schools'],
    [['School', 'URN', 'Inspection outcome', 'Inspection date'], 'schools'],
    [['School', 'URN', 'Phase of education', 'Leadership', 'Inspection date', 'Overall effectiveness'], 'schools'],
    [['URN', 'Inspection date'], null],
  ])('%j → %s', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });
});

describe('inspection history: the inspection before the last one (for "stuck", issue 12)', () => {
  const history = (rows: Cell[][]) => ({ name: 'ofsted', grid: [['URN', 'School name', 'Inspection date', 'Overall effectiveness'], ...rows] as Grid });
  const schools = { name: 'Schools', grid: [['School', 'URN'], ['Oak Primary', '100001']] as Grid };
  it.each<[string, Cell[][], number | null, number | null]>([
    ['two rows, out of order', [['100001', 'Oak Primary', '2022-03-01', 3], ['100001', 'Oak Primary', '2018-05-01', 3]], 3, 3],
    ['one row', [['100001', 'Oak Primary', '2022-03-01', 2]], 2, null],
    ['three rows: the one just before the last', [['100001', 'Oak Primary', '2014-01-01', 4], ['100001', 'Oak Primary', '2018-05-01', 2], ['100001', 'Oak Primary', '2022-03-01', 3]], 3, 2],
  ])('%s → last grade %s, previous grade %s', (_what, rows, last, previous) => {
    const oak = parseTracker([schools, history(rows)]).tracker.schools[0];
    const grade = (i: unknown) => (i && typeof i === 'object' && 'grade' in i ? (i as { grade: number }).grade : null);
    expect(grade(oak?.inspection)).toBe(last);
    expect(grade(oak?.previousInspection ?? null)).toBe(previous);
  });
});
