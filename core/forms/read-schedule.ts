import { cellAddress } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseDate } from '../grid/parse-date.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { isOwnedSheet } from '../ports/workbook.js';
import { cleanId, formId } from './form-id.js';
import { parseTime } from './parse-time.js';
import { readActivities, yesNo } from './read-activities.js';
import type { Visit } from './types.js';

type Field = 'id' | 'school' | 'observer' | 'role' | 'date' | 'from' | 'to' | 'activity' | 'focus' | 'yearClass' | 'subject' | 'numberInClass' | 'mixedAbility' | 'offer';

// Header words (as normaliseHeader keys) a schedule may use for each field.
const HEADERS: Record<Field, string[]> = {
  id: ['visitid', 'formid', 'id', 'ref', 'reference'],
  school: ['school', 'academy', 'schoolname', 'setting'],
  observer: ['observer', 'observerandrole', 'reviewer', 'monitoredby', 'observerpersondoingthemonitoringandrole', 'persondoingthemonitoring', 'lead'],
  role: ['role', 'observerrole', 'reviewerrole'],
  date: ['date', 'visitdate', 'dateofvisit'],
  from: ['timefrom', 'from', 'start', 'starttime', 'time'],
  to: ['timeto', 'to', 'end', 'endtime', 'until', 'finish'],
  activity: ['activity', 'activities', 'activitytype', 'type'],
  focus: ['focus', 'focuspurpose', 'focuspurposeofactivity', 'purpose'],
  yearClass: ['yearclass', 'class', 'year', 'yeargroup', 'group'],
  subject: ['subject', 'subjectarea'],
  numberInClass: ['numberinclass', 'noinclass', 'classsize', 'pupils', 'numberofpupils'],
  mixedAbility: ['mixedability', 'mixedabilityyn', 'mixedabilityyorn'],
  offer: ['offer', 'qaoffer', 'coreoroptional', 'coreoptional', 'days'],
};

const FIELD_OF = new Map<string, Field>(
  (Object.entries(HEADERS) as [Field, string[]][]).flatMap(([field, keys]) => keys.map((k) => [k, field] as [string, Field])),
);

export interface ScheduleColumns {
  headerRow: number;
  columns: Partial<Record<Field, number>>;
}

/** The header row (within the first ten) naming a school, a date and at least one more field. */
export function findScheduleHeader(grid: Cell[][]): ScheduleColumns | null {
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const columns: Partial<Record<Field, number>> = {};
    headerKeys(grid[r]).forEach((key, c) => {
      const field = FIELD_OF.get(key);
      if (field && columns[field] === undefined) columns[field] = c;
    });
    if (columns.school !== undefined && columns.date !== undefined && Object.keys(columns).length >= 3) {
      return { headerRow: r, columns };
    }
  }
  return null;
}

/** The user's visit schedule: a sheet named like one, else the first whose headers fit. */
export function findScheduleSheet(sheets: SheetGrid[], name?: string): SheetGrid | null {
  const mine = sheets.filter((s) => !isOwnedSheet(s.name) && findScheduleHeader(s.grid));
  if (name) return mine.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  return mine.find((s) => /visit|schedule|monitoring/i.test(s.name)) ?? mine[0] ?? null;
}

export interface ScheduleRead {
  sheet: string;
  visits: Visit[];
  issues: Issue[];
}

/**
 * Read the visits of a schedule sheet; `rows` (one-based, as the user sees them) picks some.
 * A visit whose id repeats an earlier one is reported and left out, so no form is made twice.
 */
export function readSchedule(sheet: SheetGrid, rows?: number[]): ScheduleRead {
  const header = findScheduleHeader(sheet.grid);
  if (!header) {
    return { sheet: sheet.name, visits: [], issues: [{ sheet: sheet.name, cell: '', severity: 'error', message: `${sheet.name} has no header row naming at least School and Date.` }] };
  }
  const issues: Issue[] = [];
  const wanted = rows ?? sheet.grid.map((_, r) => r + 1).filter((r) => r - 1 > header.headerRow);
  const seen = new Map<string, number>();
  const visits: Visit[] = [];
  for (const rowNumber of wanted) {
    const visit = readVisitRow(sheet, header, rowNumber, issues);
    if (!visit) continue;
    const earlier = seen.get(visit.id);
    if (earlier !== undefined) {
      issues.push({ sheet: sheet.name, cell: `A${rowNumber}`, severity: 'warning', message: `Row ${rowNumber} of ${sheet.name} is the same visit as row ${earlier} (form ${visit.id}); one form is enough.` });
      continue;
    }
    seen.set(visit.id, rowNumber);
    visits.push(visit);
  }
  return { sheet: sheet.name, visits, issues };
}

function readVisitRow(sheet: SheetGrid, header: ScheduleColumns, rowNumber: number, issues: Issue[]): Visit | null {
  const r = rowNumber - 1;
  const row = sheet.grid[r];
  const where = (field: Field) => cellAddress(r, header.columns[field] ?? 0);
  if (r <= header.headerRow || !row || row.every((c) => cellText(c) === '')) {
    if (r <= header.headerRow || rowNumber <= sheet.grid.length) {
      issues.push({ sheet: sheet.name, cell: `A${rowNumber}`, severity: 'warning', message: `Row ${rowNumber} of ${sheet.name} holds no visit, so no form was made for it.` });
    }
    return null;
  }
  const get = (field: Field): Cell => (header.columns[field] === undefined ? null : (row[header.columns[field]] ?? null));
  const text = (field: Field) => cellText(get(field));
  const school = text('school');
  if (school === '') {
    issues.push({ sheet: sheet.name, cell: where('school'), severity: 'error', message: `Row ${rowNumber} of ${sheet.name} names no school, so no form was made for it.` });
    return null;
  }
  const note = (field: Field, message: string) => issues.push({ sheet: sheet.name, cell: where(field), severity: 'warning', message });
  const date = readOptional(get('date'), parseDate, (why) => note('date', `The date in ${sheet.name}!${where('date')} was left off the form: ${why}.`));
  const from = readOptional(get('from'), parseTime, (why) => note('from', `The start time in ${sheet.name}!${where('from')} was left off the form: ${why}.`));
  const to = readOptional(get('to'), parseTime, (why) => note('to', `The end time in ${sheet.name}!${where('to')} was left off the form: ${why}.`));
  const size = readOptional(get('numberInClass'), parseNumber, (why) => note('numberInClass', `The number in class in ${sheet.name}!${where('numberInClass')} was left off the form: ${why}.`));
  const key = { school, date, from, observer: text('observer'), subject: text('subject'), yearClass: text('yearClass') };
  const ownId = cleanId(text('id'));
  return {
    id: ownId || formId(key),
    sheet: sheet.name,
    row: rowNumber,
    ...key,
    to,
    role: text('role'),
    activities: readActivities(text('activity')),
    focus: text('focus'),
    numberInClass: size,
    mixedAbility: yesNo(text('mixedAbility')),
    offer: /optional/i.test(text('offer')) ? 'optional' : 'core',
  };
}

type Parser<T> = (cell: Cell) => { ok: true; value: T } | { ok: false; reason: string; missing: boolean };

/** A parsed value, or null; a cell that is neither blank nor readable is reported through `report`. */
function readOptional<T>(cell: Cell, parse: Parser<T>, report: (why: string) => void): T | null {
  const parsed = parse(cell);
  if (parsed.ok) return parsed.value;
  if (!parsed.missing) report(parsed.reason);
  return null;
}
