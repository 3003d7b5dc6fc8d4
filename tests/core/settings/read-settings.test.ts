import { describe, expect, it } from 'vitest';
import type { Cell, SheetGrid } from '../../../core/grid/types.js';
import { DEFAULT_SETTINGS, readSettings, SETTING_DEFS, settingsSheetRows } from '../../../core/settings/index.js';
import { getPath } from '../../../core/settings/paths.js';

const settingsSheet = (rows: Cell[][], name = 'Pathway Settings'): SheetGrid => ({ name, grid: [['Setting', 'Value'], ...rows] });

describe('readSettings', () => {
  it('gives the defaults, and no issue, for a workbook with no settings sheet', () => {
    const read = readSettings([{ name: 'Schools', grid: [['School'], ['Oak']] }]);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.issues).toEqual([]);
    expect(read.rows.every((r) => r.source === 'default')).toBe(true);
    expect(read.rows.find((r) => r.path === 'risk.trajectory.A')?.value).toBe(0);
    expect(read.rows.find((r) => r.path === 'headlineMeasure.special')?.value).toBeNull();
  });

  it.each([
    ['Headline measure (primary)', 'KS2 RWM GDS %', 'headlineMeasure.primary', 'KS2 RWM GDS %'],
    ['Minimum strands for a phase', 5, 'phase.minStrands', 5],
    ['minimum strands FOR a phase', '3', 'phase.minStrands', 3],
    ['Trajectory: rapid improver slope', 0.6, 'trajectory.bSlope', 0.6],
    ['trajectory.bSlope', '0.7', 'trajectory.bSlope', 0.7],
    ['Risk points: category D', 3, 'risk.category.D', 3],
    ['Risk points: trajectory F', -1, 'risk.trajectory.F', -1],
    ['Giver days per term', 4, 'capacity.giverDaysPerTerm', 4],
    ['Givers: a taker may give', 'Yes', 'capacity.takersGive', 'yes'],
    ['Givers: category D or E may give', true, 'capacity.categoryDEGive', 'yes'],
    ['Givers: High or Critical risk may give', 'n', 'capacity.highRiskGive', 'no'],
    ['Category B: share of strands at 4', '60%', 'category.bShareAt4', 0.6],
    ['Support offer: category E', 'Daily executive support', 'category.supportOffer.E', 'Daily executive support'],
    ['Staffing: turnover for strand 3 (%)', 10, 'derive.turnoverBands.2', 10],
  ])('reads "%s" = %j into %s', (label, value, path, expected) => {
    const read = readSettings([settingsSheet([[label, value]])]);
    expect(read.issues).toEqual([]);
    expect(getPath(read.settings, path)).toEqual(expected);
    expect(read.rows.find((r) => r.path === path)).toMatchObject({ source: 'sheet', cell: 'B2', value: expected });
  });

  it.each([
    ['Minimum strands for a phase', 0, 'at least 1'],
    ['Minimum strands for a phase', 2.5, 'whole number'],
    ['Trajectory: rapid improver slope', 'fast', 'number'],
    ['Category B: share of strands at 4', 1.5, 'at most 1'],
    ['Headline measure (default)', '   ', null],
    ['Givers: a taker may give', 'sometimes', 'yes or no'],
  ])('keeps the default and reports B2 when "%s" is %j', (label, value, words) => {
    const read = readSettings([settingsSheet([[label, value]])]);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    if (words === null) return expect(read.issues).toEqual([]);
    expect(read.issues).toEqual([expect.objectContaining({ sheet: 'Pathway Settings', cell: 'B2', severity: 'error' })]);
    expect(read.issues[0]?.message).toContain(words);
  });

  it('reports an unknown setting on its name cell', () => {
    const read = readSettings([settingsSheet([['Minimum strands for a phase', 5], ['Colour of the sky', 'blue']])]);
    expect(read.settings.phase.minStrands).toBe(5);
    expect(read.issues).toEqual([expect.objectContaining({ cell: 'A3', severity: 'error' })]);
  });

  it('suggests the setting a near-miss name was probably meant to be, without applying it', () => {
    const read = readSettings([settingsSheet([['Minimum strand for a phase', 5]])]);
    expect(read.settings.phase.minStrands).toBe(4);
    expect(read.issues[0]?.message).toContain('Did you mean "Minimum strands for a phase"?');
  });

  it('puts thresholds out of order back to their defaults, reporting each cell', () => {
    const read = readSettings([settingsSheet([
      ['Staffing: turnover for strand 1 (%)', 10],
      ['Risk band: Low up to', 2],
      ['Risk band: Medium up to', 4],
    ])]);
    expect(read.settings.derive.turnoverBands).toEqual(DEFAULT_SETTINGS.derive.turnoverBands);
    expect(read.settings.risk.bands).toEqual([2, 4, 5]);
    expect(read.issues.map((i) => i.cell)).toEqual(['B2']);
  });

  it('reads measure rows: direction, decimals, min, max, for new and known measures', () => {
    const read = readSettings([settingsSheet([
      ['Measure: Persistent absence % lower is better', 'yes'],
      ['Measure: ks2 rwm exs% decimals', 0],
      ['Measure: Reading scaled score min', 80],
      ['Measure: Reading scaled score max', 120],
      ['measures.Exclusions rate.lowerIsBetter', 'lower'],
      ['Measure: Progress 8 higher is better', 'yes'],
    ])]);
    expect(read.issues).toEqual([]);
    expect(read.settings.measures['KS2 RWM EXS %']?.decimals).toBe(0);
    expect(read.settings.measures['Reading scaled score']).toEqual({ lowerIsBetter: false, decimals: 1, min: 80, max: 120 });
    expect(read.settings.measures['Exclusions rate']?.lowerIsBetter).toBe(true);
    expect(read.settings.measures['Progress 8']?.lowerIsBetter).toBe(false);
  });

  it('rejects a measure whose minimum is not below its maximum', () => {
    const read = readSettings([settingsSheet([['Measure: Progress 8 min', 6]])]);
    expect(read.settings.measures['Progress 8']?.min).toBe(-5);
    expect(read.issues).toEqual([expect.objectContaining({ cell: 'B2' })]);
  });

  it('finds a Setting | Value sheet under any name and below a title', () => {
    const read = readSettings([{ name: 'Our choices', grid: [['Trust settings'], ['Setting', 'Value'], ['Giver days per term', 5]] }]);
    expect(read.settings.capacity.giverDaysPerTerm).toBe(5);
  });

  it('warns on a setting given twice and keeps the first', () => {
    const read = readSettings([settingsSheet([['Giver days per term', 5], ['capacity.giverDaysPerTerm', 6]])]);
    expect(read.settings.capacity.giverDaysPerTerm).toBe(5);
    expect(read.issues).toEqual([expect.objectContaining({ cell: 'B3', severity: 'warning' })]);
  });

  it('lets an optional headline measure be cleared with a blank value', () => {
    const read = readSettings([settingsSheet([['Headline measure (secondary)', null]])]);
    expect(read.settings.headlineMeasure.secondary).toBeUndefined();
  });
});

describe('settingsSheetRows', () => {
  it('round-trips: the template read back gives the same settings and no issue', () => {
    const rows = settingsSheetRows(DEFAULT_SETTINGS);
    expect(rows[0]).toEqual(['Setting', 'Value', 'What it does']);
    const read = readSettings([{ name: 'Pathway Settings', grid: rows }]);
    expect(read.issues).toEqual([]);
    const expected = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
    for (const j of ['A', 'E', 'F']) expected.risk.trajectory[j] = 0;
    expect(read.settings).toEqual(expected);
  });

  it('has one row per setting definition plus four per measure', () => {
    const rows = settingsSheetRows(DEFAULT_SETTINGS);
    expect(rows).toHaveLength(1 + SETTING_DEFS.length + 4 * Object.keys(DEFAULT_SETTINGS.measures).length);
  });

  it('every definition has a unique label and path that resolves in the defaults', () => {
    expect(new Set(SETTING_DEFS.map((d) => d.label)).size).toBe(SETTING_DEFS.length);
    for (const d of SETTING_DEFS) {
      if (!d.optional && !d.path.startsWith('risk.trajectory')) expect(getPath(DEFAULT_SETTINGS, d.path), d.path).toBeDefined();
    }
  });
});
