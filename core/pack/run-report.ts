import type { Grid, Issue, SheetGrid } from '../grid/types.js';
import type { SheetSpec } from '../sheets/types.js';
import { dashboardSheet } from './dashboard-sheet.js';
import { gatherPack } from './gather.js';
import { historySheet } from './history.js';
import { profileSheets } from './profile-sheet.js';

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
  issues: Issue[];
  sheets: SheetSpec[];
}

/** The board pack on grids already read: pure and synchronous, the same in every host. */
export function reportSheets(input: ReportInput): ReportOutput {
  const data = gatherPack(input.userSheets, input.forms, input.history, input.asOf);
  const profiles = profileSheets(data);
  return {
    schools: data.schools.length,
    highOrCritical: data.schools.filter((s) => s.risk === 'High' || s.risk === 'Critical').length,
    snapshots: new Set(data.history.map((s) => s.date)).size,
    previousSnapshot: data.previousDate ?? 'none',
    changes: data.changes.filter((c) => c.what !== 'Risk score').length,
    profiles: profiles.length,
    issues: data.issues,
    sheets: [dashboardSheet(data), ...profiles, historySheet(data.history, input.asOf)],
  };
}
