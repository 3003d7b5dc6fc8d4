import { setTarget } from '../targets/set-target.js';
import { DEFAULT_TARGET_SETTINGS } from '../targets/settings.js';
import type { TargetMeasure } from '../targets/types.js';
import { parseMethod } from '../targets/_lib/words.js';
import type { FunctionDef, FunctionResult } from './types.js';
import { describe, fail, isBad, isBlank, oneCell } from './_lib/args.js';
import { benchmarksFromRange } from './_lib/benchmarks-range.js';
import { decimalsArg, numberOrBlank, optionalNumber, yesNoArg } from './_lib/one-cell-args.js';

const METHODS = 'Percentile, National plus, Top quartile or Stretch';

/** =PATHWAY.TARGET(method, baseline, benchmarks, [lowerIsBetter], [decimals], [percentile]): one school's target for one measure. */
export const TARGET: FunctionDef = {
  id: 'TARGET',
  description:
    'A target for one measure from the school’s baseline and benchmarks, by the framework’s default settings. Percentile: the value at P80 of similar schools (or the percentile you give), read between the points supplied. National plus: the national figure. Top quartile: the top-quartile figure, or P75. Stretch: halfway from the baseline to the percentile point (or national). Never worse than the baseline; rounded to the decimals.',
  params: [
    { name: 'method', description: `${METHODS}.`, type: 'string', dimensionality: 'scalar' },
    { name: 'baseline', description: 'The school’s current figure for the measure; may be blank except for Stretch.', type: 'any', dimensionality: 'scalar' },
    { name: 'benchmarks', description: 'A range of labels (P50, P75, P90, National, Top quartile) with their values, labels across the top row or down the first column; blank values are skipped.', type: 'any', dimensionality: 'matrix' },
    { name: 'lowerIsBetter', description: 'TRUE for a measure where lower is better, such as persistent absence; default FALSE.', type: 'any', dimensionality: 'scalar', optional: true },
    { name: 'decimals', description: 'Decimal places of the target: 1 for percentages, 2 for progress scores; default 1.', type: 'number', dimensionality: 'scalar', optional: true },
    { name: 'percentile', description: 'The percentile the Percentile and Stretch methods read, above 0 and below 100; default 80.', type: 'number', dimensionality: 'scalar', optional: true },
  ],
  result: { type: 'number', dimensionality: 'scalar' },
  example: '=PATHWAY.TARGET("Percentile", 62, {"P75","P90";68,74}) → 70',
  impl: (method, baseline, benchmarks, lowerIsBetter, decimals, percentile) => target(method, baseline, benchmarks, lowerIsBetter, decimals, percentile),
};

function target(methodArg: unknown, baselineArg: unknown, benchmarksArg: unknown, lowerArg: unknown, decimalsArgument: unknown, percentileArg: unknown): FunctionResult {
  const cell = oneCell(methodArg);
  if (isBad(cell)) return fail(`PATHWAY.TARGET: method is ${cell.bad}.`);
  const method = parseMethod(typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? cell : null);
  if (!method.ok) return fail(`PATHWAY.TARGET: method is ${isBlank(cell) ? 'blank' : describe(cell)}; use ${METHODS}.`);
  const baseline = numberOrBlank('TARGET', 'baseline', baselineArg);
  if (typeof baseline === 'object' && baseline !== null) return baseline;
  const benchmarks = benchmarksFromRange(benchmarksArg);
  if ('error' in benchmarks) return benchmarks;
  const lowerIsBetter = yesNoArg('TARGET', 'lowerIsBetter', lowerArg);
  if (typeof lowerIsBetter === 'object') return lowerIsBetter;
  const decimals = decimalsArg('TARGET', decimalsArgument);
  if (typeof decimals === 'object') return decimals;
  const percentile = optionalNumber('TARGET', 'percentile', percentileArg, DEFAULT_TARGET_SETTINGS.percentile, (n) => (n > 0 && n < 100 ? null : 'use a percentile above 0 and below 100'));
  if (typeof percentile === 'object') return percentile;
  const measure: TargetMeasure = { name: 'measure', kind: 'score', lowerIsBetter, decimals, min: null, max: null };
  const made = setTarget(method.value, baseline, benchmarks, measure, { percentile });
  return made.ok ? made.value.value : fail(`PATHWAY.TARGET: ${made.reason}.`, '#N/A');
}
