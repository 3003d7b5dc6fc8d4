import type { Cell, SheetGrid } from '../../../core/grid/types.js';

/** Small hand-built sheets for tracker tests. */
export function sheet(name: string, rows: Cell[][]): SheetGrid {
  return { name, grid: rows };
}

export const SCHOOL_HEADER: Cell[] = [
  'School', 'URN', 'Phase of education', 'Leadership', 'Governance', 'Staffing', 'Attendance', 'Finance', 'Outcomes',
  'Teaching & CPD', 'Behaviour', 'Safeguarding', 'Last inspection', 'Last inspection date',
];

export function schoolsSheet(rows: Cell[][], header: Cell[] = SCHOOL_HEADER): SheetGrid {
  return sheet('Schools', [header, ...rows]);
}

export const OAK: Cell[] = ['Oak Primary', 100001, 'Primary', 3, 3, 3, 2, 3, 2, 3, 3, 'Effective', 'Good', '12/03/2019'];
export const ELM: Cell[] = ['Elm Academy', 100002, 'Secondary', 2, 2, 2, 2, 2, 2, 2, 2, 'Effective', 'Requires improvement', 43500];
