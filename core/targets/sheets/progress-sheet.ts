import type { Cell } from '../../grid/types.js';
import { tableSheet } from '../../sheets/table.js';
import type { SheetSpec } from '../../sheets/types.js';
import type { ProgressRow } from '../assess-progress.js';
import type { TrustProgressRow } from '../trust-progress.js';
import { PROGRESS_LABELS } from '../types.js';
import { PROGRESS_COLOURS } from './colours.js';
import { longDate, ukDate } from './dates.js';

export const PROGRESS_SHEET = 'Pathway Progress';

/** Every data drop against its milestone, with RAG colours; then the trust's pupil-weighted rows. */
export function progressSheet(rows: readonly ProgressRow[], trust: readonly TrustProgressRow[], wellBelow: Record<string, number>, asOf: string): SheetSpec {
  const body: Cell[][] = rows.map((r) => [
    r.school,
    r.unit,
    r.measure,
    r.drop,
    ukDate(r.date),
    r.milestone.label,
    r.milestone.value,
    r.actual,
    r.difference,
    PROGRESS_LABELS[r.status],
    r.pupils,
    Math.round((wellBelow[r.schoolKey] ?? 0) * 100),
  ]);
  for (const t of trust) {
    const note = t.leftOut > 0 ? `${t.schools} schools (${t.leftOut} without a pupil count left out)` : `${t.schools} schools`;
    body.push(['Trust (pupil-weighted)', note, t.measure, t.period, ukDate(t.date), t.period, t.milestone, t.actual, Math.round((t.actual - t.milestone) * 1000) / 1000, PROGRESS_LABELS[t.status], t.pupils, null]);
  }
  return tableSheet({
    name: PROGRESS_SHEET,
    title: `Pathway: progress at each data drop, as of ${longDate(asOf)}`,
    note: 'Against the milestone of the period each drop falls in. Well below feeds the risk rating; the last column is the school\'s share of targets well below at their latest drop.',
    columns: [
      { header: 'School' },
      { header: 'Unit' },
      { header: 'Measure' },
      { header: 'Drop' },
      { header: 'Date', width: 11 },
      { header: 'Milestone period' },
      { header: 'Milestone', width: 10 },
      { header: 'Actual', width: 9 },
      { header: 'Difference', width: 10 },
      { header: 'Progress', width: 15, colours: PROGRESS_COLOURS },
      { header: 'Pupils', width: 8 },
      { header: 'School % well below', width: 11 },
    ],
    rows: body,
  });
}
