import type { SheetGrid } from '../../core/grid/types.js';
import { OWNED_PREFIX } from '../../core/ports/workbook.js';
import type { WorkbookOverview } from '../../core/run/describe.js';
import { readSettings } from '../../core/settings/index.js';
import { parseTracker, readMapping } from '../../core/tracker/index.js';

/**
 * core's describeWorkbook, on grids already read. Apps Script must answer google.script.run
 * synchronously (decision 0602), and the core's use case is async over the port, so the
 * server reads once and calls the same pure steps. Asked of the lead: a `describeSheets`
 * export in core/run/describe.ts would let this file go.
 */
export function describeSheets(sheets: SheetGrid[]): WorkbookOverview {
  const settingsRead = readSettings(sheets);
  const mappingRead = readMapping(sheets);
  const parsed = parseTracker(sheets, mappingRead.mapping);
  const recognisedNames = new Set(parsed.tracker.recognised.map((r) => r.sheet));
  return {
    sheets: sheets.map((s) => s.name),
    recognised: parsed.tracker.recognised,
    unrecognised: sheets.map((s) => s.name).filter((n) => !recognisedNames.has(n) && !n.startsWith(OWNED_PREFIX)),
    schools: parsed.tracker.schools.length,
    issues: [...settingsRead.issues, ...mappingRead.issues, ...parsed.issues],
  };
}
