import type { SheetGrid } from '../grid/types.js';
import { readSettings } from '../settings/read-settings.js';
import { assessProgress, wellBelowShareBySchool } from './assess-progress.js';
import { readTargetSheets } from './read-target-sheets.js';
import { academicYearOf } from './run-targets.js';
import { schoolTargets } from './school-targets.js';
import { DEFAULT_TARGET_SETTINGS } from './settings.js';

/**
 * The share of each school's targets "well below" at the latest data drop, for the risk rating
 * (FRAMEWORK.md section 5), taken from the same sheets the targets run reads. Pupil sheets are not
 * read: they do not change a school's targets. Undefined when the workbook sets no targets, so
 * the risk rating can say the targets were not part of it. Problems in these sheets are the
 * targets run's to report; categorise does not repeat them.
 */
export function wellBelowShareOf(sheets: readonly SheetGrid[], asOf: string): Record<string, number> | undefined {
  const inputs = readTargetSheets(sheets, { pupils: false });
  if (inputs.baselines.length === 0) return undefined;
  const academicYear = academicYearOf(asOf);
  const { measures } = readSettings([...sheets]).settings;
  const made = schoolTargets(inputs.baselines, inputs.benchmarks, { settings: DEFAULT_TARGET_SETTINGS, measures, academicYear });
  if (made.targets.length === 0) return undefined;
  const progress = assessProgress(made.targets, inputs.drops, DEFAULT_TARGET_SETTINGS, academicYear, asOf);
  return wellBelowShareBySchool(progress.rows);
}
