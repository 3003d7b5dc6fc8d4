import { isFormsInputSheet } from '../forms/forms-input.js';
import type { SheetGrid } from '../grid/types.js';
import { isAlignmentSheet } from '../pack/alignment.js';
import { isReviewsSheet } from '../pack/reviews.js';
import { isTargetsOrPlansSheet } from '../targets/is-input-sheet.js';

/** Which capability reads a user sheet that is not part of the tracker. */
export type OtherInputRole = 'targets or plans' | 'forms' | 'board pack';

export function otherInputRole(sheet: SheetGrid): OtherInputRole | null {
  if (isTargetsOrPlansSheet(sheet)) return 'targets or plans';
  if (isFormsInputSheet(sheet)) return 'forms';
  if (isReviewsSheet(sheet) || isAlignmentSheet(sheet)) return 'board pack';
  return null;
}

/**
 * The sheets the tracker reader should look at: every user sheet except the inputs of targets,
 * plans and forms. Those all have a School column, which alone would make them look like a list
 * of the trust's schools, so one workbook can carry every capability's sheets side by side.
 */
export function trackerSheets(sheets: readonly SheetGrid[]): SheetGrid[] {
  return sheets.filter((s) => otherInputRole(s) === null);
}
