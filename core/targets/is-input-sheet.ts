import type { SheetGrid } from '../grid/types.js';
import { readDeliverySheet } from '../plans/read-delivery.js';
import { readPlanSheet } from '../plans/read-plan.js';
import { readThemeSheet } from '../plans/read-themes.js';
import { readBaselineSheet } from './read-baselines.js';
import { readBenchmarkSheet } from './read-benchmarks.js';
import { readDropSheet } from './read-drops.js';
import { readPupilSheet } from './read-pupils.js';

/**
 * True when a sheet is an input of targets or plans (benchmarks, baselines, data drops, pupils,
 * a school plan, the trust's themes or its delivery plan). The tracker reader should skip these:
 * each has a School column, which alone would make it look like a schools list.
 */
export function isTargetsOrPlansSheet(sheet: SheetGrid): boolean {
  const top = { name: sheet.name, grid: sheet.grid.slice(0, 13) };
  return [readPupilSheet, readBenchmarkSheet, readBaselineSheet, readDropSheet, readThemeSheet, readDeliverySheet, readPlanSheet].some((read) => read(top) !== null);
}
