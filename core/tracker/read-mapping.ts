import { cellAddress, columnIndex } from '../grid/address.js';
import { cellText, quoted } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Grid, Issue, SheetGrid } from '../grid/types.js';
import { ROLE_DEFS } from './fields.js';
import { HEADER_SCAN_ROWS } from './recognise.js';

/** A user's correction: "on this sheet, this field is in that column" (zero-based). */
export interface MappingOverride {
  sheet: string;
  field: string;
  column: number;
}

export const MAPPING_SHEET = 'Pathway Mapping';

function findField(text: string): string | null {
  const key = normaliseHeader(text);
  for (const def of ROLE_DEFS) {
    for (const f of def.fields) {
      if (normaliseHeader(f.field) === key || f.headers.some((h) => normaliseHeader(h) === key)) return f.field;
    }
  }
  return null;
}

function width(grid: Grid): number {
  return grid.slice(0, HEADER_SCAN_ROWS).reduce((w, row) => Math.max(w, row.length), 0);
}

function headerColumn(grid: Grid, text: string): number {
  const key = normaliseHeader(text);
  for (const row of grid.slice(0, HEADER_SCAN_ROWS)) {
    const col = row.findIndex((c) => normaliseHeader(cellText(c)) === key);
    if (col >= 0) return col;
  }
  return -1;
}

/**
 * A Column cell: a column number (1 = A), a letter such as "F" when the sheet is that wide,
 * or the text of a header on the target sheet (so "PA" finds a header "PA", not column PA).
 */
function resolveColumn(target: Grid, cell: Grid[number][number]): number {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 ? cell - 1 : -1;
  const text = cellText(cell);
  const letter = /^[A-Za-z]{1,3}$/.test(text) ? columnIndex(text) : -1;
  if (letter >= 0 && letter < Math.max(width(target), 1)) return letter;
  const byHeader = headerColumn(target, text);
  return byHeader >= 0 ? byHeader : letter;
}

function findMappingSheet(sheets: SheetGrid[]): { sheet: SheetGrid; headerRow: number; cols: number[] } | null {
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.grid.length); r++) {
      const keys = headerKeys(sheet.grid[r]);
      const cols = ['sheet', 'field', 'column'].map((k) => keys.indexOf(k));
      if (cols.every((c) => c >= 0)) return { sheet, headerRow: r, cols };
    }
  }
  return null;
}

/**
 * Read the user's column corrections from a "Pathway Mapping" sheet (headers Sheet | Field |
 * Column). Rows naming an unknown sheet, field or column are reported and left out.
 */
export function readMapping(sheets: SheetGrid[]): { mapping: MappingOverride[]; issues: Issue[] } {
  const found = findMappingSheet(sheets);
  const mapping: MappingOverride[] = [];
  const issues: Issue[] = [];
  if (!found) return { mapping, issues };
  const { sheet, headerRow, cols } = found;
  const [sheetCol = 0, fieldCol = 1, columnCol = 2] = cols;
  const say = (r: number, c: number, message: string) => issues.push({ sheet: sheet.name, cell: cellAddress(r, c), message, severity: 'error' });
  for (let r = headerRow + 1; r < sheet.grid.length; r++) {
    const row = sheet.grid[r] ?? [];
    const [name, fieldText, colCell] = [cellText(row[sheetCol] ?? null), cellText(row[fieldCol] ?? null), row[columnCol] ?? null];
    if (name === '' && fieldText === '' && cellText(colCell) === '') continue;
    const target = sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
    const field = findField(fieldText);
    const column = target ? resolveColumn(target.grid, colCell) : -1;
    if (!target) say(r, sheetCol, `There is no sheet called ${quoted(name)}. Pathway ignored this mapping row. Type the sheet's name exactly.`);
    else if (!field) say(r, fieldCol, `${quoted(fieldText)} is not a field Pathway reads. Pathway ignored this mapping row. Pick a field from the list.`);
    else if (column < 0) say(r, columnCol, `${quoted(colCell)} is not a column letter or a header on ${target.name}. Pathway ignored this mapping row. Type a letter such as F or the header text.`);
    else mapping.push({ sheet: target.name, field, column });
  }
  return { mapping, issues };
}
