import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callFunction, FUNCTIONS } from '../../../core/functions/index.js';
import { isFunctionError } from '../../../core/functions/types.js';

const call = (id: string, ...args: unknown[]) => callFunction(id, args);
const errorOf = (r: unknown) => (isFunctionError(r) ? r : null);

describe('registry', () => {
  it('has the categorise and targets functions with unique upper-case ids', () => {
    const ids = FUNCTIONS.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['PHASE', 'CATEGORY', 'BANDPOSITION', 'TRAJECTORY', 'TARGET', 'MILESTONE', 'PROGRESS']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9]*$/);
  });

  it('optional parameters come last', () => {
    for (const f of FUNCTIONS) {
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional), f.id).toBe(true);
    }
  });

  it('an unknown id is an error value, not a throw', () => {
    expect(call('NOPE')).toEqual({ error: '#N/A', message: 'There is no Pathway function called NOPE.' });
  });

  it('ids are matched without regard to case', () => {
    expect(call('bandposition', 70, 60, 65, 70, 80)).toBe(2);
  });

  it('every function describes itself and each parameter, and its example calls it by name', () => {
    for (const f of FUNCTIONS) {
      expect(f.description.length, f.id).toBeGreaterThan(40);
      expect(f.example, f.id).toMatch(new RegExp(`^=PATHWAY\\.${f.id}\\(.* → \\S`));
      for (const p of f.params) {
        expect(p.name, f.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(p.description.length, `${f.id} ${p.name}`).toBeGreaterThan(5);
      }
      expect(new Set(f.params.map((p) => p.name)).size, f.id).toBe(f.params.length);
    }
  });

  it('property: no input makes any function throw, and every error is a spreadsheet error value with a message (seed 42)', () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.string(), fc.double(), fc.integer({ min: 0, max: 7 }), fc.boolean());
    const arg = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 4 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.array(arg, { maxLength: 8 }), (def, args) => {
        // The definition itself, not callFunction, whose catch would hide a throw.
        const result = def.impl(...args);
        if (isFunctionError(result)) {
          expect(['#VALUE!', '#N/A', '#NUM!', '#REF!']).toContain(result.error);
          expect(result.message).toMatch(new RegExp(`^PATHWAY\\.${def.id}\\b`));
        }
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('PATHWAY.PHASE and PATHWAY.CATEGORY', () => {
  it.each<[string, unknown[], unknown, string, string]>([
    ['a row of numbers', [[3, 3, 2, 3, 3, 4, 3, 3]], 'effective', 'Improve', 'C'],
    ['a column of numbers', [[4], [4], [3], [4], [3], [4], [3], [3]], 'Effective', 'Improve', 'B'],
    ['phase names and blanks, as Excel sends them', [['Sustain', 'sustain', '', 'Sustain', null, 4, '4', 'Improve']], '', 'Sustain', 'A'],
    ['safeguarding not effective', [[4, 4, 4, 4, 4, 4, 4, 4]], 'not effective', 'Stabilise', 'E'],
    ['no safeguarding argument', [[2, 2, 2, 2, 2, 2, 2, 2]], undefined, 'Repair', 'D'],
    ['too few strands', [[3, '', '', 3, '', '', 3, '']], 'effective', 'Insufficient evidence', 'Insufficient evidence'],
  ])('%s', (_, strands, sg, phase, category) => {
    expect(call('PHASE', strands, sg)).toBe(phase);
    expect(call('CATEGORY', strands, sg)).toBe(category);
  });

  it('several rows give a column, with safeguarding per row', () => {
    const strands = [
      [3, 3, 3, 3, 3, 3, 3, 3],
      [1, 3, 3, 3, 3, 3, 3, 3],
      [4, 4, 4, 4, 4, 4, 4, 4],
    ];
    expect(call('PHASE', strands, [['effective'], [''], ['not effective']])).toEqual([['Improve'], ['Stabilise'], ['Stabilise']]);
    expect(call('CATEGORY', strands, 'effective')).toEqual([['C'], ['E'], ['A']]);
  });

  // Decision 0214: a 9th cell is inclusion, a 10th personal development, as on Pathway Schools.
  it.each<[string, unknown[], string, string]>([
    ['the eight alone: median 3, half at 4', [[3, 3, 3, 3, 4, 4, 4, 4]], 'Improve', 'B'],
    ['inclusion at 4 lifts the median of nine', [[3, 3, 3, 3, 4, 4, 4, 4, 4]], 'Sustain', 'A'],
    ['inclusion and personal development at 2 leave fewer than half at 4', [[3, 3, 3, 3, 4, 4, 4, 4, 2, 2]], 'Improve', 'C'],
    ['a blank inclusion cell with personal development at 4', [[3, 3, 3, 3, 4, 4, 4, 4, '', 4]], 'Sustain', 'A'],
    ['a column of ten', [[4], [4], [4], [4], [3], [3], [3], [3], [2], [2]], 'Improve', 'C'],
  ])('optional strands: %s', (_, strands, phase, category) => {
    expect(call('PHASE', strands, 'effective')).toBe(phase);
    expect(call('CATEGORY', strands, 'effective')).toBe(category);
  });

  it.each<[string, unknown[], RegExp]>([
    ['wrong number of cells', [[[3, 3, 3]]], /needs the 8 strands .* It got 1 × 3\./],
    ['eleven cells', [[[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]]], /inclusion \(9 cells\) and personal development \(10 cells\).* It got 1 × 11\./],
    ['rows of different widths', [[[3, 3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3, 3]]], /It got 2 × 8\./],
    ['a bad personal development cell', [[[3, 3, 3, 3, 3, 3, 3, 3, 3, 'great']]], /personal development \(item 10 of the strands\) is "great"/],
    ['a strand out of range', [[[3, 3, 5, 3, 3, 3, 3, 3]]], /staffing \(item 3 of the strands\) is 5; use 1–4/],
    ['a strand word it does not know', [[[3, 'good', 3, 3, 3, 3, 3, 3]]], /governance .* is "good"/],
    ['an unknown safeguarding word', [[[3, 3, 3, 3, 3, 3, 3, 3]], 'maybe'], /safeguarding is "maybe"/],
    ['safeguarding of the wrong length', [[[3, 3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3]], [['effective'], ['effective'], ['effective']]], /one cell per row of strands \(2\); it got 3/],
  ])('error value for %s', (_, args, message) => {
    for (const id of ['PHASE', 'CATEGORY']) {
      const err = errorOf(callFunction(id, args));
      expect(err?.error).toBe('#VALUE!');
      expect(err?.message).toMatch(message);
      expect(err?.message).toMatch(new RegExp(`^PATHWAY\\.${id}`));
    }
  });
});

describe('PATHWAY.BANDPOSITION', () => {
  it.each<[string, unknown[], unknown]>([
    ['a single value', [75, 60, 65, 70, 80], 2.5],
    ['text numbers and a % sign', ['70%', '60', '65', '70', '80'], 2],
    ['lower is better', [15, 30, 25, 20, 10], 2.5],
    ['a blank value is a blank result', ['', 60, 65, 70, 80], null],
    ['a row of values', [[[60, '', 80, 100]], 60, 65, 70, 80], [[0, null, 3, 4]]],
    ['a column of values with per-row thresholds', [[[60], [70]], [[60], [50]], [[65], [55]], [[70], [60]], [[80], [70]]], [[0], [3]]],
  ])('%s', (_, args, expected) => {
    expect(callFunction('BANDPOSITION', args)).toEqual(expected);
  });

  it.each<[string, unknown[], string, RegExp]>([
    ['text that is not a number', ['abc', 60, 65, 70, 80], '#VALUE!', /value is "abc", not a number/],
    ['a bad cell inside a range names its place', [[[1, 2], [3, 'x']], 60, 65, 70, 80], '#VALUE!', /value \(row 2, column 2\) is "x"/],
    ['thresholds out of order', [65, 60, 70, 65, 80], '#NUM!', /must all rise, or all fall/],
    ['a blank threshold', [65, 60, '', 70, 80], '#VALUE!', /a threshold is blank/],
    ['mismatched shapes', [[[1, 2, 3]], [[60, 61]], 65, 70, 80], '#VALUE!', /floor must be one cell or a range of 1 × 3/],
  ])('error value for %s', (_, args, code, message) => {
    const err = errorOf(callFunction('BANDPOSITION', args));
    expect(err?.error).toBe(code);
    expect(err?.message).toMatch(message);
  });
});

describe('PATHWAY.TRAJECTORY', () => {
  const years = [[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]];
  it.each<[string, unknown[], unknown]>([
    ['steady improver across the 2020–21 gap', [[[62, 64, 66, 68, '', '', 70, 72]], years, 60, 65, 70, 80], 'F'],
    ['academic-year text in years', [[[62, 64, 66]], [['2016/17', '2017-18', '2018-2019']], 60, 65, 70, 80], 'F'],
    ['a column with per-year thresholds', [[[60], [70], [80]], [[2019], [2022], [2023]], [[60], [60], [60]], [[65], [65], [65]], [[70], [70], [70]], [[80], [80], [80]]], 'B'],
    ['too little data', [[[62, '', '']], [[2019, 2020, 2021]], 60, 65, 70, 80], 'Too little data'],
    ['weakest performers', [[[50, 51, 52]], [[2023, 2024, 2025]], 60, 65, 70, 80], 'H'],
  ])('%s', (_, args, expected) => {
    expect(callFunction('TRAJECTORY', args)).toEqual(expected);
  });

  it('returns the features as one row with option "features"', () => {
    expect(call('TRAJECTORY', [[60, 62.5, 65, 67.5, 70]], [[2015, 2016, 2017, 2018, 2019]], 60, 65, 70, 80, 'Features')).toEqual([[5, 0.5, 0, 2, 1, 0, 2, 1.5]]);
  });

  it.each<[string, unknown[], string, RegExp]>([
    ['values and years of different lengths', [[[1, 2, 3]], [[2019, 2020]], 60, 65, 70, 80], '#VALUE!', /same length; there are 3 values and 2 years/],
    ['a year it cannot read', [[[61, 62, 63]], [[2019, 'last year', 2021]], 60, 65, 70, 80], '#VALUE!', /year 2 is "last year"/],
    ['a value that is not a number', [[[61, 'n/a', 63]], [[2019, 2020, 2021]], 60, 65, 70, 80], '#VALUE!', /value 2 is "n\/a"/],
    ['the same year twice', [[[61, 62, 63]], [[2019, '2018/19', 2021]], 60, 65, 70, 80], '#VALUE!', /2019 appears twice/],
    ['a missing threshold for a year with a value', [[[61, 62, 63]], [[2019, 2020, 2021]], [[60, '', 60]], 65, 70, 80], '#VALUE!', /floor for 2020 is blank/],
    ['thresholds out of order', [[[61, 62, 63]], [[2019, 2020, 2021]], 60, 65, 65, 80], '#NUM!', /thresholds for 2019 .* must all rise/],
    ['an unknown option', [[[61, 62, 63]], [[2019, 2020, 2021]], 60, 65, 70, 80, 'everything'], '#VALUE!', /option is "everything"/],
    ['features with too little data', [[[61]], [[2019]], 60, 65, 70, 80, 'features'], '#N/A', /Too little data: 1 year/],
  ])('error value for %s', (_, args, code, message) => {
    const err = errorOf(callFunction('TRAJECTORY', args));
    expect(err?.error).toBe(code);
    expect(err?.message).toMatch(message);
  });
});
