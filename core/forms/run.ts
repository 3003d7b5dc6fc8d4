import type { Issue, SheetGrid } from '../grid/types.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Workbook } from '../ports/workbook.js';
import { readInputSheets, writeSheets, type RunOptions } from '../run/io.js';
import type { SheetSpec } from '../sheets/types.js';
import { collateForms } from './collate.js';
import { evidenceIssuesSheet, evidenceSheet } from './evidence-sheet.js';
import { feedbackSheet } from './feedback-sheet.js';
import { isFormSheet } from './form-id.js';
import { planForms, type GenerateOptions, type GeneratePlan } from './generate.js';
import { qaDays, qaDaysSheet, readQaAllocations, type QaDaysRow } from './qa-days.js';
import { findScheduleSheet, readSchedule } from './read-schedule.js';
import { readFormsSettings } from './read-forms-settings.js';
import type { FormsSettings } from './settings.js';
import { evidenceSummarySheet, summariseEvidence, type SchoolEvidence } from './summarise.js';
import type { FormRecord } from './types.js';

export interface FormsRunOptions extends RunOptions, GenerateOptions {
  /** Settings to use as they are; when absent they are read from the workbook's "Form setting" rows. */
  settings?: FormsSettings;
  /** Changes on top of the workbook's settings (e.g. from command-line flags). */
  changes?: Partial<FormsSettings>;
  /** ISO date: what counts as "in the future" and as a day already used. */
  asOf: string;
  /** Feedback only: the school whose forms to report on. */
  school?: string;
}

/** The settings a run uses: given outright, or the workbook's own with any changes on top. */
export function settingsFor(userSheets: SheetGrid[], opts: Pick<FormsRunOptions, 'settings' | 'changes'>): { settings: FormsSettings; issues: Issue[] } {
  if (opts.settings) return { settings: opts.settings, issues: [] };
  const read = readFormsSettings(userSheets);
  return { settings: { ...read.settings, ...opts.changes }, issues: read.issues };
}

/** Generate forms for the schedule's visits, writing only forms that do not exist yet. */
export async function runGenerateForms(wb: Workbook, opts: FormsRunOptions): Promise<GeneratePlan> {
  const existing = (await wb.sheetNames()).filter(isFormSheet);
  const sheets = await readInputSheets(wb, opts);
  const { settings, issues } = settingsFor(sheets, opts);
  const plan = planForms(sheets, existing, settings, opts);
  plan.issues.push(...issues);
  await writeSheets(wb, plan.sheets, opts);
  return plan;
}

async function readForms(wb: Workbook): Promise<SheetGrid[]> {
  const names = (await wb.sheetNames()).filter(isFormSheet);
  const out: SheetGrid[] = [];
  for (const name of names) out.push({ name, grid: await wb.read(name) });
  return out;
}

export interface CollateOutput {
  records: FormRecord[];
  issues: Issue[];
  summary: SchoolEvidence[];
  qaDays: QaDaysRow[];
  sheets: SheetSpec[];
}

/** Pure: forms and the user's sheets in, the evidence log, problems, summary and QA days out. */
export function collateSheets(forms: SheetGrid[], userSheets: SheetGrid[], settings: FormsSettings, asOf: string, settingsIssues: Issue[] = []): CollateOutput {
  const { records, issues } = collateForms(forms, settings, asOf);
  const schedule = findScheduleSheet(userSheets);
  const visits = schedule ? readSchedule(schedule).visits : [];
  const allocations = readQaAllocations(userSheets);
  const allIssues = [...issues, ...allocations.issues, ...settingsIssues];
  const summary = summariseEvidence(records, settings);
  const days = qaDays(visits, allocations.allocations, settings, asOf);
  return {
    records,
    issues: allIssues,
    summary,
    qaDays: days,
    sheets: [evidenceSheet(records, allIssues, settings, asOf), evidenceIssuesSheet(allIssues, asOf), evidenceSummarySheet(summary, settings, asOf), qaDaysSheet(days, asOf)],
  };
}

export async function runCollateForms(wb: Workbook, opts: FormsRunOptions): Promise<CollateOutput> {
  const forms = await readForms(wb);
  const userSheets = await readInputSheets(wb, opts);
  const { settings, issues } = settingsFor(userSheets, opts);
  const output = collateSheets(forms, userSheets, settings, opts.asOf, issues);
  await writeSheets(wb, output.sheets, opts);
  return output;
}

/** The forms a QA review spans: those of the chosen schedule rows and/or school, else every completed form. */
export function reviewForms(records: FormRecord[], userSheets: SheetGrid[], opts: GenerateOptions & { school?: string }): FormRecord[] {
  let chosen = records;
  if (opts.rows) {
    const schedule = findScheduleSheet(userSheets, opts.scheduleSheet);
    const ids = new Set(schedule ? readSchedule(schedule, opts.rows).visits.map((v) => v.id) : []);
    chosen = chosen.filter((r) => ids.has(r.id));
  }
  if (opts.school) chosen = chosen.filter((r) => normaliseHeader(r.school) === normaliseHeader(opts.school ?? ''));
  return chosen;
}

/** Pure: the feedback report over the completed forms a review spans (see reviewForms). */
export function feedbackSheets(forms: SheetGrid[], userSheets: SheetGrid[], settings: FormsSettings, opts: GenerateOptions & { school?: string; asOf: string }): { records: FormRecord[]; sheet: SheetSpec } {
  const records = reviewForms(collateForms(forms, settings, opts.asOf).records, userSheets, opts).filter((r) => r.completed);
  return { records, sheet: feedbackSheet(records) };
}

export async function runFeedback(wb: Workbook, opts: FormsRunOptions): Promise<{ records: FormRecord[]; sheet: SheetSpec }> {
  const forms = await readForms(wb);
  const userSheets = await readInputSheets(wb, opts);
  const { settings } = settingsFor(userSheets, opts);
  const out = feedbackSheets(forms, userSheets, settings, opts);
  await writeSheets(wb, [out.sheet], opts);
  return out;
}
