import { columnIndex } from '../../core/grid/address.js';
import type { Grid, SheetGrid } from '../../core/grid/types.js';
import { isOwnedSheet, MAPPING_SHEET, SETTINGS_SHEET } from '../../core/ports/workbook.js';
import { categoriseSheets } from '../../core/run/categorise.js';
import { mappingSpec, sheetOverview } from '../../addin/taskpane/core-host.js';
import { checkSettingsRows, settingsSpec, settingsView } from '../../addin/taskpane/settings-rows.js';
import type {
  CategoriseRequest, CategoriseResultView, SettingRow, SettingsSaveResult, SettingsView, WorkbookOverviewView,
} from '../../ui/host-api.js';
import { SheetsWorkbook } from '../sheets-workbook.js';
import { describeSheets } from './describe-sheets.js';
import { spreadsheetApp } from './globals.js';
import { MESSAGES } from './messages.js';
import { withPlainErrors } from './sheets-errors.js';
import { todayIn } from './today.js';

/**
 * The sidebar's server side: one function per HostApi method, each one google.script.run call
 * (goal P5), synchronous (decision 0602), plain JSON in and out (no Date crosses).
 */
function workbook(): SheetsWorkbook {
  return new SheetsWorkbook(spreadsheetApp());
}

/** Every sheet that is the user's (Pathway's own outputs skipped; its settings and mapping kept). */
function inputSheets(wb: SheetsWorkbook): SheetGrid[] {
  return wb.sheetNamesNow().filter((n) => !isOwnedSheet(n)).map((name) => ({ name, grid: wb.readNow(name) }));
}

function gridOf(sheets: SheetGrid[], name: string): Grid | null {
  return sheets.find((s) => s.name === name)?.grid ?? null;
}

function overviewOf(sheets: SheetGrid[]): WorkbookOverviewView {
  const found = describeSheets(sheets);
  const mapping = gridOf(sheets, MAPPING_SHEET);
  const recognised = found.recognised.map((r) => sheetOverview(r, gridOf(sheets, r.sheet) ?? [], mapping));
  return { sheets: found.sheets, recognised, unrecognised: found.unrecognised, schools: found.schools, issues: found.issues };
}

function overview(): WorkbookOverviewView {
  return overviewOf(inputSheets(workbook()));
}

function setMapping(sheet: string, field: string, column: string | null): WorkbookOverviewView {
  if (column !== null && columnIndex(column) < 0) throw new Error(MESSAGES.badColumn(column));
  const wb = workbook();
  const sheets = inputSheets(wb);
  const spec = mappingSpec(gridOf(sheets, MAPPING_SHEET), sheet, field, column);
  wb.writeChoiceSheetNow(spec);
  // The overview sees the mapping just written without reading it back: one read per sheet per command.
  const updated = [...sheets.filter((s) => s.name !== MAPPING_SHEET), { name: MAPPING_SHEET, grid: spec.rows }];
  return overviewOf(updated);
}

function categorise(request: CategoriseRequest = {}): CategoriseResultView {
  const wb = workbook();
  const asOf = request.asOf ?? todayIn(spreadsheetApp().getActiveSpreadsheet().getSpreadsheetTimeZone());
  const out = categoriseSheets(inputSheets(wb), { asOf });
  for (const spec of out.sheets) wb.writeNow(spec);
  const outputSheets = out.sheets.map((s) => s.name);
  return {
    summary: out.summary,
    outputSheets,
    mainSheet: outputSheets.find((n) => /schools/i.test(n)) ?? outputSheets[0] ?? '',
    issueCount: out.issues.length,
  };
}

function readSettings(): SettingsView {
  const wb = workbook();
  return settingsView(wb.sheetNamesNow().includes(SETTINGS_SHEET) ? wb.readNow(SETTINGS_SHEET) : null);
}

function writeSettings(rows: SettingRow[]): SettingsSaveResult {
  const checked = checkSettingsRows(rows);
  if (checked.issues.some((i) => i.severity === 'error')) return checked;
  workbook().writeChoiceSheetNow(settingsSpec(rows));
  return { ...checked, saved: true };
}

function goToCell(sheet: string, cell: string): void {
  workbook().goTo(sheet, cell || 'A1');
}

function openSheet(name: string): void {
  workbook().goTo(name, '');
}

// The entry points google.script.run calls, each failure turned into a plain message.
export const pathwayOverview = withPlainErrors(overview);
export const pathwaySetMapping = withPlainErrors(setMapping);
export const pathwayCategorise = withPlainErrors(categorise);
export const pathwayReadSettings = withPlainErrors(readSettings);
export const pathwayWriteSettings = withPlainErrors(writeSettings);
export const pathwayGoToCell = withPlainErrors(goToCell);
export const pathwayOpenSheet = withPlainErrors(openSheet);
