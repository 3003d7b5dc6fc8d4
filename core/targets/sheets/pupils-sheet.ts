import type { Cell } from '../../grid/types.js';
import { tableSheet } from '../../sheets/table.js';
import type { SheetSpec } from '../../sheets/types.js';
import { short } from '../_lib/numbers.js';
import type { PupilOutcome } from '../assess-pupils.js';
import { YES_NO_COLOURS } from './colours.js';
import { longDate } from './dates.js';

export const PUPILS_SHEET = 'Pathway Pupils';

function yesNo(v: boolean | null): Cell {
  return v === null ? null : v ? 'Yes' : 'No';
}

/** Each pupil's target, whether it meets the threshold, value added and rank across the trust. */
export function pupilsSheet(pupils: readonly PupilOutcome[], asOf: string, targetP: number, vaP: number): SheetSpec {
  const rows: Cell[][] = pupils.map((o) => [
    o.row.school,
    o.row.className,
    o.row.pupil,
    o.row.measure,
    o.estimate,
    o.target,
    yesNo(o.meets),
    o.row.actual,
    o.valueAdded,
    o.rank,
    o.percentileRank,
  ]);
  return tableSheet({
    name: PUPILS_SHEET,
    title: `Pathway: pupil targets and rank order, as of ${longDate(asOf)}`,
    note: `Targets are the estimate at P${short(targetP)} rounded up to the next whole grade. Rank is across every class and school (ties share a rank); value added is actual minus the P${short(vaP)} estimate.`,
    columns: [
      { header: 'School' },
      { header: 'Class' },
      { header: 'Pupil' },
      { header: 'Measure' },
      { header: `Estimate P${short(vaP)}`, width: 10 },
      { header: 'Target', width: 8 },
      { header: 'Target meets threshold', width: 11, colours: YES_NO_COLOURS },
      { header: 'Actual', width: 8 },
      { header: 'Value added', width: 9 },
      { header: 'Rank', width: 7 },
      { header: 'Percentile rank', width: 10 },
    ],
    rows,
  });
}
