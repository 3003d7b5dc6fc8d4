/** A forgiving join key for measure names: case, spacing and stray punctuation do not matter. */
export function measureKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9%+]+/g, '')
    .trim();
}
