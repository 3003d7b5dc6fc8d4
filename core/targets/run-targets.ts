import { academicYearOf } from '../grid/academic-year.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import type { Workbook } from '../ports/workbook.js';
import { readInputSheets, writeSheets, type RunOptions } from '../run/io.js';
import { readSettings } from '../settings/read-settings.js';
import type { MeasureSettings } from '../settings/types.js';
import type { SheetSpec } from '../sheets/types.js';
import { assessProgress, wellBelowShareBySchool, type ProgressRow } from './assess-progress.js';
import { assessPupils, type PupilsAssessed } from './assess-pupils.js';
import { readTargetSheets, type TargetInputs } from './read-target-sheets.js';
import { schoolTargets, type TargetRow } from './school-targets.js';
import { DEFAULT_TARGET_SETTINGS } from './settings.js';
import { classesSheet } from './sheets/classes-sheet.js';
import { progressSheet } from './sheets/progress-sheet.js';
import { pupilsSheet } from './sheets/pupils-sheet.js';
import { targetsSheet } from './sheets/targets-sheet.js';
import { trustProgress, type TrustProgressRow } from './trust-progress.js';
import type { TargetSettings } from './types.js';

export interface TargetsOptions {
  /** ISO date of the run: picks the academic year and dates the sheets. */
  asOf: string;
  settings?: Partial<TargetSettings>;
  /** Measure behaviour; read from the workbook's Pathway Settings sheet (or FRAMEWORK.md's defaults) when absent. */
  measures?: Record<string, MeasureSettings>;
  /** The summer the academic year ends in; from `asOf` when absent (September starts a new year). */
  academicYear?: number;
}

export interface TargetsOutput {
  academicYear: number;
  targets: TargetRow[];
  progress: ProgressRow[];
  trust: TrustProgressRow[];
  /** School key → share of its targets well below at the latest drop (0–1), for the risk rating. */
  wellBelowShare: Record<string, number>;
  pupils: PupilsAssessed;
  recognised: TargetInputs['recognised'];
  issues: Issue[];
  sheets: SheetSpec[];
}

export { academicYearOf };

/** The whole targets capability on plain grids: synchronous, pure, the same in every host. */
export function targetsSheets(sheets: readonly SheetGrid[], opts: TargetsOptions): TargetsOutput {
  const settings: TargetSettings = { ...DEFAULT_TARGET_SETTINGS, ...opts.settings };
  const academicYear = opts.academicYear ?? academicYearOf(opts.asOf);
  const inputs = readTargetSheets(sheets);
  // Measure direction, decimals and range come from the trust's Pathway Settings sheet (its issues are categorise's to report).
  const measures = opts.measures ?? readSettings([...sheets]).settings.measures;
  const made = schoolTargets(inputs.baselines, inputs.benchmarks, { settings, measures, academicYear });
  const progress = assessProgress(made.targets, inputs.drops, settings, academicYear, opts.asOf);
  const decimals = new Map(made.targets.map((t) => [t.measure.name, t.measure.decimals]));
  const trust = trustProgress(progress.rows, (m) => decimals.get(m) ?? 1);
  const wellBelowShare = wellBelowShareBySchool(progress.rows);
  const pupils = assessPupils(inputs.pupils, inputs.benchmarks, settings);
  const sheetsOut: SheetSpec[] = [targetsSheet(made.targets, pupils.cohorts, opts.asOf, settings.pupilPercentile), progressSheet(progress.rows, trust, wellBelowShare, opts.asOf)];
  if (pupils.pupils.length > 0) {
    sheetsOut.push(pupilsSheet(pupils.pupils, opts.asOf, settings.pupilPercentile, settings.valueAddedPercentile), classesSheet(pupils.classes, opts.asOf));
  }
  return {
    academicYear,
    targets: made.targets,
    progress: progress.rows,
    trust,
    wellBelowShare,
    pupils,
    recognised: inputs.recognised,
    issues: [...inputs.issues, ...made.issues, ...progress.issues, ...pupils.issues],
    sheets: sheetsOut,
  };
}

/** Read the user's sheets through any host, set targets and check progress, write Pathway's sheets back. */
export async function runTargets(wb: Workbook, opts: TargetsOptions & RunOptions): Promise<TargetsOutput> {
  const sheets = await readInputSheets(wb, opts);
  const output = targetsSheets(sheets, opts);
  await writeSheets(wb, output.sheets, opts);
  return output;
}
