import { isFormSheet } from '../../core/forms/form-id.js';
import { columnIndex } from '../../core/grid/address.js';
import type { Grid, SheetGrid } from '../../core/grid/types.js';
import { isOwnedSheet, MAPPING_SHEET, SETTINGS_SHEET } from '../../core/ports/workbook.js';
import { ACTION_IDS, ACTIONS, readsForms, readsOwned } from '../../core/run/actions.js';
import { categoriseSheets } from '../../core/run/categorise.js';
import { describeSheets } from '../../core/run/describe.js';
import type {
  ActionId, ActionRequest, ActionResultView, CategoriseRequest, CategoriseResultView, SettingRow, SettingsSaveResult, SettingsView,
  WorkbookOverviewView,
} from '../../ui/host-api.js';
import { mappingSpec, overviewView } from '../../ui/host-side/overview.js';
import { actionResultView, categoriseResultView } from '../../ui/host-side/results.js';
import { checkSettingsRows, settingsSpec, settingsView } from '../../ui/host-side/settings-rows.js';
import { SheetsWorkbook } from '../sheets-workbook.js';
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
  return overviewView(describeSheets(sheets), (name) => gridOf(sheets, name));
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

function today(): string {
  return todayIn(spreadsheetApp().getActiveSpreadsheet().getSpreadsheetTimeZone());
}

function categorise(request: CategoriseRequest = {}): CategoriseResultView {
  const wb = workbook();
  const out = categoriseSheets(inputSheets(wb), { asOf: request.asOf ?? today() });
  for (const spec of out.sheets) wb.writeNow(spec);
  return categoriseResultView(out);
}

/** Targets, plans, forms or broker: the core's own synchronous step, then each sheet it made written once. */
function runAction(id: ActionId, request: ActionRequest = {}): ActionResultView {
  if (!ACTION_IDS.includes(id)) throw new Error(MESSAGES.unknownAction(id));
  const wb = workbook();
  const names = wb.sheetNamesNow();
  const userSheets = inputSheets(wb);
  const formNames = names.filter(isFormSheet);
  const forms = readsForms(id) ? formNames.map((name) => ({ name, grid: wb.readNow(name) })) : [];
  const owned = readsOwned(id).filter((n) => names.includes(n)).map((name) => ({ name, grid: wb.readNow(name) }));
  const out = ACTIONS[id]({ userSheets, formNames, forms, owned, asOf: request.asOf ?? today() });
  for (const spec of out.sheets) wb.writeNow(spec);
  return actionResultView(id, out);
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
export const pathwayRunAction = withPlainErrors(runAction);
export const pathwayReadSettings = withPlainErrors(readSettings);
export const pathwayWriteSettings = withPlainErrors(writeSettings);
export const pathwayGoToCell = withPlainErrors(goToCell);
export const pathwayOpenSheet = withPlainErrors(openSheet);
