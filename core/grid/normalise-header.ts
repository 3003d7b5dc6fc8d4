/**
 * Fold header text to a matching key: case, accents, spacing and punctuation are ignored,
 * "&" and "+" read as "and", and "%", "percent", "per cent" all become "pct". Two headers
 * match when their keys are equal.
 *
 * @example normaliseHeader("Leadership & Management") // "leadershipandmanagement"
 * @example normaliseHeader(" Top 15 % ") // "top15pct"
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/%|\bper\s*cent\b|\bpercent(age)?\b/g, ' pct ')
    .replace(/[^a-z0-9]+/g, '');
}
