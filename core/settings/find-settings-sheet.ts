import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Issue, SheetGrid } from '../grid/types.js';

export const SETTINGS_SHEET = 'Pathway Settings';
const SCAN = 10;

export interface Found {
  sheet: SheetGrid;
  headerRow: number;
  settingCol: number;
  valueCol: number;
}

function headerIn(sheet: SheetGrid): Found | null {
  for (let r = 0; r < Math.min(SCAN, sheet.grid.length); r++) {
    const keys = headerKeys(sheet.grid[r]);
    const settingCol = keys.indexOf('setting');
    const valueCol = keys.indexOf('value');
    if (settingCol >= 0 && valueCol >= 0) return { sheet, headerRow: r, settingCol, valueCol };
  }
  return null;
}

/** The "Pathway Settings" sheet, else the first sheet headed Setting | Value. */
export function findSheet(sheets: SheetGrid[], issues: Issue[]): Found | null {
  const named = sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(SETTINGS_SHEET));
  if (named) {
    const found = headerIn(named);
    if (!found) issues.push({ sheet: named.name, cell: 'A1', message: `${named.name} has no Setting and Value headers in its first ${SCAN} rows. Pathway used the default settings. Put Setting in A1 and Value in B1.`, severity: 'error' });
    return found;
  }
  for (const sheet of sheets) {
    const found = headerIn(sheet);
    if (found) return found;
  }
  return null;
}

