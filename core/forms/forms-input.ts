import type { SheetGrid } from '../grid/types.js';
import { findQaHeader } from './qa-days.js';
import { findScheduleHeader } from './read-schedule.js';

/**
 * True for the sheets the forms capability reads (a visit schedule, a QA days table). Both have a
 * School column, so a tracker reader can call this to avoid taking them for a list of schools.
 */
export function isFormsInputSheet(sheet: SheetGrid): boolean {
  const schedule = findScheduleHeader(sheet.grid);
  if (schedule && (schedule.columns.observer !== undefined || schedule.columns.from !== undefined || schedule.columns.activity !== undefined)) return true;
  return findQaHeader(sheet.grid) !== null;
}
