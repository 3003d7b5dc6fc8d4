import { quoted } from '../grid/cell-text.js';
import { parseAcademicYear } from '../grid/parse-academic-year.js';
import { parsePercent, percentScale } from '../grid/parse-percent.js';
import { cellAt, dataRows, report, type SheetRead } from './_lib/sheet-read.js';
import { parseEducationPhase } from './cell-words.js';
import type { Tracker } from './types.js';

/** National persistent absence by phase of education and year, for the attendance strand. */
export function readNationalPA(read: SheetRead, out: Tracker['nationalPA']): void {
  const rows = dataRows(read, 'educationPhase');
  const scale = percentScale(Array.from(rows, (r) => cellAt(read, r, 'nationalPA')));
  const seen = new Set<string>();
  for (const r of rows) {
    const phase = parseEducationPhase(cellAt(read, r, 'educationPhase'));
    const year = parseAcademicYear(cellAt(read, r, 'year'));
    const value = parsePercent(cellAt(read, r, 'nationalPA'), scale);
    if (!phase.ok || phase.value === null) {
      report(read, r, 'educationPhase', `${quoted(cellAt(read, r, 'educationPhase'))} is not a phase of education. Pathway skipped the row. Use primary, secondary, all-through, special, AP, nursery or post-16.`, 'error');
    } else if (!year.ok) {
      report(read, r, 'year', `The year ${quoted(cellAt(read, r, 'year'))} could not be read: ${year.reason}. Pathway skipped the row. Write the year as 2019 or 2018/19.`, 'error');
    } else if (!value.ok) {
      if (!value.missing) report(read, r, 'nationalPA', `${quoted(cellAt(read, r, 'nationalPA'))} is not a percentage. Pathway skipped the row. Type a number such as 14.7 or 14.7%.`, 'error');
    } else if (seen.has(`${phase.value}|${year.value}`)) {
      report(read, r, 'educationPhase', `National PA for ${phase.value} ${year.value} is given twice. Pathway kept the first. Remove the duplicate row.`, 'error');
    } else {
      seen.add(`${phase.value}|${year.value}`);
      out.push({ phase: phase.value, year: year.value, value: value.value });
    }
  }
}
