import type { Issue, SheetGrid } from '../grid/types.js';
import { DEFAULT_SETTINGS } from './defaults.js';
import type { Settings } from './types.js';

export interface SettingRow {
  label: string;
  path: string;
  value: unknown;
  source: 'sheet' | 'default';
  cell: string | null;
}

/** First cut: defaults only; the sheet reader follows. */
export function readSettings(_sheets: SheetGrid[]): { settings: Settings; issues: Issue[]; rows: SettingRow[] } {
  return { settings: JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings, issues: [], rows: [] };
}
