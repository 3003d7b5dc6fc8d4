// The home view's model, built the same way by every host from what core found in the workbook.
import { columnLetter } from '../../core/grid/address.js';
import type { Cell, Grid } from '../../core/grid/types.js';
import { MAPPING_SHEET } from '../../core/ports/workbook.js';
import type { WorkbookOverview } from '../../core/run/describe.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { ROLE_DEFS } from '../../core/tracker/fields.js';
import type { RecognisedSheet } from '../../core/tracker/types.js';
import type { SheetOverview, WorkbookOverviewView } from '../host-api.js';

const ROLE_LABELS: Record<string, string> = {
  schools: 'Schools list',
  'performance-long': 'Results (one row per value)',
  'performance-wide': 'Results (years across)',
  benchmarks: 'Benchmarks',
  settings: 'Settings',
  'national-pa': 'National persistent absence',
  overrides: 'Agreed categories',
  'inspection-history': 'Inspection history',
};

function text(c: Cell | undefined): string {
  return c === null || c === undefined ? '' : String(c).trim();
}

function sheetOverview(r: RecognisedSheet, grid: Grid, mapping: Grid | null): SheetOverview {
  const header = grid[r.headerRow] ?? [];
  const headers = header.map((c, i) => ({ column: columnLetter(i), header: text(c) }));
  const defs = ROLE_DEFS.find((d) => d.role === r.role)?.fields ?? [];
  const names = [...new Set([...defs.map((d) => d.field), ...Object.keys(r.columns)])];
  const corrected = new Set((mapping ?? []).filter((row) => text(row[0]) === r.sheet).map((row) => text(row[1])));
  const fields = names.map((field) => {
    const col = r.columns[field];
    return {
      field,
      label: defs.find((d) => d.field === field)?.headers[0] ?? field,
      column: col === undefined ? null : columnLetter(col),
      corrected: corrected.has(field),
    };
  });
  return {
    sheet: r.sheet,
    role: r.role,
    roleLabel: ROLE_LABELS[r.role] ?? r.role,
    headerRow: r.headerRow + 1,
    ...(r.measure ? { measure: r.measure } : {}),
    fields,
    headers,
  };
}

/** The mapping sheet with one correction changed; every other row the user keeps there stays as it was. */
export function mappingSpec(existing: Grid | null, sheet: string, field: string, column: string | null): SheetSpec {
  const rows: Cell[][] = existing && existing.length > 0 ? existing.map((r) => [...r]) : [['Sheet', 'Field', 'Column']];
  const kept = rows.filter((row, i) => i === 0 || !(text(row[0]) === sheet && text(row[1]) === field));
  if (column !== null) kept.push([sheet, field, column.toUpperCase()]);
  return {
    name: MAPPING_SHEET,
    rows: kept,
    columns: [{ width: 28 }, { width: 24 }, { width: 10 }],
    freeze: { rows: 1, cols: 0 },
    styles: [{ row: 0, col: 0, cols: 3, style: { bold: true } }],
  };
}

/** The overview a pane shows, from core's description and the grids of the sheets it recognised. */
export function overviewView(found: WorkbookOverview, gridOf: (sheet: string) => Grid | null): WorkbookOverviewView {
  const mapping = gridOf(MAPPING_SHEET);
  return {
    sheets: found.sheets,
    recognised: found.recognised.map((r) => sheetOverview(r, gridOf(r.sheet) ?? [], mapping)),
    otherInputs: found.otherInputs,
    unrecognised: found.unrecognised,
    schools: found.schools,
    issues: found.issues,
  };
}
