import { cellText } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import { fail, ok, type Parsed } from '../grid/parsed.js';
import type { Cell } from '../grid/types.js';
import { lookUp, vocabulary, type Vocabulary } from './_lib/vocabulary.js';
import type { EducationPhase, StrandScore } from './types.js';

/** A parsed word plus a note when Pathway read a near-miss spelling. */
export type WordParsed<V> = Parsed<V> & { note?: string };

const PHASE_WORDS = vocabulary<StrandScore>({
  stabilise: 1, stabilize: 1, stabilising: 1, stabilizing: 1, stabilisation: 1, stabilization: 1,
  repair: 2, repairing: 2,
  improve: 3, improving: 3,
  sustain: 4, sustaining: 4, sustained: 4, sustainable: 4,
});

const SCORE_NAMES = ['Stabilise', 'Repair', 'Improve', 'Sustain'];

/**
 * A "digit and/or word" cell such as 3, "3", "Improve", "3 - Improve" or "Good (2)": the digit and
 * the word must agree when both are there.
 */
export function digitOrWord<V extends number>(cell: Cell, words: Vocabulary<V>, max: number, what: string): WordParsed<V | null> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 && cell <= max ? ok(cell as V) : fail(`${cell} is not a ${what} (1–${max})`);
  }
  const missing = missingReason(cell);
  if (missing !== null) return missing.includes('error value') ? fail(missing) : ok(null);
  const text = cellText(cell);
  const digits = text.match(/(?<![\d.])\d+(?![\d.])/g) ?? [];
  const wordPart = text.replace(/\bgrade\b|(?<![\d.])\d+(?![\d.])|[()\-–:=.,]/gi, ' ').trim();
  const digit = digits.length === 1 ? Number(digits[0]) : null;
  if (digits.length > 1 || (digit !== null && (digit < 1 || digit > max))) return fail(`"${text}" is not a ${what} (1–${max})`);
  if (wordPart === '') return digit === null ? ok(null) : ok(digit as V);
  const word = lookUp(words, wordPart);
  if (!word) return fail(`"${text}" is not a ${what} Pathway knows`);
  if (digit !== null && digit !== word.value) return fail(`"${text}" gives two different ${what}s`);
  const result: WordParsed<V | null> = ok(word.value);
  if (word.correctedFrom) result.note = `read "${text}" as "${word.correctedFrom}"`;
  return result;
}

/** A strand cell: 1–4, a phase name (Stabilise … Sustain, -ize spellings too), or blank for unknown. */
export function parseStrandScore(cell: Cell): WordParsed<StrandScore | null> {
  const parsed = digitOrWord(cell, PHASE_WORDS, 4, 'strand score');
  if (parsed.ok || typeof cell === 'boolean') return parsed.ok ? parsed : fail(`${String(cell)} is not a strand score`);
  return fail(`${parsed.reason}; use 1–4 or ${SCORE_NAMES.join(', ')}`);
}

const SAFEGUARDING = vocabulary<'effective' | 'not effective'>({
  effective: 'effective', yes: 'effective', y: 'effective', true: 'effective', met: 'effective', 'safeguarding effective': 'effective',
  'not effective': 'not effective', ineffective: 'not effective', no: 'not effective', n: 'not effective',
  false: 'not effective', 'not met': 'not effective', unmet: 'not effective', 'safeguarding not effective': 'not effective',
});

export function parseSafeguarding(cell: Cell): WordParsed<'effective' | 'not effective' | null> {
  if (typeof cell === 'boolean') return ok(cell ? 'effective' : 'not effective');
  if (missingReason(cell) !== null && !cellText(cell).startsWith('#')) return ok(null);
  const word = lookUp(SAFEGUARDING, cellText(cell));
  if (!word) return fail(`"${cellText(cell)}" is not a safeguarding judgement; use Effective or Not effective`);
  const result: WordParsed<'effective' | 'not effective' | null> = ok(word.value);
  if (word.correctedFrom) result.note = `read "${cellText(cell)}" as "${word.correctedFrom}"`;
  return result;
}

const EDUCATION_PHASES = vocabulary<EducationPhase>({
  primary: 'primary', 'primary school': 'primary', infant: 'primary', infants: 'primary', junior: 'primary', juniors: 'primary',
  first: 'primary', 'first school': 'primary', 'infant and junior': 'primary', 'middle deemed primary': 'primary',
  secondary: 'secondary', 'secondary school': 'secondary', high: 'secondary', 'high school': 'secondary', upper: 'secondary',
  'middle deemed secondary': 'secondary',
  'all-through': 'all-through', 'all through': 'all-through', allthrough: 'all-through', 'through school': 'all-through',
  '3-18': 'all-through', '4-18': 'all-through', '4-16': 'all-through',
  special: 'special', 'special school': 'special', sen: 'special', send: 'special',
  ap: 'alternative', 'alternative provision': 'alternative', alternative: 'alternative', pru: 'alternative', 'pupil referral unit': 'alternative',
  nursery: 'nursery', 'nursery school': 'nursery', 'early years': 'nursery',
  'post-16': 'post-16', 'post 16': 'post-16', '16 plus': 'post-16', '16-19': 'post-16', 'sixth form': 'post-16', 'sixth form college': 'post-16',
});

export function parseEducationPhase(cell: Cell): WordParsed<EducationPhase | null> {
  if (missingReason(cell) !== null) return ok(null);
  const word = lookUp(EDUCATION_PHASES, cellText(cell));
  if (!word && lookUp(PHASE_WORDS, cellText(cell))) {
    return fail(`"${cellText(cell)}" is an improvement phase, not a phase of education (primary, secondary …); if this column holds improvement phases, map it in a Pathway Mapping sheet or rename its header`);
  }
  if (!word) return fail(`"${cellText(cell)}" is not a phase of education Pathway knows (primary, secondary, all-through, special, AP, nursery, post-16)`);
  const result: WordParsed<EducationPhase | null> = ok(word.value);
  if (word.correctedFrom) result.note = `read "${cellText(cell)}" as "${word.correctedFrom}"`;
  return result;
}

const YES_NO = vocabulary<boolean>({ yes: true, y: true, true: true, '1': true, no: false, n: false, false: false, '0': false, none: false });

/** A yes/no flag: blank is no. */
export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (cellText(cell) === '') return ok(false);
  const word = lookUp(YES_NO, cellText(cell));
  return word ? ok(word.value) : fail(`"${cellText(cell)}" is not yes or no`);
}
