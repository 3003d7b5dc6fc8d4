import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import { issuesSheet, sortIssues } from '../../../core/report/issues-sheet.js';
import { schoolsSheet } from '../../../core/report/schools-sheet.js';
import { summarise } from '../../../core/report/summary.js';
import { summarySheet } from '../../../core/report/summary-sheet.js';
import { unitsSheet } from '../../../core/report/units-sheet.js';
import { TABLE_HEADER_ROW, pagesWide } from '../../../core/sheets/table.js';
import type { Issue } from '../../../core/grid/types.js';
import { school, unit } from './fixtures.js';

const asOf = '2025-11-01';

describe('Pathway Schools sheet', () => {
  const spec = schoolsSheet([school(), school({ school: '=HYPERLINK("http://x")', urn: '900002', phase: 'Repair', category: 'D', risk: 'High' })], DEFAULT_SETTINGS, asOf);
  const header = spec.rows[TABLE_HEADER_ROW] ?? [];
  const col = (name: string) => header.indexOf(name);

  it('has one row per school under a frozen, filtered header', () => {
    expect(spec.rows.length).toBe(TABLE_HEADER_ROW + 1 + 2);
    expect(spec.freeze).toEqual({ rows: TABLE_HEADER_ROW + 1, cols: 1 });
    expect(spec.filterRow).toBe(TABLE_HEADER_ROW);
  });

  it('shows strands as phase words and names derived strands', () => {
    const row = spec.rows[TABLE_HEADER_ROW + 1] ?? [];
    expect(row[col('Attendance')]).toBe('Repair');
    expect(row[col('Behaviour')]).toBeNull();
    expect(row[col('Derived strands')]).toBe('Outcomes');
    expect(row[col('Journey')]).toBe('Steady improvers');
  });

  it.each<[string, boolean, boolean, string | null]>([
    ['nothing compared', false, false, null],
    ['compared, agrees', true, false, 'No'],
    ['compared, disagrees', true, true, 'Yes'],
  ])('Inspection mismatch cell when %s', (_what, compared, mismatch, cell) => {
    const one = schoolsSheet([school({ inspectionCompared: compared, inspectionMismatch: mismatch })], DEFAULT_SETTINGS, asOf);
    expect(one.rows[TABLE_HEADER_ROW + 1]?.[col('Inspection mismatch')]).toBe(cell);
  });

  it('shows the last inspection on its own scale and its date', () => {
    const one = schoolsSheet([school({ lastInspection: 'Good', lastInspectionDate: '2019-03-12' })], DEFAULT_SETTINGS, asOf);
    const row = one.rows[TABLE_HEADER_ROW + 1] ?? [];
    expect(row[col('Last inspection')]).toBe('Good');
    expect(row[col('Last inspection date')]).toBe('12 Mar 2019');
  });

  it('neutralises a school name that would run as a formula', () => {
    expect(spec.rows[TABLE_HEADER_ROW + 2]?.[0]).toBe('\'=HYPERLINK("http://x")');
  });

  it('colours phase, category and risk conditionally so later edits recolour', () => {
    const phaseRules = spec.conditional?.filter((r) => r.range.col === col('Phase')) ?? [];
    expect(phaseRules.map((r) => r.equals)).toEqual(expect.arrayContaining(['Stabilise', 'Repair', 'Improve', 'Sustain']));
    expect(spec.conditional?.some((r) => r.range.col === col('Risk') && r.equals === 'High')).toBe(true);
  });

  it('prints landscape on A4, as many pages wide as keeps 7 pt type, repeating the header and the school', () => {
    const wide = pagesWide((spec.columns ?? []).map((c) => c.width ?? 8), 'landscape');
    expect(wide).toBeGreaterThan(1);
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: wide, repeatRows: TABLE_HEADER_ROW + 1, repeatCols: 1 });
  });

  it('carries the support offer of the computed category', () => {
    const row = spec.rows[TABLE_HEADER_ROW + 2] ?? [];
    expect(row[col('Support offer')]).toBe(DEFAULT_SETTINGS.category.supportOffer.D);
  });
});

describe('Pathway Units sheet', () => {
  it('lists units, then a school × unit matrix showing the weakest phase per cell', () => {
    const spec = unitsSheet(
      [unit(), unit({ unit: 'Science', phase: 'Repair' }), unit({ unit: 'Science', measure: 'Attainment 8', phase: 'Stabilise' })],
      asOf,
    );
    const matrixHead = spec.rows.findIndex((r) => r[0] === 'School' && r[1] === 'Maths');
    expect(matrixHead).toBeGreaterThan(TABLE_HEADER_ROW);
    expect(spec.rows[matrixHead]).toEqual(expect.arrayContaining(['School', 'Maths', 'Science']));
    expect(spec.rows[matrixHead + 1]?.slice(0, 3)).toEqual(['Hill Top Academy', 'Improve', 'Stabilise']);
  });

  it('says how to get units when the tracker has none', () => {
    const spec = unitsSheet([], asOf);
    expect(String(spec.rows[1]?.[0])).toMatch(/No units found/);
  });
});

describe('Pathway Issues sheet', () => {
  const issues: Issue[] = [
    { sheet: 'Schools', cell: 'B10', message: 'b10', severity: 'error' },
    { sheet: 'Benchmarks', cell: 'C2', message: 'c2', severity: 'warning' },
    { sheet: 'Schools', cell: 'AA2', message: 'aa2', severity: 'error' },
    { sheet: 'Schools', cell: 'C2', message: 'c2', severity: 'error' },
  ];

  it('sorts by sheet, then row, then column (AA after C)', () => {
    expect(sortIssues(issues).map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Benchmarks!C2', 'Schools!C2', 'Schools!AA2', 'Schools!B10']);
  });

  it('writes one row per issue with severity colours', () => {
    const spec = issuesSheet(issues, asOf);
    expect(spec.rows.length).toBe(TABLE_HEADER_ROW + 1 + issues.length);
    expect(spec.conditional?.map((r) => r.equals)).toEqual(expect.arrayContaining(['error', 'warning']));
  });
});

describe('summary counts', () => {
  const schools = [
    school({ pupils: 100, phase: 'Repair', category: 'D', risk: 'Medium' }),
    school({ pupils: 300 }),
    school({ pupils: null, phase: 'Insufficient evidence', category: null, risk: null, trajectory: null }),
  ];
  const summary = summarise(schools, [{ sheet: 'S', cell: 'A1', message: 'm', severity: 'warning' }], asOf);

  it('counts schools and weights pupils (a trust is one big school)', () => {
    expect(summary.schools).toBe(3);
    expect(summary.pupils).toBe(400);
    expect(summary.schoolsWithoutRoll).toBe(1);
    expect(summary.byPhase.find((r) => r.label === 'Repair')).toEqual({ label: 'Repair', schools: 1, pupils: 100 });
    expect(summary.byRisk.find((r) => r.label === 'Not rated')?.schools).toBe(1);
    expect(summary.byTrajectory.find((r) => r.label === 'Too little data')?.schools).toBe(1);
    expect(summary.issues).toEqual({ errors: 0, warnings: 1 });
  });

  it('writes pupil shares as fractions formatted as percentages', () => {
    const spec = summarySheet(summary);
    const repair = spec.rows.find((r) => r[0] === 'Repair');
    expect(repair).toEqual(['Repair', 1, 1 / 3, 100, 0.25]);
    expect(spec.styles?.some((s) => s.style.numFmt === '0%')).toBe(true);
  });
});
