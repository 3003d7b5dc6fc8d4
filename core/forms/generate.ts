import type { Issue, SheetGrid } from '../grid/types.js';
import type { SheetSpec } from '../sheets/types.js';
import { formSheetName } from './form-id.js';
import { formSheet } from './form-sheet.js';
import { findScheduleSheet, readSchedule } from './read-schedule.js';
import type { FormsSettings } from './settings.js';
import type { Visit } from './types.js';

export interface GenerateOptions {
  /** One-based rows of the schedule sheet, as the user sees them; all visits when omitted. */
  rows?: number[];
  /** The schedule sheet's name, when the workbook has more than one candidate. */
  scheduleSheet?: string;
}

export interface GeneratePlan {
  schedule: string | null;
  visits: Visit[];
  /** Sheets to write: forms for visits that have none yet. */
  sheets: SheetSpec[];
  /** Forms that exist already and are left exactly as the reviewer has them. */
  kept: string[];
  issues: Issue[];
}

/**
 * Which forms to create. A form that exists is never rewritten (the reviewer may have typed in
 * it), so generating again only adds forms for new visits and never duplicates one.
 */
export function planForms(sheets: SheetGrid[], existing: string[], settings: FormsSettings, opts: GenerateOptions = {}): GeneratePlan {
  const schedule = findScheduleSheet(sheets, opts.scheduleSheet);
  if (!schedule) {
    const wanted = opts.scheduleSheet ? `a sheet called "${opts.scheduleSheet}" with` : 'a sheet with';
    return { schedule: null, visits: [], sheets: [], kept: [], issues: [{ sheet: opts.scheduleSheet ?? '', cell: '', severity: 'error', message: `No visit schedule found: Pathway looks for ${wanted} School and Date columns (and Observer, Time from, Activity…).` }] };
  }
  const read = readSchedule(schedule, opts.rows);
  const have = new Set(existing);
  const kept = read.visits.map((v) => formSheetName(v.id)).filter((n) => have.has(n));
  const fresh = read.visits.filter((v) => !have.has(formSheetName(v.id)));
  return { schedule: schedule.name, visits: read.visits, sheets: fresh.map((v) => formSheet(v, settings)), kept, issues: read.issues };
}

/** "2-9,12" → [2, …, 9, 12]; null when the text is not a list of rows. */
export function parseRows(text: string): number[] | null {
  const rows: number[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1 || to < from || to - from > 100000) return null;
    for (let r = from; r <= to; r++) rows.push(r);
  }
  return rows.length ? [...new Set(rows)] : null;
}
