import { columnIndex } from '../../grid/address.js';
import type { Issue, SheetGrid } from '../../grid/types.js';

function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  return m ? [Number(m[2]), columnIndex(m[1] ?? '')] : [0, -1];
}

/** Drop repeats of the same message on the same cell (a sheet read in two roles meets its rows twice). */
export function uniqueIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.sheet}\u0000${i.cell}\u0000${i.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Issues in reading order: by sheet as the workbook orders them, then row, then column, so the
 * list reads down each sheet. Issues about a whole sheet come first on that sheet. Stable.
 */
export function sortIssues(issues: Issue[], sheets: SheetGrid[]): Issue[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  return issues
    .map((issue, i) => ({ issue, i, sheet: order.get(issue.sheet) ?? sheets.length, at: position(issue.cell) }))
    .sort((a, b) => a.sheet - b.sheet || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
    .map((x) => x.issue);
}
