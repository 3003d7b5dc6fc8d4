import { cellAddress } from '../grid/address.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Issue } from '../grid/types.js';
import { roundTo } from './_lib/numbers.js';
import { milestoneFor } from './milestones.js';
import { progressAt } from './progress-at.js';
import type { DropRow } from './read-drops.js';
import { targetKey, type TargetRow } from './school-targets.js';
import type { Milestone, ProgressStatus, TargetSettings } from './types.js';

export interface ProgressRow {
  school: string;
  schoolKey: string;
  unit: string | null;
  measure: string;
  drop: string | null;
  /** ISO date of the drop (from its Date, or the date of the period its name names). */
  date: string;
  milestone: Milestone;
  actual: number;
  /** actual − milestone, in the measure's units (positive = higher, whichever way is better). */
  difference: number;
  status: ProgressStatus;
  /** Pupils behind the figure: the drop's own count, else the baseline's. */
  pupils: number | null;
  tolerance: number;
  lowerIsBetter: boolean;
}

function dropDate(d: DropRow, t: TargetRow): string | null {
  if (d.date !== null) return d.date;
  const name = normaliseHeader(d.drop ?? '');
  return t.milestones.find((m) => normaliseHeader(m.label) === name)?.date ?? null;
}

function warn(d: DropRow, col: number, message: string): Issue {
  return { sheet: d.source.sheet, cell: cellAddress(d.source.row, col), severity: 'warning', message };
}

/**
 * Judge each data drop against the milestone of its period: above / on track / slightly below /
 * well below with the measure kind's tolerance. Drops with no target, no date the year can
 * place, or a date after `asOf`, are reported and skipped.
 */
export function assessProgress(targets: readonly TargetRow[], drops: readonly DropRow[], settings: TargetSettings, academicYear: number, asOf?: string): { rows: ProgressRow[]; issues: Issue[] } {
  const byKey = new Map(targets.map((t) => [targetKey(t.schoolKey, t.unit, t.measure.name), t]));
  const rows: ProgressRow[] = [];
  const issues: Issue[] = [];
  for (const d of drops) {
    const t = byKey.get(targetKey(d.schoolKey, d.unit, d.measure));
    if (!t || t.milestones.length === 0) {
      issues.push(warn(d, 0, `No target with milestones for ${d.school}, ${d.measure}${d.unit ? ` (${d.unit})` : ''}, so this drop is not checked.`));
      continue;
    }
    const date = dropDate(d, t);
    const milestone = date === null ? null : milestoneFor(t.milestones, date, academicYear);
    if (date === null || milestone === null) {
      const why = date === null ? 'it has no date and its name is not a term or half-term' : `${date} is before this academic year began`;
      issues.push(warn(d, d.dropCol, `This drop is not checked: ${why}.`));
      continue;
    }
    if (asOf !== undefined && d.date !== null && d.date > asOf) {
      // A run "as of" a day shows the year as it stood then; a later date is usually a typing slip.
      issues.push(warn(d, d.dropCol, `This drop is dated ${date}, after the as-of date ${asOf}, so it is not checked yet.`));
      continue;
    }
    const tolerance = settings.tolerance[t.measure.kind];
    rows.push({
      school: d.school,
      schoolKey: d.schoolKey,
      unit: d.unit,
      measure: t.measure.name,
      drop: d.drop,
      date,
      milestone,
      actual: d.actual,
      difference: roundTo(d.actual - milestone.value, t.measure.decimals + 1),
      status: progressAt(d.actual, milestone.value, tolerance, t.measure.lowerIsBetter),
      pupils: d.pupils ?? t.pupils,
      tolerance,
      lowerIsBetter: t.measure.lowerIsBetter,
    });
  }
  return { rows, issues };
}

/** Each target's latest drop: the state "at the latest milestone". */
export function latestPerTarget(rows: readonly ProgressRow[]): ProgressRow[] {
  const latest = new Map<string, ProgressRow>();
  for (const r of rows) {
    const key = targetKey(r.schoolKey, r.unit, r.measure);
    const had = latest.get(key);
    if (!had || r.date >= had.date) latest.set(key, r);
  }
  return [...latest.values()];
}

/**
 * Per school (by its key: URN, else folded name), the share of its targets whose latest drop is
 * well below the milestone, 0–1. The categorise risk rating adds points for this (section 5).
 */
export function wellBelowShareBySchool(rows: readonly ProgressRow[]): Record<string, number> {
  const counts = new Map<string, { all: number; well: number }>();
  for (const r of latestPerTarget(rows)) {
    const c = counts.get(r.schoolKey) ?? { all: 0, well: 0 };
    c.all++;
    if (r.status === 'well below') c.well++;
    counts.set(r.schoolKey, c);
  }
  return Object.fromEntries([...counts].map(([k, c]) => [k, c.well / c.all]));
}
