import type { Issue, SheetGrid } from '../grid/types.js';
import type { SheetRead } from './_lib/sheet-read.js';
import { sortIssues, uniqueIssues } from './_lib/sort-issues.js';
import { MeasureNames } from './measure-key.js';
import { isTrackerSheet, planSheet, type SheetPlan } from './plan-sheet.js';
import { findHeaderRow } from './recognise.js';
import { readBenchmarks } from './read-benchmarks.js';
import type { MappingOverride } from './read-mapping.js';
import { InspectionHistory } from './read-inspection-history.js';
import { readNationalPA } from './read-national-pa.js';
import { PerformanceValues } from './performance-values.js';
import { PointIndex, readPerformanceLong, readPerformanceWide, type PerformanceContext } from './read-performance.js';
import { readSchools } from './read-schools.js';
import { SchoolBook } from './school-book.js';
import type { RecognisedSheet, Tracker } from './types.js';
import { noSchoolsIssue, unreadTableIssue } from './unread-sheets.js';

function recognised(plan: SheetPlan): RecognisedSheet {
  const columns = { ...plan.columns };
  for (const { col, year } of plan.years) columns[String(year)] ??= col;
  // A panel's year columns are named with their measure: "rwm_exp_pct 2016".
  for (const g of plan.groups ?? []) for (const { col, year } of g.years) columns[`${g.measure} ${year}`] ??= col;
  const out: RecognisedSheet = { sheet: plan.sheet.name, role: plan.role, headerRow: plan.headerRow, columns };
  if (plan.measure !== undefined) out.measure = plan.measure;
  if (plan.groups) {
    out.measures = plan.groups.map((g) => g.measure);
    out.measure = out.measures.join(', ');
  }
  return out;
}

/** Settings sheets are read by readSettings; listing them lets the UI show every sheet's use. */
function settingsSheets(sheets: SheetGrid[]): RecognisedSheet[] {
  return sheets.flatMap((s) => {
    const found = findHeaderRow(s.grid, ['Setting', 'Value']);
    if (!found) return [];
    const [setting = 0, value = 1] = found.columns;
    return [{ sheet: s.name, role: 'settings' as const, headerRow: found.row, columns: { setting, value } }];
  });
}

/**
 * How each tracker sheet will be read. A sheet that takes no role and raised no near miss is
 * warned about when it looks like a table, so a sheet of data is never passed over in silence.
 */
function planSheets(sheets: SheetGrid[], mapping: MappingOverride[], issues: Issue[]): SheetPlan[] {
  return sheets.filter(isTrackerSheet).flatMap((sheet) => {
    const before = issues.length;
    const plans = planSheet(sheet, mapping, issues);
    const unread = plans.length === 0 && issues.length === before ? unreadTableIssue(sheet) : null;
    if (unread) issues.push(unread);
    return plans;
  });
}

function readOf(plan: SheetPlan, issues: Issue[]): SheetRead {
  return { sheet: plan.sheet.name, grid: plan.sheet.grid, headerRow: plan.headerRow, columns: plan.columns, issues };
}

/**
 * Turn a workbook's sheets into the typed tracker. Sheets are recognised by their headers, not
 * their names; schools are read first so every other sheet can be joined to them. Nothing
 * throws: every problem becomes an issue naming its sheet and cell, and a workbook that gives
 * no school at all says so. `sheets` are the candidate tracker sheets: other capabilities'
 * inputs (targets, plans, forms) are left out by the caller.
 */
export function parseTracker(sheets: SheetGrid[], mapping: MappingOverride[] = []): { tracker: Tracker; issues: Issue[] } {
  const issues: Issue[] = [];
  const plans = planSheets(sheets, mapping, issues);
  const book = new SchoolBook();
  const tracker: Tracker = { schools: book.records, performance: new PerformanceValues(), benchmarks: [], nationalPA: [], recognised: [...plans.map(recognised), ...settingsSheets(sheets)] };
  for (const plan of plans.filter((p) => p.role === 'schools')) readSchools(readOf(plan, issues), book);
  const adopt = book.size === 0;
  const measures = new MeasureNames();
  const ctx: PerformanceContext = { book, measures, points: tracker.performance, seen: new PointIndex(), adopt, unknown: new Set() };
  for (const plan of plans) {
    const read = readOf(plan, issues);
    if (plan.role === 'performance-long') readPerformanceLong(read, ctx);
    else if (plan.role === 'performance-wide') readPerformanceWide(read, plan.groups ?? [{ measure: plan.measure ?? plan.sheet.name, years: plan.years }], ctx);
    else if (plan.role === 'benchmarks') readBenchmarks(read, measures, tracker.benchmarks);
    else if (plan.role === 'national-pa') readNationalPA(read, tracker.nationalPA);
  }
  // Histories are read last, so schools taken from performance sheets get their inspections too.
  const histories = plans.filter((p) => p.role === 'inspection-history');
  const history = new InspectionHistory(book);
  for (const plan of histories) history.read(readOf(plan, issues));
  history.apply();
  if (adopt && book.size > 0) {
    const first = plans.find((p) => p.role.startsWith('performance'));
    const unknown = histories.length > 0 ? 'Strands and phase of education are' : 'Strands, phase of education and inspections are';
    issues.push({
      sheet: first?.sheet.name ?? '',
      cell: '',
      message: `No schools sheet was found, so Pathway took the ${book.size} schools from the performance sheets. ${unknown} unknown until a schools sheet (School, URN, Phase of education, strands) is added.`,
      severity: 'warning',
    });
  }
  if (book.size === 0) issues.push(noSchoolsIssue(sheets));
  return { tracker, issues: sortIssues(uniqueIssues(issues), sheets) };
}
