import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callFunction, FUNCTIONS, functionsReference } from '../../../core/functions/index.js';

const DOC = 'docs/reference/functions.md';

describe(`${DOC}`, () => {
  // PATHWAY_UPDATE_DOCS=1 npx vitest run tests/core/functions rewrites the page after a registry change.
  if (process.env.PATHWAY_UPDATE_DOCS === '1') writeFileSync(DOC, functionsReference(FUNCTIONS));

  it('is current with the registry (regenerate with PATHWAY_UPDATE_DOCS=1)', () => {
    expect(existsSync(DOC)).toBe(true);
    expect(readFileSync(DOC, 'utf8')).toBe(functionsReference(FUNCTIONS));
  });

  it('documents every function and parameter', () => {
    const doc = functionsReference(FUNCTIONS);
    for (const f of FUNCTIONS) {
      expect(doc).toContain(`## PATHWAY.${f.id}(`);
      for (const p of f.params) expect(doc).toContain(`| ${p.name} |`);
    }
  });

  it('notices a change: a renamed parameter changes the page', () => {
    const changed = FUNCTIONS.map((f, i) => (i === 0 ? { ...f, params: f.params.map((p, j) => (j === 0 ? { ...p, name: 'renamed' } : p)) } : f));
    expect(functionsReference(changed)).not.toBe(functionsReference(FUNCTIONS));
  });
});

describe('each documented example gives the result it promises', () => {
  it.each([
    ['PHASE', [[[3, 3, 2, 3, 3, 4, 3, 3]], 'effective'], 'Improve'],
    ['CATEGORY', [[[4, 4, 3, 4, 3, 4, 3, 3]], 'effective'], 'B'],
    ['BANDPOSITION', [75, 60, 65, 70, 80], 2.5],
    ['TRAJECTORY', [[[62, 64, 66, 68, 70]], [[2019, 2022, 2023, 2024, 2025]], 60, 65, 70, 80], 'F'],
    ['TARGET', ['Percentile', 62, [['P75', 'P90'], [68, 74]]], 70],
    ['MILESTONE', [60, 66, 2, 3], 64],
    ['PROGRESS', [58, 60], 'On track'],
  ] as const)('%s', (id, args, result) => {
    const def = FUNCTIONS.find((f) => f.id === id);
    expect(def?.example).toMatch(new RegExp(`→ ${result}$`));
    expect(callFunction(id, [...args])).toEqual(result);
  });
});
