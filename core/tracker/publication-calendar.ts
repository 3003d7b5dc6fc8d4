import { measureKey } from './measure-key.js';

/**
 * Years (the summer an academic year ends in) for which a measure was never published, so a gap
 * there is not missing data. Sources:
 * - No KS2 tests or KS4 exams were graded for performance tables in 2020 and 2021 (DfE, "Coronavirus
 *   (COVID-19): cancellation of GCSEs, AS and A levels in 2020" and "in 2021"; KS2 tests cancelled).
 * - Progress 8 is not published for 2024/25 and 2025/26: those cohorts have no KS2 test baseline
 *   (DfE, "Secondary accountability measures guide", 2024/25 edition, section on Progress 8).
 * - KS2 progress (reading, writing, maths) is not published for 2023/24 and 2024/25: those cohorts
 *   have no KS1 baseline (DfE, "Primary school accountability in 2024" and "in 2025").
 * Keyed by measureKey, so "Progress 8", "progress_8" and "P8" spellings used in trackers all match.
 */
const NOT_PUBLISHED: Record<string, number[]> = {};

function add(names: string[], years: number[]): void {
  for (const n of names) NOT_PUBLISHED[measureKey(n)] = years;
}

add(['Progress 8', 'P8', 'progress_8', 'p8_score'], [2020, 2021, 2025, 2026]);
add(['KS2 reading progress', 'KS2 writing progress', 'KS2 maths progress', 'read_prog', 'writ_prog', 'mat_prog'], [2020, 2021, 2024, 2025]);
add(['KS2 RWM EXS %', 'KS2 RWM expected %', 'KS2 RWM GDS %', 'rwm_exp_pct', 'rwm_high_pct', 'Attainment 8', 'att8'], [2020, 2021]);

/** True when the measure is known never to have been published for that year. */
export function isUnpublished(measure: string, year: number): boolean {
  return NOT_PUBLISHED[measureKey(measure)]?.includes(year) ?? false;
}

/** The years in (from, to] the measure was published for (or is not known to be missing). */
export function publishedYearsBetween(measure: string, from: number, to: number): number {
  let n = 0;
  for (let y = from + 1; y <= to; y++) if (!isUnpublished(measure, y)) n++;
  return n;
}
