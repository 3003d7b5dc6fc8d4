/**
 * The one contract between the Pathway pane (ui/) and a host: Excel's task pane, the Google
 * Sheets sidebar, or the browser preview. The UI imports nothing else from a host.
 *
 * Rules every implementation keeps:
 * - Only plain, serialisable data crosses it (strings, numbers, booleans, arrays, plain objects).
 *   Dates are ISO strings ("2025-11-01"). No Date, Map, class instance or function crosses,
 *   except the `onProgress` callback, which a bridged host (Google) may call once or never.
 * - Failures reject with an Error whose `message` is plain English naming the sheet and cell,
 *   and says what to do next. The UI shows `message` as it is.
 * - Every method is safe to repeat (a retry after "Excel is busy" must not double anything).
 */
import type { Issue } from '../core/grid/types.js';
import type { CategoriseSummary } from '../core/report/summary.js';
import type { SheetRole } from '../core/tracker/types.js';

export type { Issue, CategoriseSummary, SheetRole };

/** Views the pane can show. A host lists the ones it supports; later issues add ids here. */
export type CommandId = 'home' | 'categorise' | 'settings' | 'targets' | 'plans' | 'forms' | 'broker' | 'report';

/** A run of a later capability (targets, plans, forms, broker) the host offers through `runAction`. */
import type { ActionId } from '../core/run/actions.js';
export type { ActionId };

export interface ActionInfo {
  id: ActionId;
  /** The pane view that shows it. */
  view: CommandId;
  /** Button text, e.g. "Set targets". */
  label: string;
  /** One or two sentences: what it reads and which sheets it writes. */
  help: string;
}

export interface ActionRequest {
  /** ISO date the run is "as of"; the host uses today when absent. */
  asOf?: string;
}

export interface ActionResultView {
  id: ActionId;
  /** Pathway sheets written, in order. */
  outputSheets: string[];
  /** The sheet an "Open" button goes to ("" when nothing was written). */
  mainSheet: string;
  /** What the run counted, e.g. { label: "Targets", value: 120 }. */
  facts: { label: string; value: string | number }[];
  issues: Issue[];
}

export interface HostInfo {
  kind: 'excel' | 'google' | 'preview';
  /** Shown in the pane's header, e.g. "Excel" or "Google Sheets". */
  label: string;
  /** Views whose host operations exist; the pane shows a tab only for these. */
  commands: CommandId[];
  /** The view a ribbon button or menu item asked for when it opened the pane. */
  startView?: CommandId;
  /** Runs offered through `runAction`, each shown on its view. */
  actions?: ActionInfo[];
}

/** One column of a user's header row, for the "correct a column" drop-down. */
export interface HeaderColumn {
  /** Column letters, e.g. "C". */
  column: string;
  /** The header text as typed (may be ""). */
  header: string;
}

/** One field Pathway reads from a sheet and where it found it. */
export interface FieldMapping {
  /** Internal field name, e.g. "urn"; stable, used in the `Pathway Mapping` sheet. */
  field: string;
  /** Plain label for the UI, e.g. "URN". */
  label: string;
  /** Column letters, or null when Pathway did not find the field. */
  column: string | null;
  /** True when the column comes from the user's correction in `Pathway Mapping`. */
  corrected: boolean;
}

export interface SheetOverview {
  sheet: string;
  role: SheetRole;
  /** Plain label for the role, e.g. "Schools list". */
  roleLabel: string;
  /** One-based row number of the header row, as the user sees it. */
  headerRow: number;
  /** For a wide performance sheet, the measure it holds. */
  measure?: string;
  fields: FieldMapping[];
  headers: HeaderColumn[];
}

export interface WorkbookOverviewView {
  /** Every sheet in the workbook, in tab order. */
  sheets: string[];
  recognised: SheetOverview[];
  /** Sheets read by targets, plans or forms rather than by categorise. */
  otherInputs: { sheet: string; role: string }[];
  /** User sheets Pathway could not place. */
  unrecognised: string[];
  schools: number;
  issues: Issue[];
}

export interface CategoriseRequest {
  /** ISO date the run is "as of"; the host uses today when absent. */
  asOf?: string;
}

export interface CategoriseResultView {
  summary: CategoriseSummary;
  /** Pathway sheets written, in the order they were written. */
  outputSheets: string[];
  /** The sheet "Open Pathway Schools" goes to. */
  mainSheet: string;
  issueCount: number;
}

/** One row of the `Pathway Settings` sheet (Setting | Value), values as the user typed them. */
export interface SettingRow {
  setting: string;
  value: string;
  /** The framework default for this setting, as text, when the core knows it. */
  defaultValue?: string;
  /** One line of help for the setting. */
  help?: string;
  /** True when the row is in the `Pathway Settings` sheet (kept when saving even if it equals the default). */
  fromSheet?: boolean;
  /** The core's complaint about this row's value, in plain words. */
  problem?: string;
}

export interface SettingsView {
  /** False when the workbook has no `Pathway Settings` sheet yet (rows then hold the defaults). */
  exists: boolean;
  rows: SettingRow[];
  /** Validation problems from the core, addressed to the sheet and cell. */
  issues: Issue[];
}

export interface SettingsSaveResult {
  /** False when the rows had errors: nothing was written, `issues` says why. */
  saved: boolean;
  issues: Issue[];
  /** The rows as checked, each with its `problem` when it has one. */
  rows?: SettingRow[];
}

export type ProgressCallback = (done: number, total: number, label: string) => void;

/**
 * The part of a DOM AbortSignal a host uses to cancel. Named here so the Apps Script
 * server, which compiles without the DOM library, can share this contract.
 */
export interface HostSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
}

export interface HostApi {
  info(): Promise<HostInfo>;
  /** What Pathway recognises in the workbook now: sheets, roles, column mapping, issues. */
  overview(): Promise<WorkbookOverviewView>;
  /**
   * Correct (or, with column null, clear) where a field is read from, recorded in the
   * `Pathway Mapping` sheet (Sheet | Field | Column). Resolves to the overview after the change.
   */
  setMapping(sheet: string, field: string, column: string | null): Promise<WorkbookOverviewView>;
  /** Run categorise and write Pathway's sheets. Rejects with a plain message when cancelled. */
  categorise(request: CategoriseRequest, onProgress?: ProgressCallback, signal?: HostSignal): Promise<CategoriseResultView>;
  readSettings(): Promise<SettingsView>;
  /** Validate, then write the rows to `Pathway Settings` only when there are no errors. */
  writeSettings(rows: SettingRow[]): Promise<SettingsSaveResult>;
  /** Select a cell, e.g. an issue's, so the user sees it. */
  goToCell(sheet: string, cell: string): Promise<void>;
  /** Activate a sheet, e.g. "Pathway Schools" after a run. */
  openSheet(name: string): Promise<void>;
  /** Run a later capability listed in `HostInfo.actions` (optional: a host without it shows no such views). */
  runAction?(id: ActionId, request: ActionRequest, onProgress?: ProgressCallback, signal?: HostSignal): Promise<ActionResultView>;
}
