import type { Cell } from '../../grid/types.js';
import { tableSheet } from '../../sheets/table.js';
import type { SheetSpec } from '../../sheets/types.js';
import type { ClassRow } from '../assess-pupils.js';
import { FLAG_COLOURS } from './colours.js';
import { longDate } from './dates.js';

export const CLASSES_SHEET = 'Pathway Classes';

/** Class value added with its 95 % interval; classes wholly above 0 are flagged to learn from. */
export function classesSheet(classes: readonly ClassRow[], asOf: string): SheetSpec {
  const rows: Cell[][] = classes.map((c) => [c.school, c.className, c.measure, c.pupils, c.mean, c.lower, c.upper, c.flagged ? 'Learn from' : null]);
  return tableSheet({
    name: CLASSES_SHEET,
    title: `Pathway: value added by class, as of ${longDate(asOf)}`,
    note: 'Mean of actual minus estimate, with a 95 % confidence interval (t distribution). A class whose whole interval is above 0 shows exceptional practice to learn from.',
    columns: [
      { header: 'School' },
      { header: 'Class' },
      { header: 'Measure' },
      { header: 'Pupils', width: 8 },
      { header: 'Value added', width: 10 },
      { header: '95% low', width: 9 },
      { header: '95% high', width: 9 },
      { header: 'Flag', width: 12, colours: FLAG_COLOURS },
    ],
    rows,
  });
}
