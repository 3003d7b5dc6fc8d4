import type { Cell, Grid, SheetGrid } from '../../../core/grid/types.js';

/** A small visit schedule as a trust might keep it: dates as serials and as typed text, times both ways. */
export const SCHEDULE_HEADER: Cell[] = ['School', 'Observer', 'Role', 'Date', 'Time from', 'Time to', 'Activity', 'Focus', 'Year / class', 'Subject', 'No. in class', 'Mixed ability (Y/N)', 'Offer'];

export function scheduleSheet(extra: Cell[][] = []): SheetGrid {
  const grid: Grid = [
    ['Visit schedule, autumn term', null],
    SCHEDULE_HEADER,
    ['Oakfield Primary', 'J. Patel', 'CEO', 45971, 0.375, 0.416666666667, 'Lesson obs', 'Reading in KS2', 'Y5', 'English', 28, 'Y', 'Core'],
    ['Oakfield Primary', 'R. Khan', 'Phase director', '12/11/2025', '13:30', '14:30', 'Work analysis; discussion', 'Feedback in books', 'Y3', 'Maths', 30, 'N', 'Core'],
    ['Riverside Academy', 'J. Patel', 'CEO', '2025-11-20', '9am', '10:15', 'Lesson observation', '=HYPERLINK("http://x","click")', '10B', 'Science', 26, 'Y', 'Optional'],
    ...extra,
  ];
  return { name: 'Visit schedule', grid };
}
