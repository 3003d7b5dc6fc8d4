import { cellAddress } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import { parseAcademicYear } from '../grid/parse-academic-year.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { fieldLabel, ROLE_DEFS, roleDef } from './fields.js';
import { companionMatch, hasHeaderRow, recogniseHeader, wideMissing, type HeaderMatch, type MeasureGroup } from './recognise.js';
import type { MappingOverride } from './read-mapping.js';
import type { SheetRole } from './types.js';

/** How one sheet will be read. */
export interface SheetPlan {
  sheet: SheetGrid;
  role: SheetRole;
  headerRow: number;
  columns: Record<string, number>;
  years: { col: number; year: number }[];
  measure?: string;
  /** A panel sheet (wide performance, several measures): each measure with its year columns. */
  groups?: MeasureGroup[];
}

const ROLE_NAMES: Record<SheetRole, string> = {
  schools: 'a schools sheet',
  'performance-long': 'a performance sheet (one row per school, measure and year)',
  'performance-wide': 'a performance sheet (one column per year)',
  benchmarks: 'a benchmarks sheet',
  'national-pa': 'a national persistent absence sheet',
  'inspection-history': 'an inspection history sheet (one row per school and inspection)',
  settings: 'a settings sheet',
  overrides: 'an agreed categories sheet',
};

/** Sheets Pathway writes or reads elsewhere are not tracker data. */
export function isTrackerSheet(sheet: SheetGrid): boolean {
  if (/^pathway\s/i.test(sheet.name.trim())) return false;
  return !hasHeaderRow(sheet.grid, ['Setting', 'Value']) && !hasHeaderRow(sheet.grid, ['Sheet', 'Field', 'Column']);
}

/**
 * The wide sheet's measure: a title over the year columns in the row above the header, else the
 * first title text above the header, else the sheet's name.
 */
function wideMeasure(sheet: SheetGrid, match: HeaderMatch): string {
  const above = sheet.grid[match.headerRow - 1] ?? [];
  const cols = match.years.map((y) => y.col);
  for (let c = Math.min(...cols); c <= Math.max(...cols); c++) {
    const text = cellText(above[c] ?? null);
    if (text !== '' && !parseAcademicYear(above[c] ?? null).ok) return text;
  }
  const headerRow = match.twoRow ? match.headerRow - 1 : match.headerRow;
  for (let r = 0; r < headerRow; r++) {
    for (const cell of sheet.grid[r] ?? []) {
      const text = cellText(cell);
      if (text !== '' && !parseAcademicYear(cell).ok) return text;
    }
  }
  return sheet.name.trim();
}

function withMapping(match: HeaderMatch | null, overrides: MappingOverride[]): HeaderMatch | null {
  if (overrides.length === 0) return match;
  const fields = overrides.map((o) => o.field);
  const fits = (role: SheetRole) => fields.every((f) => roleDef(role)?.fields.some((d) => d.field === f));
  const role = match && fits(match.role) ? match.role : ROLE_DEFS.find((d) => fits(d.role))?.role;
  if (!role) return match;
  const overridden = new Set(overrides.map((o) => o.column));
  const base = match?.role === role ? match : null;
  const columns = Object.fromEntries(Object.entries(base?.columns ?? {}).filter(([, c]) => !overridden.has(c)));
  for (const o of overrides) columns[o.field] = o.column;
  const years = (base?.years ?? []).filter((y) => !overridden.has(y.col));
  const groups = (base?.groups ?? [])
    .map((g) => ({ measure: g.measure, years: g.years.filter((y) => !overridden.has(y.col)) }))
    .filter((g) => new Set(g.years.map((y) => y.year)).size >= 2);
  const required = roleDef(role)?.required ?? [];
  const missing = required.filter((g) => !g.some((f) => columns[f] !== undefined)).map((g) => [...g]);
  if (role === 'performance-wide') missing.push(...wideMissing(years, groups));
  return { role, headerRow: match?.headerRow ?? 0, twoRow: false, columns, years, groups, missing, score: Object.keys(columns).length };
}

/** The header a person would type for a field of this role ("Overall effectiveness" in a history). */
function labelIn(role: SheetRole, field: string): string {
  return roleDef(role)?.fields.find((f) => f.field === field)?.headers[0] ?? fieldLabel(field);
}

function describeGroup(role: SheetRole, group: string[]): string {
  const labels = group.map((f) => labelIn(role, f));
  return labels.length > 3 ? `any of its data (${labels.slice(0, 3).join(', ')} …)` : labels.join(' or ');
}

/**
 * Decide what a sheet is from its headers (and any Pathway Mapping rows for it). A sheet that
 * nearly matches a role but lacks a required column is reported, naming the header row.
 */
export function planSheet(sheet: SheetGrid, mapping: MappingOverride[], issues: Issue[]): SheetPlan[] {
  const overrides = mapping.filter((m) => m.sheet.trim().toLowerCase() === sheet.name.trim().toLowerCase());
  const match = withMapping(recogniseHeader(sheet.grid), overrides);
  if (!match) return [];
  if (match.missing.length > 0) {
    // Only a near miss is worth an issue: other capabilities' sheets share some of these headers.
    if ((match.score >= 2 && match.missing.length === 1) || overrides.length > 0) {
      const lacking = match.missing.map((g) => describeGroup(match.role, g)).join(', ');
      issues.push({
        sheet: sheet.name,
        cell: cellAddress(match.headerRow, 0),
        message: `${sheet.name} looks like ${ROLE_NAMES[match.role]} (headers on row ${match.headerRow + 1}) but has no column for ${lacking}. Pathway did not read this sheet. Add the column or map it in a Pathway Mapping sheet.`,
        severity: 'error',
      });
    }
    return [];
  }
  const companion = overrides.length === 0 ? companionMatch(sheet.grid, match) : null;
  return [match, ...(companion ? [companion] : [])].map((m) => {
    const plan: SheetPlan = { sheet, role: m.role, headerRow: m.headerRow, columns: m.columns, years: m.years };
    if (m.groups.length > 0) plan.groups = m.groups;
    else if (m.role === 'performance-wide') plan.measure = wideMeasure(sheet, m);
    return plan;
  });
}
