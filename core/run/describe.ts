import type { Issue, SheetGrid } from '../grid/types.js';
import { isOwnedSheet, type Workbook } from '../ports/workbook.js';
import { readSettings } from '../settings/index.js';
import { parseTracker, readMapping } from '../tracker/index.js';
import type { RecognisedSheet } from '../tracker/types.js';
import { readInputSheets, type RunOptions } from './io.js';
import { otherInputRole, trackerSheets, type OtherInputRole } from './tracker-sheets.js';

/** What Pathway found in a workbook, before running anything: the UI's home view. */
export interface WorkbookOverview {
  sheets: string[];
  recognised: RecognisedSheet[];
  /** Sheets read by targets, plans or forms rather than by categorise. */
  otherInputs: { sheet: string; role: OtherInputRole }[];
  /** User sheets Pathway could not place; the user may map their columns by hand. */
  unrecognised: string[];
  schools: number;
  issues: Issue[];
}

/** The overview on grids already read: pure and synchronous, for hosts that must answer at once (Apps Script). */
export function describeSheets(sheets: readonly SheetGrid[]): WorkbookOverview {
  const settingsRead = readSettings([...sheets]);
  const mappingRead = readMapping([...sheets]);
  const parsed = parseTracker(trackerSheets(sheets), mappingRead.mapping);
  const otherInputs = sheets.flatMap((s) => {
    const role = isOwnedSheet(s.name) ? null : otherInputRole(s);
    return role ? [{ sheet: s.name, role }] : [];
  });
  const placed = new Set([...parsed.tracker.recognised.map((r) => r.sheet), ...otherInputs.map((o) => o.sheet)]);
  return {
    sheets: sheets.map((s) => s.name),
    recognised: parsed.tracker.recognised,
    otherInputs,
    unrecognised: sheets.map((s) => s.name).filter((n) => !placed.has(n) && !n.startsWith('Pathway ')),
    schools: parsed.tracker.schools.length,
    issues: [...settingsRead.issues, ...mappingRead.issues, ...parsed.issues],
  };
}

export async function describeWorkbook(wb: Workbook, opts: RunOptions = {}): Promise<WorkbookOverview> {
  return describeSheets(await readInputSheets(wb, opts));
}
