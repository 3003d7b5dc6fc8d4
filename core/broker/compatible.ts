import type { EducationPhase, StrandKey } from '../tracker/types.js';

/** What decides whether one school's outcomes can help another's: its headline measure and phase. */
export interface Judged {
  phase: EducationPhase | null;
  measure: string | null;
}

/**
 * Outcomes support only between compatible schools (decision 0808): the same headline measure
 * (a secondary on Progress 8 helps an all-through school on Progress 8), or, when the measures
 * differ or one is unknown, the same phase of education (a secondary falling back to Attainment 8
 * still helps a secondary on Progress 8). A primary on KS2 results gives no Progress 8 support.
 */
export function outcomesCompatible(giver: Judged, taker: Judged): boolean {
  if (giver.measure !== null && giver.measure === taker.measure) return true;
  return giver.phase !== null && giver.phase === taker.phase;
}

/** Whether a giver may support a taker on this strand: every strand but outcomes crosses phases freely. */
export function canServe(giver: Judged, taker: Judged, strand: StrandKey): boolean {
  return strand !== 'outcomes' || outcomesCompatible(giver, taker);
}
