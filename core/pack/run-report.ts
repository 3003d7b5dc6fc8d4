import type { Grid, Issue, SheetGrid } from '../grid/types.js';
import type { SheetSpec } from '../sheets/types.js';
import { dashboardSheet } from './dashboard-sheet.js';
import { gatherPack } from './gather.js';
import { historySheet } from './history.js';
import { profileSheets } from './profile-sheet.js';
import { alignmentSheet, readAlignment } from './alignment.js';
import { readReviews, reviewsSheet } from './reviews.js';
import { qaDays, readQaAllocations } from '../forms/qa-days.js';
import { findScheduleSheet, readSchedule } from '../forms/read-schedule.js';
import { readFormsSettings } from '../forms/read-forms-settings.js';

export interface ReportInput {
  userSheets: SheetGrid[];
  /** Pathway's form sheets, read for the latest WWW / EBI and the areas of excellence the broker uses. */
  forms: SheetGrid[];
  /** Pathway History as it stands (null when there is none yet): read back so no snapshot is lost. */
  history: Grid | null;
  asOf: string;
}

export interface ReportOutput {
  schools: number;
  highOrCritical: number;
  snapshots: number;
  previousSnapshot: string;
  changes: number;
  profiles: number;
  reviews: number;
  alignmentAnswered: boolean;
  issues: Issue[];
  sheets: SheetSpec[];
}

/** The board pack on grids already read: pure and synchronous, the same in every host. */
export function reportSheets(input: ReportInput): ReportOutput {
  const data = gatherPack(input.userSheets, input.forms, input.history, input.asOf);
  const profiles = profileSheets(data);
  const names = data.schools.map((s) => s.school);
  const schedule = findScheduleSheet(input.userSheets);
  const visits = schedule ? readSchedule(schedule).visits : [];
  const allocations = readQaAllocations(input.userSheets).allocations;
  // Every school gets its QA days (the trust's defaults when the QA days sheet leaves it out).
  const everySchool = [...allocations, ...names.filter((n) => !allocations.some((a) => a.school.toLowerCase() === n.toLowerCase())).map((school) => ({ school, core: Number.NaN, optional: Number.NaN }))];
  const qa = qaDays(visits, everySchool, readFormsSettings(input.userSheets).settings, input.asOf);
  const reviews = readReviews(input.userSheets);
  const alignment = readAlignment(input.userSheets);
  return {
    schools: data.schools.length,
    highOrCritical: data.schools.filter((s) => s.risk === 'High' || s.risk === 'Critical').length,
    snapshots: new Set(data.history.map((s) => s.date)).size,
    previousSnapshot: data.previousDate ?? 'none',
    changes: data.changes.filter((c) => c.what !== 'Risk score').length,
    profiles: profiles.length,
    issues: data.issues,
    reviews: reviews.length,
    alignmentAnswered: alignment !== null,
    sheets: [dashboardSheet(data), ...profiles, historySheet(data.history, input.asOf), reviewsSheet(names, reviews, qa, input.asOf), alignmentSheet(alignment, input.asOf)],
  };
}
