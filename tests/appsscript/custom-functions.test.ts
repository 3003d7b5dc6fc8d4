import { describe, expect, it } from 'vitest';
import { callFunction } from '../../core/functions/registry.js';
import { isFunctionError, type FunctionResult } from '../../core/functions/types.js';
import { loadBuiltScript } from './load-built-script.js';

/** What Sheets would show for a core result: empty cells as ''. */
function asSheets(r: Exclude<FunctionResult, { error: string }>): unknown {
  return Array.isArray(r) ? r.map((row) => row.map((c) => c ?? '')) : (r ?? '');
}

const strands = [[3, 3, 2, 3, 3, 4, 3, 3]];
const blanks = [[3, '', 2, '', 3, '', 3, '']];

// [function, arguments as Sheets passes them, the same arguments as the core takes them]
const CASES: [string, unknown[], unknown[]][] = [
  ['PHASE', [strands, 'effective'], [strands, 'effective']],
  ['PHASE', [strands], [strands]],
  ['PHASE', [blanks, ''], [[[3, null, 2, null, 3, null, 3, null]], null]],
  ['PHASE', [[[9, 9, 9, 9, 9, 9, 9, 9]], 'maybe'], [[[9, 9, 9, 9, 9, 9, 9, 9]], 'maybe']],
  ['CATEGORY', [[[4, 4, 3, 4, 3, 4, 3, 3]], 'effective'], [[[4, 4, 3, 4, 3, 4, 3, 3]], 'effective']],
  ['BANDPOSITION', [75, 60, 65, 70, 80], [75, 60, 65, 70, 80]],
  ['BANDPOSITION', [[[55], [75], ['']], 60, 65, 70, 80], [[[55], [75], [null]], 60, 65, 70, 80]],
  ['BANDPOSITION', ['lots', 60, 65, 70, 80], ['lots', 60, 65, 70, 80]],
  ['BANDPOSITION', [new Date(Date.UTC(2025, 10, 1)), 45000, 45500, 46000, 46500], [45962, 45000, 45500, 46000, 46500]],
  ['TRAJECTORY', [[[62, 64, 66, 68, 70]], [[2019, 2022, 2023, 2024, 2025]], 60, 65, 70, 80], [[[62, 64, 66, 68, 70]], [[2019, 2022, 2023, 2024, 2025]], 60, 65, 70, 80]],
  ['TRAJECTORY', [[[62, 64, 66, 68, 70]], [[2019, 2022, 2023, 2024, 2025]], 60, 65, 70, 80, 'features'], [[[62, 64, 66, 68, 70]], [[2019, 2022, 2023, 2024, 2025]], 60, 65, 70, 80, 'features']],
  ['TARGET', ['Percentile', 62, [['P75', 'P90'], [68, 74]]], ['Percentile', 62, [['P75', 'P90'], [68, 74]]]],
  ['TARGET', ['Percentile', '', [['P75', 68], ['P90', '']]], ['Percentile', null, [['P75', 68], ['P90', null]]]],
  ['MILESTONE', [60, 66, 2, 3], [60, 66, 2, 3]],
  ['PROGRESS', ['', 60], [null, 60]],
  ['NOSUCH', [1], [1]],
];

// The targets functions as a sheet would call them, with the answer a head would expect to see.
// [function, arguments as Sheets passes them ('' for empty cells, ranges as 2-D arrays), answer or error message]
const TARGET_CASES: [string, unknown[], string | number | RegExp][] = [
  ['TARGET', ['Percentile', 62, [['P75', 'P90'], [68, 74]]], 70],
  ['TARGET', ['National plus', 55, [['National', 61], ['P90', '']], false, 1], 61],
  ['TARGET', ['Top quartile', 60, [['P50', 'P75'], [55, 'high']]], /the P75 benchmark is "high", not a number/],
  ['TARGET', ['Stretch', '', [['P80', 0.4]]], /stretch method needs a baseline/],
  ['MILESTONE', [60, 66, 2, 3], 64],
  ['MILESTONE', [50, 60, 5, 6, [[20], [40], [60], [80], [90], [100]]], 59],
  ['MILESTONE', [60, 66, 4, 3], /period is 4; use a whole number from 1 to 3/],
  ['PROGRESS', [58, 60], 'On track'],
  ['PROGRESS', [19.1, 15, 2, true], 'Well below'],
  ['PROGRESS', ['', 60], ''],
  ['PROGRESS', [[[58], [59]], 60], /actual is a range of 2 × 1; give one cell/],
];

describe('custom functions in the built Code.js (fake SpreadsheetApp)', () => {
  const { context } = loadBuiltScript();

  it.each(CASES)('PATHWAY_%s answers as the core registry does (%j)', (id, sheetsArgs, coreArgs) => {
    const expected = callFunction(id, coreArgs);
    const fn = context[`PATHWAY_${id}`] as ((...a: unknown[]) => unknown) | undefined;
    if (!fn) {
      // Only ids the registry lacks have no global; the registry then answers #N/A.
      expect(isFunctionError(expected)).toBe(true);
      return;
    }
    if (isFunctionError(expected)) {
      expect(() => fn(...sheetsArgs)).toThrow(expected.message);
    } else {
      expect(JSON.parse(JSON.stringify(fn(...sheetsArgs)))).toEqual(asSheets(expected));
    }
  });

  it.each(TARGET_CASES)('PATHWAY_%s(%j) shows %s', (id, sheetsArgs, shown) => {
    const fn = context[`PATHWAY_${id}`] as (...a: unknown[]) => unknown;
    expect(typeof fn).toBe('function');
    if (shown instanceof RegExp) {
      expect(() => fn(...sheetsArgs)).toThrow(shown);
      expect(() => fn(...sheetsArgs)).toThrow(new RegExp(`^PATHWAY\\.${id}: `));
    } else {
      expect(fn(...sheetsArgs)).toBe(shown);
    }
  });

  it('shows a bad input as a thrown error with the core\'s plain message, never as a value', () => {
    const fn = context.PATHWAY_BANDPOSITION as (...a: unknown[]) => unknown;
    const core = callFunction('BANDPOSITION', ['lots', 60, 65, 70, 80]);
    expect(isFunctionError(core)).toBe(true);
    expect(() => fn('lots', 60, 65, 70, 80)).toThrow(/\w{3,}/);
  });

  it('asks Sheets for the time zone only when an argument is a Date', () => {
    const loaded = loadBuiltScript();
    const fn = loaded.context.PATHWAY_BANDPOSITION as (...a: unknown[]) => unknown;
    fn(75, 60, 65, 70, 80);
    expect(loaded.fake.total()).toBe(0);
    fn(new Date(Date.UTC(2025, 10, 1)), 45000, 45500, 46000, 46500);
    expect(loaded.fake.calls.get('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
  });
});
