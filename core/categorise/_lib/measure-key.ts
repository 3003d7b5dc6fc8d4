// A trust has tens of measure names but tens of thousands of values, so keys are worked out once.
const cache = new Map<string, string>();

/** A forgiving join key for measure names: case, spacing and stray punctuation do not matter. */
export function measureKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[^a-z0-9%+]+/g, '');
    if (cache.size < 10_000) cache.set(name, key);
  }
  return key;
}
