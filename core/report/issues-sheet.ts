import type { Issue } from '../grid/types.js';
import { SEVERITY_COLOURS } from '../sheets/palette.js';
import { tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import { formatIsoDate } from './dates.js';

export const ISSUES_SHEET = 'Pathway Issues';

/** Row and column of an A1 address, for sorting issues in reading order. */
function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => {
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    const [ar, ac] = position(a.cell);
    const [br, bc] = position(b.cell);
    return ar - br || ac - bc;
  });
}

/** Every problem found in the input, by sheet and cell, so a user can go straight to it. */
export function issuesSheet(issues: Issue[], asOf: string): SheetSpec {
  return tableSheet({
    name: ISSUES_SHEET,
    title: `Pathway: problems found in the tracker as of ${formatIsoDate(asOf)}`,
    note: issues.length
      ? 'Errors: the value was not used. Warnings: it was used, on the assumption the message states.'
      : 'No problems found.',
    columns: [
      { header: 'Sheet', width: 22 },
      { header: 'Cell', width: 8 },
      { header: 'Severity', width: 10, colours: SEVERITY_COLOURS },
      { header: 'Message', width: 100, wrap: true },
    ],
    rows: sortIssues(issues).map((i) => [i.sheet, i.cell, i.severity, i.message]),
  });
}
