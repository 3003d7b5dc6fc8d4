import { normaliseHeader } from '../../grid/normalise-header.js';

/** A word list keyed by normaliseHeader, so "Requires Improvement", "requires-improvement" match. */
export interface Vocabulary<V> {
  values: ReadonlyMap<string, V>;
  /** The word as listed, for messages ("urgent improvement", not its key). */
  words: ReadonlyMap<string, string>;
}

export function vocabulary<V>(entries: Record<string, V>): Vocabulary<V> {
  const list = Object.entries(entries);
  return {
    values: new Map(list.map(([word, value]) => [normaliseHeader(word), value])),
    words: new Map(list.map(([word]) => [normaliseHeader(word), word])),
  };
}

export interface WordMatch<V> {
  value: V;
  /** The listed word when the text was a near miss (a likely misspelling), else null. */
  correctedFrom: string | null;
}

/** Edit distance counting a swap of two neighbouring letters as one slip (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * Look a word up exactly, then as a likely misspelling: one slip allowed in words of 5+ letters,
 * two in words of 10+, and only when a single listed word is that close.
 */
export function lookUp<V>(vocab: Vocabulary<V>, text: string): WordMatch<V> | null {
  const key = normaliseHeader(text);
  if (key === '') return null;
  const exact = vocab.values.get(key);
  if (exact !== undefined) return { value: exact, correctedFrom: null };
  if (key.length < 5) return null;
  const memo = NEAR.get(vocab) ?? new Map<string, WordMatch<unknown> | null>();
  NEAR.set(vocab, memo);
  if (memo.has(key)) return memo.get(key) as WordMatch<V> | null;
  const found = nearest(vocab, key);
  if (memo.size < 5_000) memo.set(key, found);
  return found;
}

// Near-miss searches are the slow part of reading words; the same typo recurs down a column.
const NEAR = new WeakMap<object, Map<string, WordMatch<unknown> | null>>();

function nearest<V>(vocab: Vocabulary<V>, key: string): WordMatch<V> | null {
  const allowed = key.length >= 10 ? 2 : 1;
  const near = [...vocab.values.entries()].filter(([word]) => word.length >= 5 && Math.abs(word.length - key.length) <= allowed && distance(word, key) <= allowed);
  const values = new Set(near.map(([, v]) => JSON.stringify(v)));
  const first = near[0];
  return first && values.size === 1 ? { value: first[1], correctedFrom: vocab.words.get(first[0]) ?? first[0] } : null;
}
