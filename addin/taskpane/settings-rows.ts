import type { Cell, Grid, Issue } from '../../core/grid/types.js';
import { SETTINGS_SHEET } from '../../core/ports/workbook.js';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults.js';
import { readSettings } from '../../core/settings/index.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { SettingRow, SettingsView } from '../../ui/host-api.js';

/** Every default as "dotted.path" → text, the names the `Pathway Settings` sheet uses. */
export function defaultRows(): SettingRow[] {
  const rows: SettingRow[] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
      return;
    }
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    rows.push({ setting: prefix, value: text, defaultValue: text });
  };
  walk('', DEFAULT_SETTINGS);
  return rows;
}

function cellText(c: Cell | undefined): string {
  return c === null || c === undefined ? '' : String(c);
}

/** The sheet as the pane shows it: the user's rows with each default beside it, or the defaults when there is no sheet. */
export function settingsView(grid: Grid | null): SettingsView {
  const defaults = new Map(defaultRows().map((r) => [r.setting, r.value]));
  if (!grid) return { exists: false, rows: defaultRows(), issues: [] };
  const rows: SettingRow[] = grid
    .slice(1)
    .filter((r) => cellText(r[0]).trim() !== '')
    .map((r) => {
      const setting = cellText(r[0]).trim();
      const def = defaults.get(setting);
      return { setting, value: cellText(r[1]), ...(def !== undefined ? { defaultValue: def } : {}) };
    });
  return { exists: true, rows, issues: readSettings([{ name: SETTINGS_SHEET, grid }]).issues };
}

/** Text as typed → a cell: plain numbers become numbers so the sheet holds what a user would have typed. */
function toCell(value: string): Cell {
  const t = value.trim();
  if (t === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

export function settingsGrid(rows: SettingRow[]): Grid {
  return [['Setting', 'Value'], ...rows.map((r) => [r.setting.trim(), toCell(r.value)])];
}

/** The core's own validation of the rows, as if they were already in the sheet. */
export function checkSettingsRows(rows: SettingRow[]): Issue[] {
  return readSettings([{ name: SETTINGS_SHEET, grid: settingsGrid(rows) }]).issues;
}

export function settingsSpec(rows: SettingRow[]): SheetSpec {
  return {
    name: SETTINGS_SHEET,
    rows: settingsGrid(rows),
    columns: [{ width: 40 }, { width: 60 }],
    freeze: { rows: 1, cols: 0 },
    styles: [{ row: 0, col: 0, cols: 2, style: { bold: true } }],
  };
}
