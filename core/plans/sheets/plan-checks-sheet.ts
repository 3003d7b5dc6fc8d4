import type { Cell } from '../../grid/types.js';
import { tableSheet } from '../../sheets/table.js';
import type { SheetSpec } from '../../sheets/types.js';
import { LEVEL_COLOURS } from '../../targets/sheets/colours.js';
import { longDate, ukDate } from '../../targets/sheets/dates.js';
import type { FindingLevel, PlanFinding } from '../types.js';

export const PLAN_CHECKS_SHEET = 'Pathway Plan Checks';

const ORDER: Record<FindingLevel, number> = { Problem: 0, Overdue: 1, Warning: 2, CPD: 3 };

/**
 * The plan checks, worst first, then the training annex (the CPD rows) so it prints as the plan's
 * last pages. Each row names the sheet and cell to fix.
 */
export function planChecksSheet(findings: readonly PlanFinding[], asOf: string): SheetSpec {
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.level] - ORDER[b.f.level] || a.f.school.localeCompare(b.f.school) || a.i - b.i)
    .map(({ f }) => f);
  const rows: Cell[][] = sorted.map((f) => [f.level, f.school, f.priority, f.action, f.owner, f.due === null ? null : ukDate(f.due), f.message, `${f.sheet}!${f.cell}`]);
  return tableSheet({
    name: PLAN_CHECKS_SHEET,
    title: `Pathway: improvement plan checks, as of ${longDate(asOf)}`,
    note: 'Problems first (no owner, no due date, no impact measure), then overdue actions and warnings; CPD rows form the training annex.',
    columns: [
      { header: 'Level', width: 10, colours: LEVEL_COLOURS },
      { header: 'School' },
      { header: 'Priority', width: 36, wrap: true },
      { header: 'Action', width: 40, wrap: true },
      { header: 'Owner' },
      { header: 'Due', width: 11 },
      { header: 'Finding', width: 50, wrap: true },
      { header: 'Where' },
    ],
    rows,
  });
}
