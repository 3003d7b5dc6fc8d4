import { normaliseHeader } from '../../grid/normalise-header.js';

/** A word list keyed by normaliseHeader, so "Requires Improvement", "requires-improvement" match. */
export type Vocabulary<V> = ReadonlyMap<string, V>;

export function vocabulary<V>(entries: Record<string, V>): Vocabulary<V> {
  return new Map(Object.entries(entries).map(([word, value]) => [normaliseHeader(word), value]));
}

export interface WordMatch<V> {
  value: V;
  /** The listed word when the text was a near miss (a likely misspelling), else null. */
  correctedFrom: string | null;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Look a word up exactly, then as a likely misspelling: one slip allowed in words of 5+ letters,
 * two in words of 10+, and only when a single listed word is that close.
 */
export function lookUp<V>(vocab: Vocabulary<V>, text: string): WordMatch<V> | null {
  const key = normaliseHeader(text);
  if (key === '') return null;
  const exact = vocab.get(key);
  if (exact !== undefined) return { value: exact, correctedFrom: null };
  if (key.length < 5) return null;
  const allowed = key.length >= 10 ? 2 : 1;
  const near = [...vocab.entries()].filter(([word]) => word.length >= 5 && distance(word, key) <= allowed);
  const values = new Set(near.map(([, v]) => JSON.stringify(v)));
  const first = near[0];
  return first && values.size === 1 ? { value: first[1], correctedFrom: first[0] } : null;
}
