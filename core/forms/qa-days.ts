import { cellAddress } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { formatIsoDate } from '../report/dates.js';
import { tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import { isOwnedSheet } from '../ports/workbook.js';
import type { FormsSettings } from './settings.js';
import type { Visit } from './types.js';

export const QA_DAYS_SHEET = 'Pathway QA Days';

export interface QaAllocation {
  school: string;
  core: number;
  optional: number;
}

const CORE = ['core', 'coredays', 'coreqa', 'coreqadays', 'coreoffer'];
const OPTIONAL = ['optional', 'optionaldays', 'optionalqadays', 'optionalreviewssupportcpd', 'optionaloffer'];

/** The header row of a QA days table (School, Core, Optional) and its columns, or null. */
export function findQaHeader(grid: SheetGrid['grid']): { row: number; columns: [number, number, number] } | null {
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const keys = headerKeys(grid[r]);
    const school = keys.indexOf('school');
    const core = keys.findIndex((k) => CORE.includes(k));
    const optional = keys.findIndex((k) => OPTIONAL.includes(k));
    if (school >= 0 && core >= 0 && optional >= 0) return { row: r, columns: [school, core, optional] };
  }
  return null;
}

/** The trust's QA days per school, from a sheet with School, Core and Optional columns. */
export function readQaAllocations(sheets: SheetGrid[]): { allocations: QaAllocation[]; issues: Issue[] } {
  for (const sheet of sheets.filter((s) => !isOwnedSheet(s.name))) {
    const header = findQaHeader(sheet.grid);
    if (header) return readAllocationRows(sheet, header.row, header.columns);
  }
  return { allocations: [], issues: [] };
}

function readAllocationRows(sheet: SheetGrid, header: number, [school, core, optional]: number[]): { allocations: QaAllocation[]; issues: Issue[] } {
  const allocations: QaAllocation[] = [];
  const issues: Issue[] = [];
  const days = (r: number, c: number): number | null => {
    const p = parseNumber(sheet.grid[r]?.[c] ?? null);
    if (p.ok && p.value >= 0) return p.value;
    if (!p.ok && p.missing) return null;
    issues.push({ sheet: sheet.name, cell: cellAddress(r, c), severity: 'warning', message: `${sheet.name}!${cellAddress(r, c)} is not a number of days; the default was used.` });
    return null;
  };
  for (let r = header + 1; r < sheet.grid.length; r++) {
    const name = cellText(sheet.grid[r]?.[school ?? 0] ?? null);
    if (name === '') continue;
    allocations.push({ school: name, core: days(r, core ?? 0) ?? Number.NaN, optional: days(r, optional ?? 0) ?? Number.NaN });
  }
  return { allocations, issues };
}

export interface QaDaysRow {
  school: string;
  offer: 'core' | 'optional';
  allocated: number;
  /** Distinct visit dates on or before the as-of date. */
  used: number;
  /** Distinct visit dates after it. */
  booked: number;
  left: number;
}

/**
 * Days used per school and offer: one day per distinct visit date, however many reviewers came
 * (a QA team visiting together spends one of the school's days). Schools without an allocation get the defaults.
 */
export function qaDays(visits: Visit[], allocations: QaAllocation[], settings: FormsSettings, asOf: string): QaDaysRow[] {
  const schools = new Map<string, string>();
  for (const s of [...allocations.map((a) => a.school), ...visits.map((v) => v.school)]) if (!schools.has(normaliseHeader(s))) schools.set(normaliseHeader(s), s);
  return [...schools.entries()].flatMap(([key, school]) => {
    const alloc = allocations.find((a) => normaliseHeader(a.school) === key);
    return (['core', 'optional'] as const).map((offer) => {
      const dates = new Set(visits.filter((v) => normaliseHeader(v.school) === key && v.offer === offer && v.date).map((v) => v.date ?? ''));
      const used = [...dates].filter((d) => d <= asOf).length;
      const booked = dates.size - used;
      const given = alloc?.[offer];
      const allocated = given === undefined || Number.isNaN(given) ? settings.qaDays[offer] : given;
      return { school, offer, allocated, used, booked, left: allocated - used - booked };
    });
  });
}

export function qaDaysSheet(rows: QaDaysRow[], asOf: string): SheetSpec {
  const status = (r: QaDaysRow) => (r.left < 0 ? 'Over allocation' : r.left === 0 ? 'All allocated' : 'Days left');
  return tableSheet({
    name: QA_DAYS_SHEET,
    title: `Pathway: QA days per school, as of ${formatIsoDate(asOf)}`,
    note: 'Used: visit dates up to the as-of date. Booked: later visits on the schedule. One day per date, however many reviewers.',
    columns: [
      { header: 'School', width: 24 }, { header: 'Offer', width: 10 }, { header: 'Allocated', width: 10 }, { header: 'Used', width: 8 },
      { header: 'Booked', width: 8 }, { header: 'Left', width: 8 },
      { header: 'Status', width: 16, colours: { 'Over allocation': { fill: 'FFC7CE', font: '9C0006' }, 'All allocated': { fill: 'C6EFCE', font: '006100' } } },
    ],
    rows: rows.map((r) => [r.school, r.offer === 'core' ? 'Core' : 'Optional', r.allocated, r.used, r.booked, r.left, status(r)]),
  });
}
