import type { Issue } from '../grid/types.js';
import type { Workbook } from '../ports/workbook.js';
import { readSettings } from '../settings/index.js';
import { parseTracker, readMapping } from '../tracker/index.js';
import type { RecognisedSheet } from '../tracker/types.js';
import { readInputSheets, type RunOptions } from './io.js';

/** What Pathway found in a workbook, before running anything: the UI's home view. */
export interface WorkbookOverview {
  sheets: string[];
  recognised: RecognisedSheet[];
  /** User sheets Pathway could not place; the user may map their columns by hand. */
  unrecognised: string[];
  schools: number;
  issues: Issue[];
}

export async function describeWorkbook(wb: Workbook, opts: RunOptions = {}): Promise<WorkbookOverview> {
  const sheets = await readInputSheets(wb, opts);
  const settingsRead = readSettings(sheets);
  const mappingRead = readMapping(sheets);
  const parsed = parseTracker(sheets, mappingRead.mapping);
  const recognisedNames = new Set(parsed.tracker.recognised.map((r) => r.sheet));
  return {
    sheets: sheets.map((s) => s.name),
    recognised: parsed.tracker.recognised,
    unrecognised: sheets.map((s) => s.name).filter((n) => !recognisedNames.has(n) && !n.startsWith('Pathway ')),
    schools: parsed.tracker.schools.length,
    issues: [...settingsRead.issues, ...mappingRead.issues, ...parsed.issues],
  };
}
