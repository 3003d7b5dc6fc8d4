import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../core/grid/types.js';
import { ROLE_DEFS, ROLE_FIELDS, parseTracker, recogniseHeader } from '../../../core/tracker/index.js';
import { OAK, schoolsSheet } from './grids.js';

/** Minimal headers that make each role recognisable, so one synonym at a time can be added. */
const BASE: Record<string, Cell[]> = {
  schools: ['School', 'URN'],
  'performance-long': ['URN', 'Measure', 'Year', 'Value'],
  'performance-wide': ['URN', '2018', '2019'],
  benchmarks: ['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15%'],
  'national-pa': ['Phase of education', 'Year', 'National PA %'],
  'inspection-history': ['URN', 'Inspection date', 'Overall effectiveness'],
};

const cases = ROLE_DEFS.flatMap((def) =>
  def.fields.flatMap((f) => f.headers.map((h) => [def.role, f.field, h] as const)),
);

describe('every header synonym is recognised, ignoring case and punctuation', () => {
  it.each(cases)('%s: %s ← "%s"', (role, field, header) => {
    const own = ROLE_DEFS.find((d) => d.role === role)?.fields.find((f) => f.field === field)?.headers ?? [];
    const others = (BASE[role] ?? []).filter((h) => !own.includes(String(h)));
    for (const spelling of [header, header.toUpperCase(), ` ${header.replace(/ /g, '  ')} `]) {
      const row = [...others, spelling];
      const match = recogniseHeader([row]);
      expect(match?.role, `${JSON.stringify(row)}`).toBe(role);
      expect(match?.columns[field]).toBe(row.length - 1);
      expect(match?.missing).toEqual([]);
    }
  });
});

describe('ROLE_FIELDS', () => {
  it('lists the fields of every role the parser reads', () => {
    expect(Object.keys(ROLE_FIELDS).sort()).toEqual(['benchmarks', 'inspection-history', 'national-pa', 'performance-long', 'performance-wide', 'schools']);
    expect(ROLE_FIELDS.schools).toEqual(expect.arrayContaining(['school', 'urn', 'leadership', 'teaching', 'behaviour', 'agreedCategory']));
  });
});

describe('sheet recognition', () => {
  it('ignores Pathway output sheets and the settings and mapping sheets', () => {
    const { tracker, issues } = parseTracker([
      { name: 'Pathway Schools', grid: [['School', 'Leadership'], ['Oak', 3]] },
      { name: 'Pathway Settings', grid: [['Setting', 'Value'], ['Giver days per term', 2]] },
      { name: 'Choices', grid: [['Setting', 'Value', 'School'], ['Giver days per term', 2, 'x']] },
    ]);
    expect(tracker.schools).toEqual([]);
    expect(tracker.recognised).toEqual([
      { sheet: 'Pathway Settings', role: 'settings', headerRow: 0, columns: { setting: 0, value: 1 } },
      { sheet: 'Choices', role: 'settings', headerRow: 0, columns: { setting: 0, value: 1 } },
    ]);
    // Only the workbook-wide "no schools" error: none of these sheets is warned about as unread.
    expect(issues).toEqual([expect.objectContaining({ sheet: '', cell: '', severity: 'error' })]);
  });

  it('does not take a sheet with only a School column (targets, plans, pupils) for a schools sheet', () => {
    const drops = { name: 'Drops', grid: [['School', 'Measure', 'Actual', 'Date'], ['Oak', 'KS2 RWM EXS %', 70, '01/12/2025'], ['Oak', 'KS2 RWM EXS %', 72, '01/03/2026']] };
    const plan = { name: 'Plan', grid: [['School', 'Priority', 'Action', 'Owner', 'CPD'], ['Oak', 'Reading', 'Phonics training', 'HT', 'Yes'], ['Oak', 'Reading', 'Library', 'EL', 'No']] };
    const { tracker, issues } = parseTracker([schoolsSheet([OAK]), drops, plan]);
    expect(tracker.recognised.map((r) => r.sheet)).toEqual(['Schools']);
    // In a run these sheets never reach parseTracker (core/run/tracker-sheets.ts hands them to their
    // own capability); given to it directly, each is a table it cannot read, and it says so.
    expect(issues.map((i) => `${i.sheet}!${i.cell}:${i.severity}`)).toEqual(['Drops!A1:warning', 'Plan!A1:warning']);
  });

  it('warns about a table it cannot place, naming its header range, what it looked for and the mapping sheet', () => {
    // A panel whose measures each have one year only: no series to read, so no role fits.
    const panel = { name: 'Panel', grid: [['Exported 2025'], ['la', 'region', 'school_name', 'rwm_exp_pct_2016', 'p8_2017'], [850, 'South East', 'Front Lawn Primary Academy', 45, 0.2]] };
    const { issues } = parseTracker([schoolsSheet([OAK]), panel]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Panel', cell: 'A2', severity: 'warning' });
    const message = issues[0]?.message ?? '';
    expect(message).toContain('headers in A2:E2');
    expect(message).toContain('It found only School in C2');
    for (const wanted of ['Measure, Year and Value', 'Floor, Coasting, National, Top 15%', 'Pathway Mapping']) expect(message).toContain(wanted);
  });

  it('says so, naming the sheets, when no sheet gives a school', () => {
    const { tracker, issues } = parseTracker([
      { name: 'Read me', grid: [['About this workbook']] },
      { name: 'Panel', grid: [['la', 'region', 'school_name'], [850, 'South East', 'Front Lawn']] },
    ]);
    expect(tracker.schools).toEqual([]);
    expect(issues.map((i) => `${i.sheet}!${i.cell}:${i.severity}`)).toEqual(['Panel!A1:warning', '!:error']);
    expect(issues[1]?.message).toContain("The workbook's sheets are 'Read me', 'Panel'");
  });

  it('leaves a notes sheet (one column of text) alone, without an issue', () => {
    const { tracker, issues } = parseTracker([schoolsSheet([OAK]), { name: 'Notes', grid: [['Minutes of the meeting'], ['Discussed budgets']] }]);
    expect(tracker.recognised.map((r) => r.sheet)).toEqual(['Schools']);
    expect(issues).toEqual([]);
  });

  it('finds the header as low as the tenth row but not below', () => {
    const pad = (n: number): Cell[][] => Array.from({ length: n }, () => [null]);
    expect(parseTracker([{ name: 'S', grid: [...pad(9), ['School', 'Leadership'], ['Oak', 3]] }]).tracker.schools).toHaveLength(1);
    expect(parseTracker([{ name: 'S', grid: [...pad(10), ['School', 'Leadership'], ['Oak', 3]] }]).tracker.schools).toHaveLength(0);
  });

  it('takes a vertically merged header cell from the row above', () => {
    const grid: Cell[][] = [
      ['School', 'Strands', null],
      [null, 'Leadership', 'Finance'],
      ['Oak Primary', 2, 4],
    ];
    const { tracker, issues } = parseTracker([{ name: 'S', grid }]);
    expect(issues).toEqual([]);
    expect(tracker.schools[0]).toMatchObject({ school: 'Oak Primary', strands: { leadership: 2, finance: 4 } });
  });
});
