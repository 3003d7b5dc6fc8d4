/**
 * Fold header text to a matching key: case, accents, spacing and punctuation are ignored,
 * "&" and "+" read as "and", and "%", "percent", "per cent" all become "pct". Two headers
 * match when their keys are equal.
 *
 * @example normaliseHeader("Leadership & Management") // "leadershipandmanagement"
 * @example normaliseHeader(" Top 15 % ") // "top15pct"
 */
export function normaliseHeader(text: string): string {
  const known = CACHE.get(text);
  if (known !== undefined) return known;
  const key = fold(text);
  // Header and word lists repeat endlessly across rows; a bounded memo keeps recognition fast.
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, key);
  return key;
}

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/%|\bper\s*cent\b|\bpercent(age)?\b/g, ' pct ')
    .replace(/[^a-z0-9]+/g, '');
}
