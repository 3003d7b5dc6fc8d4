import { categoriseTracker } from '../categorise/index.js';
import type { SchoolResult, UnitResult } from '../categorise/types.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { issuesSheet } from '../report/issues-sheet.js';
import { schoolsSheet } from '../report/schools-sheet.js';
import { summarise, type CategoriseSummary } from '../report/summary.js';
import { summarySheet } from '../report/summary-sheet.js';
import { unitsSheet } from '../report/units-sheet.js';
import { readSettings } from '../settings/index.js';
import type { SheetSpec } from '../sheets/types.js';
import { parseTracker, readMapping } from '../tracker/index.js';
import type { RecognisedSheet } from '../tracker/types.js';
import type { Workbook } from '../ports/workbook.js';
import { wellBelowShareOf } from '../targets/well-below-share.js';
import { readInputSheets, writeSheets, type RunOptions } from './io.js';
import { trackerSheets } from './tracker-sheets.js';

export interface CategoriseOptions {
  /** ISO date the run is "as of": inspection ages and the report's date use it. */
  asOf: string;
  /**
   * Share of each school's targets "well below" at the latest milestone (school key → 0..1).
   * When absent it is worked out from the workbook's own target sheets, if it has any.
   */
  wellBelowShare?: Record<string, number>;
}

export interface CategoriseOutput {
  schools: SchoolResult[];
  units: UnitResult[];
  issues: Issue[];
  sheets: SheetSpec[];
  summary: CategoriseSummary;
  recognised: RecognisedSheet[];
}

/** The whole categorise capability on plain grids: synchronous, pure, the same in every host. */
export function categoriseSheets(sheets: SheetGrid[], opts: CategoriseOptions): CategoriseOutput {
  const settingsRead = readSettings(sheets);
  const mappingRead = readMapping(sheets);
  const parsed = parseTracker(trackerSheets(sheets), mappingRead.mapping);
  const wellBelowShare = opts.wellBelowShare ?? wellBelowShareOf(sheets, opts.asOf);
  const judged = categoriseTracker(parsed.tracker, settingsRead.settings, {
    asOf: opts.asOf,
    ...(wellBelowShare ? { wellBelowShare } : {}),
  });
  const issues = [...settingsRead.issues, ...mappingRead.issues, ...parsed.issues, ...judged.issues];
  const summary = summarise(judged.schools, issues, opts.asOf);
  return {
    schools: judged.schools,
    units: judged.units,
    issues,
    summary,
    recognised: parsed.tracker.recognised,
    sheets: [
      summarySheet(summary),
      schoolsSheet(judged.schools, settingsRead.settings, opts.asOf),
      unitsSheet(judged.units, opts.asOf),
      issuesSheet(issues, opts.asOf),
    ],
  };
}

/** Read the user's sheets through any host, categorise, and write Pathway's own sheets back. */
export async function runCategorise(wb: Workbook, opts: CategoriseOptions & RunOptions): Promise<CategoriseOutput> {
  const sheets = await readInputSheets(wb, opts);
  const output = categoriseSheets(sheets, opts);
  await writeSheets(wb, output.sheets, opts);
  return output;
}
