import type { Issue } from '../grid/types.js';
import { fold as normaliseHeader } from './_lib/fold.js';
import { roundTo } from './_lib/numbers.js';
import { interpolatePercentile } from './interpolate-percentile.js';
import { cohortTarget, pupilTarget } from './pupil-target.js';
import { rankPupils } from './rank-pupils.js';
import type { BenchmarkRow } from './read-benchmarks.js';
import type { PupilRow } from './read-pupils.js';
import type { TargetSettings } from './types.js';
import { classValueAdded, type ClassValueAdded } from './value-added.js';

export interface PupilOutcome {
  row: PupilRow;
  target: number | null;
  /** Target reaches the measure's threshold; null when the measure has none. */
  meets: boolean | null;
  /** The estimate value added is measured from (at the value-added percentile). */
  estimate: number;
  valueAdded: number | null;
  rank: number | null;
  percentileRank: number | null;
}

export interface CohortRow {
  /** null = the whole trust. */
  school: string | null;
  measure: string;
  threshold: number;
  pupils: number;
  meeting: number;
  share: number | null;
}

export interface ClassRow extends ClassValueAdded {
  measure: string;
}

export interface PupilsAssessed {
  pupils: PupilOutcome[];
  classes: ClassRow[];
  cohorts: CohortRow[];
  /** One warning per sheet whose estimates do not reach the chosen percentiles. */
  issues: Issue[];
}

/** Targets read at a percentile outside a pupil's estimates fall back to the nearest one: say so, once per sheet. */
function rangeWarnings(rows: readonly PupilRow[], settings: TargetSettings): Issue[] {
  const warned = new Map<string, Issue>();
  for (const row of rows) {
    if (warned.has(row.source.sheet)) continue;
    const ps = row.estimates.map((e) => e.p);
    const missing = [settings.pupilPercentile, settings.valueAddedPercentile].filter((p) => p < Math.min(...ps) || p > Math.max(...ps));
    if (missing.length === 0) continue;
    const wanted = [...new Set(missing)].map((p) => `P${p}`).join(' and ');
    warned.set(row.source.sheet, {
      sheet: row.source.sheet,
      cell: '',
      severity: 'warning',
      message: `Some pupils have no estimates around ${wanted} (they have ${ps.map((p) => `P${p}`).join(', ')}); their targets and value added use the nearest estimate given.`,
    });
  }
  return [...warned.values()];
}

function cohorts(outcomes: readonly PupilOutcome[], thresholds: Map<string, number>): CohortRow[] {
  const groups = new Map<string, { school: string | null; measure: string; targets: number[] }>();
  const add = (school: string | null, measure: string, t: number) => {
    const key = `${school ?? ''}\u0000${measure}`;
    const g = groups.get(key) ?? { school, measure, targets: [] };
    g.targets.push(t);
    groups.set(key, g);
  };
  for (const o of outcomes) {
    if (o.target === null || !thresholds.has(normaliseHeader(o.row.measure))) continue;
    add(o.row.school, o.row.measure, o.target);
    add(null, o.row.measure, o.target); // the trust counts every pupil once: pupil-weighted by construction
  }
  return [...groups.values()].map((g) => {
    const threshold = thresholds.get(normaliseHeader(g.measure)) as number;
    return { school: g.school, measure: g.measure, threshold, ...cohortTarget(g.targets, threshold) };
  });
}

/**
 * Pupil targets (estimate at the chosen percentile, rounded up to the next grade), cohort
 * targets against each measure's threshold, ranks across every class and school per measure,
 * and class value added with 95 % intervals.
 */
export function assessPupils(rows: readonly PupilRow[], benchmarks: readonly BenchmarkRow[], settings: TargetSettings): PupilsAssessed {
  const thresholds = new Map(benchmarks.flatMap((b) => (b.threshold === null ? [] : [[normaliseHeader(b.measure), b.threshold] as const])));
  const direction = new Map(benchmarks.map((b) => [normaliseHeader(b.measure), b.lowerIsBetter ?? false]));
  const outcomes: PupilOutcome[] = rows.map((row) => {
    const t = pupilTarget(row.estimates, settings.pupilPercentile, settings.pupilStep);
    const target = t.ok ? t.value : null;
    const threshold = thresholds.get(normaliseHeader(row.measure));
    const estimate = interpolatePercentile(row.estimates, settings.valueAddedPercentile)?.value ?? 0;
    const meets = target === null || threshold === undefined ? null : target >= threshold;
    const valueAdded = row.actual === null ? null : roundTo(row.actual - estimate, 2);
    return { row, target, meets, estimate, valueAdded, rank: null, percentileRank: null };
  });
  const byMeasure = new Map<string, PupilOutcome[]>();
  for (const o of outcomes) {
    if (o.row.actual === null) continue;
    const key = normaliseHeader(o.row.measure);
    const list = byMeasure.get(key) ?? [];
    list.push(o);
    byMeasure.set(key, list);
  }
  const classes: ClassRow[] = [];
  for (const [key, list] of byMeasure) {
    for (const r of rankPupils(list, (o) => o.row.actual as number, direction.get(key) ?? false)) {
      r.item.rank = r.rank;
      r.item.percentileRank = r.percentileRank;
    }
    const measure = list[0]?.row.measure ?? key;
    const va = classValueAdded(list.map((o) => ({ school: o.row.school, className: o.row.className, actual: o.row.actual as number, estimate: o.estimate })));
    classes.push(...va.map((c) => ({ ...c, measure })));
  }
  return { pupils: outcomes, classes, cohorts: cohorts(outcomes, thresholds), issues: rangeWarnings(rows, settings) };
}
