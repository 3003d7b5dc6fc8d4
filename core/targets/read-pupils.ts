import { cellText } from '../grid/cell-text.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { findHeader, percentileOf, type FieldDef } from './_lib/header.js';
import { cellIn, dataRows, IssueLog, type Source } from './_lib/rows.js';
import { parseText } from './_lib/words.js';
import { schoolKey } from './school-key.js';
import type { PercentilePoint } from './types.js';

/** One pupil's estimates (and latest result) on one measure. */
export interface PupilRow {
  pupil: string;
  school: string;
  schoolKey: string;
  className: string;
  measure: string;
  estimates: PercentilePoint[];
  actual: number | null;
  source: Source;
}

type F = 'pupil' | 'className' | 'school' | 'urn' | 'measure' | 'actual';

/**
 * Headers of a pupils sheet: `Pupil` and `Class` plus at least one estimate column named with
 * its percentile ("Estimate P50", "FFT 80", "Est 80th"). Without a `School` column the sheet's
 * name is the school; without a `Measure` column the measure is "Pupil outcome".
 */
export const PUPIL_FIELDS: readonly FieldDef<F>[] = [
  { field: 'pupil', aliases: ['Pupil', 'Pupil name', 'Name', 'UPN', 'Pupil ID', 'Student', 'Candidate number'], required: true },
  { field: 'className', aliases: ['Class', 'Form', 'Teaching group', 'Set', 'Group'], required: true },
  { field: 'school', aliases: ['School', 'Academy', 'School name'] },
  { field: 'urn', aliases: ['URN'] },
  { field: 'measure', aliases: ['Measure', 'Subject', 'Assessment'] },
  { field: 'actual', aliases: ['Actual', 'Result', 'Latest', 'Latest result', 'Score', 'Outcome'] },
];

const ESTIMATE_PREFIXES = ['estimate', 'estimated', 'est', 'fft', 'fftestimate'];
export const DEFAULT_PUPIL_MEASURE = 'Pupil outcome';

export interface PupilsRead {
  pupils: PupilRow[];
  issues: Issue[];
}

export function readPupilSheet(sheet: SheetGrid): PupilsRead | null {
  const header = findHeader(sheet.grid, PUPIL_FIELDS);
  if (!header) return null;
  const estimateCols = header.others.flatMap((o) => {
    const p = percentileOf(o.key, ESTIMATE_PREFIXES);
    return p !== null && p > 0 && p < 100 ? [{ col: o.col, p }] : [];
  });
  if (estimateCols.length === 0) return null;
  const c = header.columns as Record<'pupil' | 'className', number> & Partial<Record<F, number>>;
  const log = new IssueLog(sheet.name);
  const pupils: PupilRow[] = [];
  for (const { row, cells } of dataRows(sheet.grid, header.row)) {
    const pupil = log.value(parseText(cellIn(cells, c.pupil)), row, c.pupil, 'Pupil', 'the row is skipped');
    const className = cellText(cellIn(cells, c.className));
    if (pupil === null) {
      log.at(row, c.pupil, 'This row has no pupil name or ID, so it is skipped.', 'warning');
      continue;
    }
    const estimates = estimateCols.flatMap(({ col, p }) => {
      const v = log.value(parseNumber(cellIn(cells, col)), row, col, `Estimate P${p}`, 'that estimate is not used');
      return v === null ? [] : [{ p, value: v }];
    });
    if (estimates.length === 0) {
      log.at(row, estimateCols[0]?.col ?? c.pupil, `${pupil} has no estimate, so no target is set for them.`, 'warning');
      continue;
    }
    const school = cellText(cellIn(cells, c.school)) || sheet.name;
    const urn = cellText(cellIn(cells, c.urn));
    pupils.push({
      pupil,
      school,
      schoolKey: schoolKey(school, urn === '' ? null : urn),
      className: className === '' ? '(no class)' : className,
      measure: cellText(cellIn(cells, c.measure)) || DEFAULT_PUPIL_MEASURE,
      estimates,
      actual: c.actual === undefined ? null : log.value(parseNumber(cellIn(cells, c.actual)), row, c.actual, 'Actual', 'the pupil is left out of ranks and value added'),
      source: { sheet: sheet.name, row },
    });
  }
  return { pupils, issues: log.issues };
}
