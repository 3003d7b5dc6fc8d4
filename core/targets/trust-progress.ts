import { roundTo } from './_lib/numbers.js';
import type { ProgressRow } from './assess-progress.js';
import { progressAt } from './progress-at.js';
import type { ProgressStatus } from './types.js';

export interface TrustProgressRow {
  measure: string;
  /** Milestone period, e.g. "Autumn 2". */
  period: string;
  date: string;
  schools: number;
  pupils: number;
  /** Pupil-weighted actual and milestone: the trust as one big school. */
  actual: number;
  milestone: number;
  status: ProgressStatus;
  /** Whole-school rows left out because no pupil count was given. */
  leftOut: number;
}

interface Acc {
  measure: string;
  period: string;
  date: string;
  schools: Set<string>;
  pupils: number;
  actual: number;
  milestone: number;
  leftOut: number;
  sample: ProgressRow;
}

/**
 * Trust-level progress per measure and period, pupil-weighted (Σ value × pupils / Σ pupils),
 * never a plain mean of schools. Unit rows (subjects, year groups) are left out: the whole-school
 * rows already hold those pupils.
 */
export function trustProgress(rows: readonly ProgressRow[], decimals: (measure: string) => number): TrustProgressRow[] {
  const groups = new Map<string, Acc>();
  for (const r of rows) {
    if (r.unit !== null) continue;
    const key = `${r.measure}\u0000${r.milestone.label}`;
    const g = groups.get(key) ?? { measure: r.measure, period: r.milestone.label, date: r.milestone.date, schools: new Set(), pupils: 0, actual: 0, milestone: 0, leftOut: 0, sample: r };
    groups.set(key, g);
    if (r.pupils === null || !(r.pupils > 0)) {
      g.leftOut++;
      continue;
    }
    g.schools.add(r.schoolKey);
    g.pupils += r.pupils;
    g.actual += r.actual * r.pupils;
    g.milestone += r.milestone.value * r.pupils;
  }
  return [...groups.values()].flatMap((g) => {
    if (g.pupils === 0) return [];
    const d = decimals(g.measure);
    const actual = roundTo(g.actual / g.pupils, d);
    const milestone = roundTo(g.milestone / g.pupils, d);
    const status = progressAt(actual, milestone, g.sample.tolerance, g.sample.lowerIsBetter);
    return [{ measure: g.measure, period: g.period, date: g.date, schools: g.schools.size, pupils: g.pupils, actual, milestone, status, leftOut: g.leftOut }];
  });
}
