import { describe, expect, it } from 'vitest';
import { isFunctionError } from '../../../core/functions/types.js';
import { TARGET_FUNCTIONS, benchmarksFromRange } from '../../../core/functions/targets-functions.js';

const fn = (id: string) => {
  const def = TARGET_FUNCTIONS.find((f) => f.id === id);
  if (!def) throw new Error(id);
  return def.impl;
};

describe('custom functions TARGET, MILESTONE, PROGRESS', () => {
  it('exposes exactly the three ids, each with an example', () => {
    expect(TARGET_FUNCTIONS.map((f) => f.id)).toEqual(['TARGET', 'MILESTONE', 'PROGRESS']);
    for (const f of TARGET_FUNCTIONS) expect(f.example).toMatch(new RegExp(`PATHWAY\\.${f.id}\\(`));
  });

  it.each<[string, unknown[], unknown]>([
    ['percentile, labels across', ['Percentile', 62, [['P75', 'P90'], [68, 74]]], 70],
    ['percentile, labels down', ['percentile', 62, [['P50', 62], ['P75', 68], ['P90', 74]]], 70],
    ['national plus with a text baseline', ['National plus', '55', [['National', 61]]], 61],
    ['stretch, 2 dp', ['Stretch', -0.2, [['P80', 0.4]], false, 2], 0.1],
    ['lower is better keeps the baseline', ['Percentile', 9, [['P75', 13], ['P90', 10]], true], 9],
    ['the percentile argument', ['Percentile', 50, [['P50', 60], ['P90', 80]], false, 1, 70], 70],
  ])('TARGET %s', (_, args, expected) => {
    expect(fn('TARGET')(...args)).toBe(expected);
  });

  it.each<[string, unknown[], unknown]>([
    ['3 terms, second term', [60, 66, 2, 3], 64],
    ['6 half-terms with weights', [50, 60, 5, 6, [[20, 40, 60, 80, 90, 100]]], 59],
    ['default 6 half-terms', [0, 6, 1], 1],
  ])('MILESTONE %s', (_, args, expected) => {
    expect(fn('MILESTONE')(...args)).toBe(expected);
  });

  it.each<[unknown[], string]>([
    [[58, 60], 'On track'],
    [[57.9, 60], 'Slightly below'],
    [[0.31, 0.1, 0.2], 'Above'],
    [[19.1, 15, 2, true], 'Well below'],
  ])('PROGRESS%j', (args, expected) => {
    expect(fn('PROGRESS')(...args)).toBe(expected);
  });

  it.each<[string, string, unknown[], string]>([
    ['TARGET', 'unknown method', ['Guess', 60, [['P80', 70]]], '#VALUE!'],
    ['TARGET', 'no benchmarks for the method', ['National plus', 60, [['P80', 70]]], '#N/A'],
    ['MILESTONE', 'period out of range', [60, 66, 4, 3], '#NUM!'],
    ['MILESTONE', 'weights that fall', [60, 66, 1, 3, [[50, 40, 100]]], '#VALUE!'],
    ['MILESTONE', 'periods not 3 or 6', [60, 66, 1, 4], '#NUM!'],
    ['PROGRESS', 'text actual', ['lots', 60], '#VALUE!'],
  ])('%s with %s returns an error value, never throws', (id, _, args, error) => {
    const r = fn(id)(...args);
    expect(isFunctionError(r)).toBe(true);
    expect(isFunctionError(r) && r.error).toBe(error);
  });

  it('reads Top quartile and National labels from a range', () => {
    expect(benchmarksFromRange([['National', 'Top quartile', 'P50'], [-0.03, 0.29, 0.02]])).toEqual({ percentiles: [{ p: 50, value: 0.02 }], national: -0.03, topQuartile: 0.29 });
  });
});
