import { describe, expect, it } from 'vitest';
import { parseTracker } from '../../../core/tracker/index.js';
import { CORPUS } from './corpus.js';

function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node === null || node === undefined ? undefined : (node as Record<string, unknown>)[key]), root);
}

describe('messy-input corpus', () => {
  it('has at least 100 named cases, each name unique', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { tracker, issues } = parseTracker(c.sheets, c.mapping ?? []);
    expect(issues.map((i) => `${i.sheet}!${i.cell}:${i.severity}`)).toEqual(c.issues);
    for (const i of issues) expect(i.message).toMatch(/Pathway/);
    // Walked as JSON: performance values are stored by column and read back as plain points.
    if (c.read) expect(at(JSON.parse(JSON.stringify(tracker)), c.read[0]) ?? null).toEqual(c.read[1] ?? null);
  });
});
