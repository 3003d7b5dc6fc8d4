import { describe, expect, it } from 'vitest';
import { callFunction } from '../../../core/functions/index.js';
import { isFunctionError } from '../../../core/functions/types.js';

const errorOf = (r: unknown) => (isFunctionError(r) ? r : null);
const across = [['P75', 'P90'], [68, 74]];

describe('PATHWAY.TARGET', () => {
  it.each<[string, unknown[], unknown]>([
    ['percentile, labels across', ['Percentile', 62, across], 70],
    ['percentile, labels down under a header row', ['percentile', 62, [['Benchmark', 'Value'], ['P50', 62], ['P75', 68], ['P90', 74]]], 70],
    ['a baseline above the benchmark stays the target', ['Percentile', 71.24, across], 71.3],
    ['a blank baseline', ['Percentile', null, across], 70],
    ['a baseline as text with a % sign', ['Top quartile', '55%', [['Top quartile', 58]]], 58],
    ['national plus', ['National plus', 55, [['National', 61], ['P90', '']]], 61],
    ['stretch to 2 dp', ['Stretch', -0.2, [['P80', 0.4]], false, 2], 0.1],
    ['lower is better, as Y', ['Percentile', 14, [['P75', 13], ['P90', 10]], 'Y'], 12],
    ['the percentile argument', ['Percentile', 50, [['P50', 60], ['P90', 80]], false, 1, 70], 70],
    ['a one-cell range as Sheets passes it', [[['Percentile']], [[62]], across], 70],
  ])('%s', (_, args, expected) => {
    expect(callFunction('TARGET', args)).toBe(expected);
  });

  it.each<[string, unknown[], string, RegExp]>([
    ['a method it does not know', ['Guess', 60, across], '#VALUE!', /method is "Guess"; use Percentile, National plus, Top quartile or Stretch/],
    ['a blank method', ['', 60, across], '#VALUE!', /method is blank/],
    ['a baseline that is not a number', ['Percentile', 'lots', across], '#VALUE!', /baseline is "lots", not a number/],
    ['a range as the baseline', ['Percentile', [[60], [61]], across], '#VALUE!', /baseline is a range of 2 × 1; give one cell/],
    ['a benchmark label it does not know', ['Percentile', 60, [['Median', 62]]], '#VALUE!', /benchmarks has 62 labelled "Median"/],
    ['a benchmark that is not a number', ['Percentile', 60, [['P75', 'high']]], '#VALUE!', /the P75 benchmark is "high"/],
    ['no benchmark the method needs', ['National plus', 60, [['P80', 70]]], '#N/A', /national-plus method needs a national figure/],
    ['stretch without a baseline', ['Stretch', '', across], '#N/A', /stretch method needs a baseline/],
    ['lowerIsBetter not yes or no', ['Percentile', 60, across, 'maybe'], '#VALUE!', /lowerIsBetter is "maybe"; use TRUE or FALSE/],
    ['decimals not whole', ['Percentile', 60, across, false, 1.5], '#NUM!', /decimals is 1.5; use a whole number from 0 to 6/],
    ['a percentile of 100', ['Percentile', 60, across, false, 1, 100], '#NUM!', /percentile is 100; use a percentile above 0 and below 100/],
  ])('error value for %s', (_, args, code, message) => {
    const err = errorOf(callFunction('TARGET', args));
    expect(err?.error).toBe(code);
    expect(err?.message).toMatch(/^PATHWAY\.TARGET: /);
    expect(err?.message).toMatch(message);
  });
});

describe('PATHWAY.MILESTONE', () => {
  it.each<[string, unknown[], unknown]>([
    ['3 terms, the second', [60, 66, 2, 3], 64],
    ['the last period is the target', [60, 66, 3, 3], 66],
    ['6 half-terms by default', [0, 6, 1], 1],
    ['lower is better falls towards the target', [20, 14, 3], 17],
    ['cumulative weights in a row', [50, 60, 5, 6, [[20, 40, 60, 80, 90, 100]]], 59],
    ['weights in a column with % signs and a blank to skip', [50, 60, 1, 3, [['50%'], [''], ['75%'], ['100%']]], 55],
    ['2 decimals', [0.1, 0.35, 1, 3, null, 2], 0.18],
    ['text numbers', ['60', '66', '1', 3], 62],
  ])('%s', (_, args, expected) => {
    expect(callFunction('MILESTONE', args)).toBe(expected);
  });

  it.each<[string, unknown[], string, RegExp]>([
    ['a blank baseline', ['', 66, 1], '#VALUE!', /baseline is blank; it needs a number/],
    ['a target that is not a number', [60, 'high', 1], '#VALUE!', /target is "high", not a number/],
    ['a period past the last', [60, 66, 4, 3], '#NUM!', /period is 4; use a whole number from 1 to 3/],
    ['a period of 0', [60, 66, 0], '#NUM!', /period is 0; use a whole number from 1 to 6/],
    ['periods not 3 or 6', [60, 66, 1, 4], '#NUM!', /periods is 4; use 3 \(terms\) or 6 \(half-terms\)/],
    ['weights that fall', [60, 66, 1, 3, [[50, 40, 100]]], '#VALUE!', /weights: weights must not fall/],
    ['too few weights', [60, 66, 1, 6, [[50, 100]]], '#VALUE!', /2 weights were given for 6 periods/],
    ['a weight that is not a number', [60, 66, 1, 3, [[50, 'most', 100]]], '#VALUE!', /weights \(item 2\) is "most"/],
  ])('error value for %s', (_, args, code, message) => {
    const err = errorOf(callFunction('MILESTONE', args));
    expect(err?.error).toBe(code);
    expect(err?.message).toMatch(/^PATHWAY\.MILESTONE: /);
    expect(err?.message).toMatch(message);
  });
});

describe('PATHWAY.PROGRESS', () => {
  it.each<[string, unknown[], unknown]>([
    ['at the edge of the tolerance is on track', [58, 60], 'On track'],
    ['just past it is slightly below', [57.9, 60], 'Slightly below'],
    ['past twice the tolerance is well below', [55.9, 60], 'Well below'],
    ['a progress score above', [0.31, 0.1, 0.2], 'Above'],
    ['lower is better, as TRUE', [19.1, 15, 2, true], 'Well below'],
    ['lower is better, lower than the milestone', [12, 15, 2, 'yes'], 'Above'],
    ['a drop not yet in is blank', ['', 60], null],
  ])('%s', (_, args, expected) => {
    expect(callFunction('PROGRESS', args)).toBe(expected);
  });

  it.each<[string, unknown[], string, RegExp]>([
    ['an actual that is not a number', ['lots', 60], '#VALUE!', /actual is "lots", not a number/],
    ['a blank milestone', [58, ''], '#VALUE!', /milestone is blank/],
    ['a negative tolerance', [58, 60, -1], '#NUM!', /tolerance is -1; use 0 or more/],
    ['lowerIsBetter not yes or no', [58, 60, 2, 'down'], '#VALUE!', /lowerIsBetter is "down"/],
  ])('error value for %s', (_, args, code, message) => {
    const err = errorOf(callFunction('PROGRESS', args));
    expect(err?.error).toBe(code);
    expect(err?.message).toMatch(/^PATHWAY\.PROGRESS: /);
    expect(err?.message).toMatch(message);
  });
});
