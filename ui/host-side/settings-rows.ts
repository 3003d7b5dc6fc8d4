import type { Cell, Grid, Issue } from '../../core/grid/types.js';
import { SETTINGS_SHEET } from '../../core/ports/workbook.js';
import { readSettings } from '../../core/settings/index.js';
import { SETTING_DEFS } from '../../core/settings/setting-defs.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { SettingRow, SettingsSaveResult, SettingsView } from '../host-api.js';

function text(c: unknown): string {
  return c === null || c === undefined ? '' : String(c);
}

function key(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** One-based sheet row an issue points at, or null for a whole-sheet issue. */
function issueRow(issue: Issue): number | null {
  const m = /(\d+)$/.exec(issue.cell);
  return m ? Number(m[1]) : null;
}

function problemsOn(issues: Issue[], sheetRow: number): string | undefined {
  const own = issues.filter((i) => issueRow(i) === sheetRow).map((i) => i.message);
  return own.length > 0 ? own.join(' ') : undefined;
}

/** Every setting the core knows, with its default and help, as the run would use them with no sheet. */
function baseRows(): SettingRow[] {
  const help = new Map(SETTING_DEFS.map((d) => [d.path, d.description]));
  return readSettings([]).rows.map((r) => {
    const h = help.get(r.path);
    return { setting: r.label, value: text(r.value), defaultValue: text(r.value), ...(h ? { help: h } : {}), fromSheet: false };
  });
}

function headerAt(grid: Grid): { row: number; setting: number; value: number } {
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const cells = (grid[r] ?? []).map((c) => key(text(c)));
    if (cells.includes('setting') && cells.includes('value')) return { row: r, setting: cells.indexOf('setting'), value: cells.indexOf('value') };
  }
  return { row: 0, setting: 0, value: 1 };
}

/**
 * The settings as the pane shows them: every setting the core knows, with the value typed in the
 * sheet where there is one (even a rejected one, so the user can correct it) and the core's
 * complaint beside it; rows the core does not know are kept and marked.
 */
export function settingsView(grid: Grid | null): SettingsView {
  const rows = baseRows();
  if (!grid) return { exists: false, rows, issues: [] };
  const { issues } = readSettings([{ name: SETTINGS_SHEET, grid }]);
  const byKey = new Map(rows.map((r) => [key(r.setting), r]));
  const paths = new Map(readSettings([]).rows.map((r) => [key(r.path), r.label]));
  const h = headerAt(grid);
  for (let r = h.row + 1; r < grid.length; r++) {
    const label = text(grid[r]?.[h.setting]).trim();
    if (!label) continue;
    const typed = text(grid[r]?.[h.value]);
    const problem = problemsOn(issues, r + 1);
    const known = byKey.get(key(label)) ?? byKey.get(key(paths.get(key(label)) ?? ''));
    if (known && !known.fromSheet) Object.assign(known, { value: typed, fromSheet: true, ...(problem ? { problem } : {}) });
    else rows.push({ setting: label, value: typed, fromSheet: true, ...(problem ? { problem } : {}) });
  }
  return { exists: true, rows, issues };
}

/** Text as typed → a cell: plain numbers become numbers, as if the user had typed them into the sheet. */
function toCell(value: string): Cell {
  const t = value.trim();
  if (t === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return t;
}

/** Only what the trust chose: rows already in the sheet and values that differ from the default. */
export function rowsToKeep(rows: SettingRow[]): SettingRow[] {
  return rows.filter((r) => r.fromSheet || r.defaultValue === undefined || r.value.trim() !== r.defaultValue.trim());
}

export function settingsGrid(rows: SettingRow[]): Grid {
  return [['Setting', 'Value'], ...rows.map((r) => [r.setting.trim(), toCell(r.value)])];
}

/** Validate with the core as if the rows were already in the sheet; each kept row gets its own complaint. */
export function checkSettingsRows(rows: SettingRow[]): SettingsSaveResult {
  const kept = rowsToKeep(rows);
  const { issues } = readSettings([{ name: SETTINGS_SHEET, grid: settingsGrid(kept) }]);
  const rowOf = new Map(kept.map((r, i) => [r, i + 2]));
  const checked = rows.map((r) => {
    const { problem: _old, ...rest } = r;
    const at = rowOf.get(r);
    const problem = at === undefined ? undefined : problemsOn(issues, at);
    return problem ? { ...rest, problem } : rest;
  });
  return { saved: false, issues, rows: checked };
}

export function settingsSpec(rows: SettingRow[]): SheetSpec {
  return {
    name: SETTINGS_SHEET,
    rows: settingsGrid(rowsToKeep(rows)),
    columns: [{ width: 44 }, { width: 60 }],
    freeze: { rows: 1, cols: 0 },
    styles: [{ row: 0, col: 0, cols: 2, style: { bold: true } }],
  };
}
