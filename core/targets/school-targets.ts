import { cellAddress } from '../grid/address.js';
import { yearLabel } from '../grid/academic-year.js';
import { isUnpublished } from '../tracker/publication-calendar.js';
import { fold as normaliseHeader } from './_lib/fold.js';
import type { Issue } from '../grid/types.js';
import type { MeasureSettings } from '../settings/types.js';
import { milestones } from './milestones.js';
import type { BaselineRow } from './read-baselines.js';
import type { BenchmarkRow } from './read-benchmarks.js';
import { resolveMeasure } from './resolve-measure.js';
import { agreedTarget, setTarget } from './set-target.js';
import type { Milestone, Target, TargetMeasure, TargetSettings } from './types.js';

export interface TargetRow {
  school: string;
  schoolKey: string;
  unit: string | null;
  measure: TargetMeasure;
  baseline: number | null;
  pupils: number | null;
  target: Target;
  /** Empty when there is no baseline to stage from. */
  milestones: Milestone[];
}

export interface TargetsContext {
  settings: TargetSettings;
  measures: Record<string, MeasureSettings>;
  /** The summer the academic year ends in. */
  academicYear: number;
}

/** The join key of a target: school, unit and folded measure name. */
export function targetKey(schoolKey: string, unit: string | null, measure: string): string {
  return `${schoolKey}\u0000${normaliseHeader(unit ?? '')}\u0000${normaliseHeader(measure)}`;
}

function oneTarget(b: BaselineRow, bench: BenchmarkRow | undefined, ctx: TargetsContext, issues: Issue[]): TargetRow | null {
  const where = { sheet: b.source.sheet, cell: cellAddress(b.source.row, 0) };
  if (isUnpublished(b.measure, ctx.academicYear)) {
    const message = `No target for ${b.school}, ${b.measure}: it is not published for ${ctx.academicYear} (${yearLabel(ctx.academicYear)}), so a target could never be checked. Set one on a measure that is published that year, such as Attainment 8 or the KS2 RWM expected standard.`;
    issues.push({ ...where, severity: 'warning', message });
    return null;
  }
  const measure = resolveMeasure(b.measure, ctx.measures, bench);
  const method = b.method ?? bench?.method ?? ctx.settings.method;
  const empty = { percentiles: [], national: null, topQuartile: null };
  const made = setTarget(method, b.baseline, bench ?? empty, measure, {
    percentile: bench?.percentile ?? ctx.settings.percentile,
    margin: bench?.margin ?? ctx.settings.margin,
    stretchK: bench?.stretchK ?? ctx.settings.stretchK,
  });
  const target = b.agreed !== null ? agreedTarget(b.agreed, b.baseline, measure, made) : made.ok ? made.value : null;
  if (target === null) {
    const why = !made.ok && bench ? made.reason : `there are no benchmarks for "${b.measure}" in any benchmarks sheet`;
    issues.push({ ...where, severity: 'error', message: `No target for ${b.school}, ${b.measure}: ${why}.` });
    return null;
  }
  let staged: Milestone[] = [];
  if (b.baseline !== null) {
    const m = milestones(b.baseline, target.value, { periods: ctx.settings.periods, weights: ctx.settings.weights, academicYear: ctx.academicYear, decimals: measure.decimals });
    if (m.ok) staged = m.value;
    else issues.push({ ...where, severity: 'error', message: `Milestones for ${b.school}, ${b.measure} were not staged: ${m.reason}.` });
  }
  return { school: b.school, schoolKey: b.schoolKey, unit: b.unit, measure, baseline: b.baseline, pupils: b.pupils, target, milestones: staged };
}

/** Set every school's (and unit's) targets and stage their milestones; each failure is an issue on its row. */
export function schoolTargets(baselines: readonly BaselineRow[], benchmarks: readonly BenchmarkRow[], ctx: TargetsContext): { targets: TargetRow[]; issues: Issue[] } {
  const byMeasure = new Map(benchmarks.map((b) => [normaliseHeader(b.measure), b]));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const targets: TargetRow[] = [];
  for (const b of baselines) {
    const key = targetKey(b.schoolKey, b.unit, b.measure);
    if (seen.has(key)) {
      issues.push({ sheet: b.source.sheet, cell: cellAddress(b.source.row, 0), severity: 'warning', message: `${b.school}, ${b.measure}${b.unit ? ` (${b.unit})` : ''} has a baseline already; this row is skipped.` });
      continue;
    }
    seen.add(key);
    const row = oneTarget(b, byMeasure.get(normaliseHeader(b.measure)), ctx, issues);
    if (row) targets.push(row);
  }
  return { targets, issues };
}
