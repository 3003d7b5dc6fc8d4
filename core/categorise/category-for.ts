import type { Category, Settings } from '../settings/types.js';
import { STRANDS, type AnyStrandKey } from '../tracker/types.js';
import { strandsInUse } from './strands-in-use.js';
import { isScore, type StrandScores } from './judge-phase.js';
import type { PhaseResult } from './types.js';

/**
 * The trust category from the phase (FRAMEWORK.md section 3): Sustain A, Improve B when at least
 * the configured share of known strands is at 4 (else C), Repair D, Stabilise E; no category when
 * the evidence is insufficient.
 *
 * @example categoryFor('Improve', { leadership: 4, governance: 4, staffing: 3, outcomes: 3 }, DEFAULT_SETTINGS) // 'B'
 */
export function categoryFor(phase: PhaseResult, strands: StrandScores, settings: Settings): Category | null {
  switch (phase) {
    case 'Sustain':
      return 'A';
    case 'Improve':
      return shareAt4(strands, strandsInUse(settings)) >= settings.category.bShareAt4 ? 'B' : 'C';
    case 'Repair':
      return 'D';
    case 'Stabilise':
      return 'E';
    default:
      return null;
  }
}

/** Share of the known strands scored 4; 0 when none is known. */
export function shareAt4(strands: StrandScores, keys: readonly AnyStrandKey[] = STRANDS): number {
  const known = keys.map((k) => strands[k]).filter(isScore);
  return known.length ? known.filter((s) => s === 4).length / known.length : 0;
}
