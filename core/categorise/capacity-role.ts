import type { Journey } from '../settings/types.js';
import { STRANDS } from '../tracker/types.js';
import { isScore, type StrandScores } from './judge-phase.js';
import type { CapacityRole } from './types.js';
import { listWords, STRAND_WORDS } from './_lib/words.js';

const GIVER_JOURNEYS: Journey[] = ['A', 'B', 'E', 'F', 'G'];
const TAKER_JOURNEYS: Journey[] = ['C', 'D', 'H'];

export interface CapacityVerdict {
  role: CapacityRole | null;
  reason: string | null;
}

/**
 * Giver or taker of support (FRAMEWORK.md section 6). A school with both signs is a taker: its
 * own needs come first, and the reason names the strengths it could share later
 * (docs/decisions/0203).
 */
export function capacityRole(strands: StrandScores, journey: Journey | null): CapacityRole | null {
  return capacityVerdict(strands, journey).role;
}

/** The role with its reason in plain words. */
export function capacityVerdict(strands: StrandScores, journey: Journey | null): CapacityVerdict {
  const known = STRANDS.filter((k) => isScore(strands[k]));
  const weak = known.filter((k) => (strands[k] as number) <= 2).map((k) => `${STRAND_WORDS[k]} ${strands[k]}`);
  const strong = known.filter((k) => strands[k] === 4).map((k) => STRAND_WORDS[k]);
  const takes = [...weak, ...(journey && TAKER_JOURNEYS.includes(journey) ? [`journey ${journey}`] : [])];
  const gives = [...(strong.length ? [`${strong.length === STRANDS.length ? 'every strand' : listWords(strong)} at 4`] : []), ...(journey && GIVER_JOURNEYS.includes(journey) ? [`journey ${journey}`] : [])];
  if (takes.length) {
    const later = gives.length ? `; once stronger it could share ${listWords(gives)}` : '';
    return { role: 'taker', reason: `Capacity: takes support (${listWords(takes)})${later}.` };
  }
  if (gives.length) return { role: 'giver', reason: `Capacity: can give support (${listWords(gives)}).` };
  return { role: null, reason: null };
}
