// The board pack on the bundled sample as of 2026-03-31, through the same core step every host runs.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../../cli/file-workbook.js';
import type { Cell, SheetGrid } from '../../../core/grid/types.js';
import { DASHBOARD_SHEET, HISTORY_SHEET, REVIEWS_SHEET, ALIGNMENT_SHEET, PROFILE_PREFIX } from '../../../core/pack/sheet-names.js';
import { reportSheets, type ReportOutput } from '../../../core/pack/run-report.js';
import { readInputSheets } from '../../../core/run/io.js';
import { categoriseSheets } from '../../../core/run/categorise.js';
import { isOwnedSheet } from '../../../core/ports/workbook.js';
import type { SheetSpec } from '../../../core/sheets/types.js';

const SAMPLE = join(import.meta.dirname, '../../../examples/trust-tracker.xlsx');
const AS_OF = '2026-03-31';
let userSheets: SheetGrid[];
let out: ReportOutput;

const sheet = (name: string): SheetSpec => {
  const s = out.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name}`);
  return s;
};
const texts = (s: SheetSpec): string[] => s.rows.flat().filter((c): c is string => typeof c === 'string');
const rowStarting = (s: SheetSpec, first: Cell): Cell[] | undefined => s.rows.find((r) => r[0] === first);

beforeAll(async () => {
  userSheets = await readInputSheets(await FileWorkbook.open(SAMPLE));
  out = reportSheets({ userSheets, forms: [], history: null, asOf: AS_OF });
});

describe('pathway report on examples/trust-tracker.xlsx as of 2026-03-31', () => {
  it('writes the dashboard, a profile per school, the history, the reviews and the alignment, all owned', () => {
    const schools = categoriseSheets(userSheets, { asOf: AS_OF }).schools;
    const names = out.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith(PROFILE_PREFIX))).toHaveLength(schools.length);
    expect(names).toEqual(expect.arrayContaining([DASHBOARD_SHEET, HISTORY_SHEET, REVIEWS_SHEET, ALIGNMENT_SHEET]));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(isOwnedSheet(n)).toBe(true);
      expect(n.length).toBeLessThanOrEqual(31);
    }
  });

  it('counts every school once in each dashboard group', () => {
    const d = sheet(DASHBOARD_SHEET);
    for (const [header, labels] of [['Category', ['A', 'B', 'C', 'D', 'E', 'No category']], ['Risk', ['Low', 'Medium', 'High', 'Critical', 'Not rated']]] as const) {
      const at = d.rows.findIndex((r) => r[0] === header && r[1] === 'Schools');
      const block = d.rows.slice(at + 1, at + 1 + labels.length);
      expect(block.map((r) => r[0])).toEqual(labels);
      expect(block.reduce((n, r) => n + Number(r[1]), 0)).toBe(out.schools);
    }
  });

  it('lists each High and Critical school with its risk points', () => {
    const d = sheet(DASHBOARD_SHEET);
    const at = d.rows.findIndex((r) => r[0] === 'School' && r[1] === 'Risk');
    const listed = d.rows.slice(at + 1, at + 1 + out.highOrCritical);
    expect(listed.every((r) => r[1] === 'High' || r[1] === 'Critical')).toBe(true);
    expect(rowStarting(d, 'Kilnhurst Fields Primary')?.[7]).toMatch(/Category E \+3; Trajectory C \+2/);
  });

  it('charts headline results against national over a table on the sheet', () => {
    const d = sheet(DASHBOARD_SHEET);
    const chart = d.charts?.find((c) => c.title.startsWith('KS2 RWM EXS %'));
    expect(chart?.series.map((s) => s.name)).toEqual(['Trust', 'National']);
    const years = d.rows.slice(chart!.categories.row, chart!.categories.row + (chart!.categories.rows ?? 1)).map((r) => r[0]);
    expect(years[0]).toBe(2016);
    expect(years.every((y) => typeof y === 'number')).toBe(true);
    // The chart sits on blank rows below its table, inside the sheet.
    expect(chart!.anchor.row).toBeGreaterThan(chart!.categories.row);
    expect(d.rows.slice(chart!.anchor.row, chart!.anchor.row + chart!.anchor.rows).flat().every((c) => c === null)).toBe(true);
  });

  it('works the delivery plan RAG out of the figures where a line names a measure', () => {
    const d = sheet(DASHBOARD_SHEET);
    const reading = d.rows.find((r) => String(r[0]).startsWith('One validated phonics'));
    expect(reading?.[2]).toBe('KS2 RWM EXS %');
    expect(['Green', 'Amber', 'Red']).toContain(reading?.[5]);
    const oracy = d.rows.find((r) => String(r[0]).startsWith('Oracy'));
    expect(oracy?.[5]).toBeNull();
  });

  it('gives every profile one A4 page, with the school’s results charted against the four bands', () => {
    for (const p of out.sheets.filter((s) => s.name.startsWith(PROFILE_PREFIX))) {
      expect(p.print).toMatchObject({ paper: 'A4', fitToWidth: 1, fitToHeight: 1 });
    }
    const k = sheet('Pathway Profile – Kilnhurst');
    expect(k.charts?.[0]?.series.map((s) => s.name)).toEqual(['School', 'Floor', 'Coasting', 'National', 'Top 15 %']);
    expect(texts(k)).toContain('• Category E: Stabilise.');
    expect(rowStarting(k, 'Last inspection')?.[1]).toBe('Good');
  });

  it('lists every school in the review cycle, with QA days even where none are booked', () => {
    const r = sheet(REVIEWS_SHEET);
    const schools = r.rows.slice(3).map((x) => x[0]);
    expect(new Set(schools).size).toBe(out.schools);
    expect(rowStarting(r, 'Ashcombe Vale Primary Academy')?.[9]).toBe('0 used, 0 booked of 3');
    expect(texts(r)).toEqual(expect.arrayContaining(['Done', 'Overdue', 'Due', 'Not booked']));
  });

  it('reads the trust’s alignment answers and says where it sits on each of the four areas', () => {
    const a = sheet(ALIGNMENT_SHEET);
    expect(out.alignmentAnswered).toBe(true);
    for (const area of ['Governance and vision', 'Single employer', 'Financial management', 'Raising standards and improvement planning']) {
      expect(['Standardised', 'Aligned', 'Autonomous']).toContain(rowStarting(a, area)?.[2]);
    }
  });

  it('prints every sheet on A4 with its header repeated and every wrapped row given a height', () => {
    for (const s of out.sheets) {
      expect(s.print?.paper).toBe('A4');
      expect(s.print?.fitToWidth).toBe(1);
      expect(s.print?.repeatRows).toBeGreaterThan(0);
    }
    const d = sheet(DASHBOARD_SHEET);
    const long = d.rows.findIndex((r) => r[0] === 'Kilnhurst Fields Primary');
    expect(d.rowHeights?.[long]).toBeGreaterThan(15);
  });

  it('rerun on the same date with its own history gives the same sheets; a later date shows what changed', () => {
    const history = sheet(HISTORY_SHEET).rows;
    const again = reportSheets({ userSheets, forms: [], history, asOf: AS_OF });
    expect(again.sheets).toEqual(out.sheets);
    const later = reportSheets({ userSheets, forms: [], history, asOf: '2026-05-22' });
    expect(later.snapshots).toBe(2);
    expect(later.previousSnapshot).toBe(AS_OF);
  });
});
