import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseDate } from '../grid/parse-date.js';
import { parseNumber } from '../grid/parse-number.js';
import { percentScale } from '../grid/parse-percent.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { findHeader, type FieldDef } from './_lib/header.js';
import { cellIn, dataRows, IssueLog, type Source } from './_lib/rows.js';
import { parseText } from './_lib/words.js';
import { measureValue } from './read-baselines.js';
import { schoolKey } from './school-key.js';

/** One school's (or unit's) figure for a measure at a data drop. */
export interface DropRow {
  school: string;
  schoolKey: string;
  unit: string | null;
  measure: string;
  /** The drop's name as typed ("Autumn 2", "Drop 1"), if any. */
  drop: string | null;
  /** ISO date of the drop, if a date was given. */
  date: string | null;
  actual: number;
  pupils: number | null;
  source: Source;
  /** Column of the drop name, for issues about it. */
  dropCol: number;
}

type F = 'school' | 'urn' | 'unit' | 'measure' | 'actual' | 'date' | 'drop' | 'pupils';

/** Headers of a data drops sheet: `School`, `Measure`, `Actual` and a `Date` or `Drop` column. */
export const DROP_FIELDS: readonly FieldDef<F>[] = [
  { field: 'school', aliases: ['School', 'Academy', 'School name'], required: true },
  { field: 'urn', aliases: ['URN'] },
  { field: 'unit', aliases: ['Unit', 'Subject', 'Year group', 'Team'] },
  { field: 'measure', aliases: ['Measure', 'KPI', 'Indicator'], required: true },
  { field: 'actual', aliases: ['Actual', 'Result', 'Figure', 'Value', 'Outcome'], required: true },
  { field: 'date', aliases: ['Date', 'Drop date', 'Data drop date', 'As of'] },
  { field: 'drop', aliases: ['Drop', 'Data drop', 'Term', 'Half term', 'Assessment point', 'Period'] },
  { field: 'pupils', aliases: ['Pupils', 'Cohort', 'Cohort size', 'Number of pupils', 'No of pupils'] },
];

export interface DropsRead {
  drops: DropRow[];
  issues: Issue[];
}

function scaleFor(rows: { cells: Cell[] }[], measureCol: number, valueCol: number, measure: string) {
  const key = normaliseHeader(measure);
  return percentScale(rows.filter((r) => normaliseHeader(cellText(r.cells[measureCol])) === key).map((r) => r.cells[valueCol] ?? null));
}

export function readDropSheet(sheet: SheetGrid): DropsRead | null {
  const header = findHeader(sheet.grid, DROP_FIELDS);
  if (!header || (header.columns.date === undefined && header.columns.drop === undefined)) return null;
  const c = header.columns as Record<'school' | 'measure' | 'actual', number> & Partial<Record<F, number>>;
  const log = new IssueLog(sheet.name);
  const rows = dataRows(sheet.grid, header.row);
  const scales = new Map<string, 'points' | 'fraction'>();
  const drops: DropRow[] = [];
  for (const { row, cells } of rows) {
    const school = log.value(parseText(cellIn(cells, c.school)), row, c.school, 'School', 'the row is skipped');
    const measure = log.value(parseText(cellIn(cells, c.measure)), row, c.measure, 'Measure', 'the row is skipped');
    if (school === null || measure === null) continue;
    const mk = normaliseHeader(measure);
    if (!scales.has(mk)) scales.set(mk, scaleFor(rows, c.measure, c.actual, measure));
    const actual = log.value(measureValue(cellIn(cells, c.actual), measure, scales.get(mk) ?? 'points'), row, c.actual, 'Actual', 'this drop is not checked');
    const date = c.date === undefined ? null : log.value(parseDate(cellIn(cells, c.date)), row, c.date, 'Date', 'the drop name is used instead');
    const drop = cellText(cellIn(cells, c.drop));
    if (actual === null) continue;
    const urn = cellText(cellIn(cells, c.urn));
    const unit = cellText(cellIn(cells, c.unit));
    drops.push({
      school,
      schoolKey: schoolKey(school, urn === '' ? null : urn),
      unit: unit === '' ? null : unit,
      measure,
      drop: drop === '' ? null : drop,
      date,
      actual,
      pupils: c.pupils === undefined ? null : log.value(parseNumber(cellIn(cells, c.pupils)), row, c.pupils, 'Pupils', 'the row is left out of pupil-weighted trust figures'),
      source: { sheet: sheet.name, row },
      dropCol: c.drop ?? c.date ?? c.actual,
    });
  }
  return { drops, issues: log.issues };
}
