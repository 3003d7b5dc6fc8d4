import type { Phase } from '../../settings/types.js';
import type { AnyStrandKey, StrandScore } from '../../tracker/types.js';

/** Phase by strand score: 1 Stabilise … 4 Sustain. */
export const PHASE_BY_SCORE: Record<StrandScore, Phase> = { 1: 'Stabilise', 2: 'Repair', 3: 'Improve', 4: 'Sustain' };

/** Strand names as they read inside a sentence ("leadership 2 caps it at Improve"). */
export const STRAND_WORDS: Record<AnyStrandKey, string> = {
  leadership: 'leadership',
  governance: 'governance',
  staffing: 'staffing',
  attendance: 'attendance',
  finance: 'finance',
  outcomes: 'outcomes',
  teaching: 'teaching & CPD',
  behaviour: 'behaviour',
  inclusion: 'inclusion',
  personalDevelopment: 'personal development',
};

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A figure for a sentence: at most 2 decimals, no trailing zeros, no "-0". */
export function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Comparisons at the rule edges must not be decided by binary noise (2.1 − 0.6 is
 * 1.5000000000000002), so figures are rounded to 9 places before a rule looks at them.
 */
export function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
