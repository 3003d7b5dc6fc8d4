import type { Issue } from '../grid/types.js';
import type { SourceRef } from '../tracker/types.js';
import { academicYearOf, yearLabel } from '../grid/academic-year.js';
import { publishedYearsBetween } from '../tracker/publication-calendar.js';
import type { SeriesPoint } from './trajectory-features.js';

/**
 * A latest result this many academic years or more before the run's year is stale: results are
 * a year behind at best, so 3 means at least one more published year is missing (decision 0208).
 */
export const STALE_YEARS = 3;

export interface Staleness {
  latest: number;
  /** Academic years between the latest result and the run's year. */
  age: number;
  runYear: number;
}

/**
 * How old a series' newest point is at the run date, when it is old enough to say so; else null.
 * Given the measure, years it was never published (Progress 8 for 2025 and 2026) are not counted:
 * no one can add results that do not exist.
 */
export function staleness(series: readonly SeriesPoint[], asOf: string, measure?: string): Staleness | null {
  const years = series.map((pt) => pt.year).filter(Number.isFinite);
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  const runYear = academicYearOf(asOf);
  const age = runYear - latest;
  const counted = measure === undefined || !Number.isFinite(age) ? age : publishedYearsBetween(measure, latest, runYear);
  return Number.isFinite(age) && counted >= STALE_YEARS ? { latest, age, runYear } : null;
}

function when(s: Staleness): string {
  return `${s.latest} (${yearLabel(s.latest)}), ${s.age} academic years before the run's year ${yearLabel(s.runYear)}`;
}

/** The sentence added to a trajectory reason built on stale results. */
export function staleReason(s: Staleness): string {
  return `The latest result is for ${when(s)}, so this journey describes the school as it was then, not now.`;
}

/** The warning for a school whose headline results stop years before the run, at its newest value. */
export function staleIssue(school: string, measure: string, s: Staleness, at: SourceRef): Issue {
  return {
    sheet: at.sheet,
    cell: at.cell,
    message: `${school}'s latest ${measure} result is for ${when(s)}. Pathway still gives its trajectory from these results, but it describes the school as it was then. Add newer results if the school has them.`,
    severity: 'warning',
  };
}
