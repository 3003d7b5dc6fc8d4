import { normaliseHeader } from '../../grid/normalise-header.js';

// normaliseHeader runs Unicode normalisation; with 60,000 pupils naming a few dozen schools,
// classes and measures, remembering each folded text once keeps reading under a second.
const folded = new Map<string, string>();
const LIMIT = 50_000;

/** normaliseHeader, remembered: the same text always folds the same way. */
export function fold(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = normaliseHeader(text);
    if (folded.size >= LIMIT) folded.clear();
    folded.set(text, key);
  }
  return key;
}
