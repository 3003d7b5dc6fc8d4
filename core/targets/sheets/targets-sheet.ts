import type { Cell } from '../../grid/types.js';
import { TABLE_HEADER_ROW, tableSheet, type TableColumn } from '../../sheets/table.js';
import type { SheetSpec } from '../../sheets/types.js';
import { short } from '../_lib/numbers.js';
import type { CohortRow } from '../assess-pupils.js';
import type { TargetRow } from '../school-targets.js';
import { METHOD_NAMES } from '../set-target.js';
import { YES_NO_COLOURS } from './colours.js';
import { longDate, ukDate } from './dates.js';

export const TARGETS_SHEET = 'Pathway Targets';

/**
 * One row per school (or unit) and measure: method, baseline, target, each milestone, and the
 * basis a head can check by hand; then the cohort targets from pupil estimates. The "Agreed"
 * column is a drop-down for the head's sign-off when the sheet is printed for the LGB.
 */
export function targetsSheet(targets: readonly TargetRow[], cohorts: readonly CohortRow[], asOf: string, pupilPercentile: number): SheetSpec {
  const staged = targets.find((t) => t.milestones.length > 0)?.milestones ?? [];
  const columns: TableColumn[] = [
    { header: 'School' },
    { header: 'Unit' },
    { header: 'Measure' },
    { header: 'Method' },
    { header: 'Baseline' },
    { header: 'Target', width: 10 },
    ...staged.map((m) => ({ header: `${m.label} (${ukDate(m.date)})`, width: 13 })),
    { header: 'Basis', width: 40, wrap: true },
    { header: 'Agreed', width: 9, colours: YES_NO_COLOURS },
  ];
  const rows: Cell[][] = targets.map((t) => [
    t.school,
    t.unit,
    t.measure.name,
    t.target.agreed ? 'Agreed' : METHOD_NAMES[t.target.method],
    t.baseline,
    t.target.value,
    ...staged.map((_, i) => t.milestones[i]?.value ?? null),
    t.target.basis,
    t.target.agreed ? 'Yes' : null,
  ]);
  for (const c of cohorts) {
    const gap = staged.map(() => null);
    const basis = `${c.meeting} of ${c.pupils} pupils have a target (estimate at P${short(pupilPercentile)}, rounded up) of ${short(c.threshold)} or more`;
    rows.push([c.school ?? 'Trust (all pupils)', null, `${c.measure}: % reaching ${short(c.threshold)}`, 'Pupil estimates', null, c.share, ...gap, basis, null]);
  }
  const spec = tableSheet({
    name: TARGETS_SHEET,
    title: `Pathway: targets and milestones, as of ${longDate(asOf)}`,
    note: 'Targets never ask for worse than the baseline; milestones stage the way there across the year. Basis shows the numbers behind each target.',
    columns,
    rows,
  });
  const agreed = columns.length - 1;
  if (rows.length > 0) {
    spec.validations = [{ range: { row: TABLE_HEADER_ROW + 1, col: agreed, rows: rows.length }, list: ['Yes', 'No'], allowBlank: true, prompt: 'Has the headteacher agreed this target?' }];
  }
  return spec;
}
