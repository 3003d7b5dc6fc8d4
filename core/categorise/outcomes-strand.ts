import type { StrandScore } from '../tracker/types.js';
import type { SeriesPoint } from './trajectory-features.js';
import { fmt, listWords, tidy } from './_lib/words.js';

export interface DerivedScore {
  score: StrandScore;
  reason: string;
}

/**
 * The outcomes strand from the headline measure's band positions (FRAMEWORK.md section 2): the
 * latest available year decides 1–3 (p < 1, 1 ≤ p < 2, p ≥ 2); 4 needs p ≥ 2 in each of the last
 * `sustainYears` available years and no pupil group flagged. Null when there is no band position.
 */
export function outcomesStrand(series: SeriesPoint[], measure: string, groupsUnderperforming: boolean, sustainYears: number, coasting = 'lowest 25 %'): DerivedScore | null {
  const usable = series.filter((pt) => Number.isFinite(pt.p)).sort((a, b) => a.year - b.year);
  const last = usable[usable.length - 1];
  if (!last) return null;
  const p = tidy(last.p);
  const where = `${measure} band position ${fmt(p)} in ${last.year}`;
  if (p < 1) return { score: 1, reason: `Outcomes 1 from data: ${where}, below the trust's coasting line (${coasting}).` };
  if (p < 2) return { score: 2, reason: `Outcomes 2 from data: ${where}, between the trust's coasting line (${coasting}) and national.` };
  const recent = usable.slice(-sustainYears);
  const sustained = recent.length === sustainYears && recent.every((pt) => tidy(pt.p) >= 2);
  if (!sustained) {
    return { score: 3, reason: `Outcomes 3 from data: ${where}, at or above national, but not yet in each of the last ${sustainYears} years with results.` };
  }
  const years = listWords(recent.map((pt) => String(pt.year)));
  if (groupsUnderperforming) {
    return { score: 3, reason: `Outcomes 3 from data: ${measure} at or above national in ${years}, but a pupil group is flagged as significantly underperforming.` };
  }
  return { score: 4, reason: `Outcomes 4 from data: ${measure} at or above national in ${years}, and no pupil group flagged.` };
}
