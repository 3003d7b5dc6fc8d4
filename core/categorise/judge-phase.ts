import type { Settings } from '../settings/types.js';
import type { AnyStrandKey, StrandScore } from '../tracker/types.js';
import { strandsInUse } from './strands-in-use.js';
import type { PhaseResult, StrandSource } from './types.js';
import { listWords, PHASE_BY_SCORE, STRAND_WORDS } from './_lib/words.js';

export type StrandScores = Partial<Record<AnyStrandKey, StrandScore | null>>;
export type Safeguarding = 'effective' | 'not effective' | null;

export interface PhaseJudgement {
  phase: PhaseResult;
  reasons: string[];
}

/**
 * The overall phase by FRAMEWORK.md section 2's four rules, tried in order: safeguarding not
 * effective, leadership at 1, too few strands known, then the median (rounded down) capped at
 * leadership + 1. `sources`, when given, lets the reasons say which strands came from data.
 *
 * @example judgePhase({ leadership: 2, governance: 3, staffing: 4, outcomes: 4 }, 'effective', DEFAULT_SETTINGS).phase // 'Improve'
 */
export function judgePhase(
  strands: StrandScores,
  safeguarding: Safeguarding,
  settings: Settings,
  sources?: Partial<Record<AnyStrandKey, StrandSource>>,
): PhaseJudgement {
  const inUse = strandsInUse(settings);
  const known = inUse.filter((k) => isScore(strands[k]));
  const missing = inUse.filter((k) => !isScore(strands[k]));
  const notes = context(missing, known, safeguarding, sources);
  if (safeguarding === 'not effective') {
    return { phase: 'Stabilise', reasons: ['Phase Stabilise: safeguarding is not effective, which limits every other judgement.', ...notes] };
  }
  const leadership = strands.leadership;
  if (leadership === 1) {
    return { phase: 'Stabilise', reasons: ['Phase Stabilise: leadership is at 1 (Stabilise); nothing else can move on until leadership is stable.', ...notes] };
  }
  if (known.length < settings.phase.minStrands) {
    const head = `Phase Insufficient evidence: ${known.length} of ${inUse.length} strands known, at least ${settings.phase.minStrands} needed.`;
    return { phase: 'Insufficient evidence', reasons: [head, ...notes] };
  }
  return medianPhase(strands, known, settings, notes);
}

function medianPhase(strands: StrandScores, known: AnyStrandKey[], settings: Settings, notes: string[]): PhaseJudgement {
  const scores = known.map((k) => strands[k] as number).sort((a, b) => a - b);
  const median = Math.floor(middle(scores));
  const medianScore = clampScore(median);
  const lead = strands.leadership;
  const cap = isScore(lead) ? lead + settings.phase.leadershipCap : Infinity;
  const score = clampScore(Math.min(medianScore, cap));
  const phase = PHASE_BY_SCORE[score];
  let head = `Phase ${phase}: median of ${known.length} known strands is ${medianScore} (${PHASE_BY_SCORE[medianScore]})`;
  head += score < medianScore ? `, but leadership ${lead} caps it at ${phase} (improvement runs at the pace of leadership).` : '.';
  const below = known.filter((k) => (strands[k] as number) < score);
  const pulled = below.length ? [`Pulling it down: ${listWords(below.map((k) => `${STRAND_WORDS[k]} ${strands[k]}`))}.`] : [];
  return { phase, reasons: [head, ...pulled, ...notes] };
}

/** Notes every verdict carries: what is missing, what came from data, unrecorded safeguarding. */
function context(
  missing: AnyStrandKey[],
  known: AnyStrandKey[],
  safeguarding: Safeguarding,
  sources?: Partial<Record<AnyStrandKey, StrandSource>>,
): string[] {
  const notes: string[] = [];
  if (missing.length) notes.push(`Not known: ${listWords(missing.map((k) => STRAND_WORDS[k]))}.`);
  const derived = known.filter((k) => sources?.[k] === 'derived');
  if (derived.length) notes.push(`Worked out from the tracker's data: ${listWords(derived.map((k) => STRAND_WORDS[k]))}.`);
  if (safeguarding === null) notes.push('Safeguarding is not recorded, so it could not be checked.');
  return notes;
}

function middle(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function clampScore(n: number): StrandScore {
  return Math.min(4, Math.max(1, Math.floor(n))) as StrandScore;
}

export function isScore(v: unknown): v is StrandScore {
  return v === 1 || v === 2 || v === 3 || v === 4;
}
