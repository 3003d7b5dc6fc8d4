import { milestones } from '../targets/milestones.js';
import type { FunctionDef, FunctionError, FunctionResult } from './types.js';
import { fail, grid, isBad, place, toNumber } from './_lib/args.js';
import { decimalsArg, optionalNumber, requiredNumber } from './_lib/one-cell-args.js';

/** =PATHWAY.MILESTONE(baseline, target, period, [periods], [weights], [decimals]): where a school should be by a term. */
export const MILESTONE: FunctionDef = {
  id: 'MILESTONE',
  description:
    'The milestone for one period of the academic year on the way from baseline to target: 1 is the first term (or half-term), and the last period’s milestone is the target. Linear by default, or by the trust’s cumulative weights; rounded to the decimals.',
  params: [
    { name: 'baseline', description: 'The starting figure (last year’s result).', type: 'any', dimensionality: 'scalar' },
    { name: 'target', description: 'The end-of-year target.', type: 'any', dimensionality: 'scalar' },
    { name: 'period', description: 'Which period: 1 to 3 for terms, 1 to 6 for half-terms.', type: 'number', dimensionality: 'scalar' },
    { name: 'periods', description: '3 (terms: Autumn, Spring, Summer) or 6 (half-terms); default 6.', type: 'number', dimensionality: 'scalar', optional: true },
    { name: 'weights', description: 'Cumulative % of the way to the target by each period, one per period, rising to 100 (e.g. 20, 40, 60, 80, 90, 100); default linear.', type: 'any', dimensionality: 'matrix', optional: true },
    { name: 'decimals', description: 'Decimal places of the milestone; default 1.', type: 'number', dimensionality: 'scalar', optional: true },
  ],
  result: { type: 'number', dimensionality: 'scalar' },
  example: '=PATHWAY.MILESTONE(60, 66, 2, 3) → 64',
  impl: (baseline, target, period, periods, weights, decimals) => milestone(baseline, target, period, periods, weights, decimals),
};

function milestone(baselineArg: unknown, targetArg: unknown, periodArg: unknown, periodsArg: unknown, weightsArg: unknown, decimalsArgument: unknown): FunctionResult {
  const baseline = requiredNumber('MILESTONE', 'baseline', baselineArg);
  if (typeof baseline === 'object') return baseline;
  const target = requiredNumber('MILESTONE', 'target', targetArg);
  if (typeof target === 'object') return target;
  const periods = optionalNumber('MILESTONE', 'periods', periodsArg, 6, (n) => (n === 3 || n === 6 ? null : 'use 3 (terms) or 6 (half-terms)'));
  if (typeof periods === 'object') return periods;
  const period = requiredNumber('MILESTONE', 'period', periodArg);
  if (typeof period === 'object') return period;
  if (!Number.isInteger(period) || period < 1 || period > periods) return fail(`PATHWAY.MILESTONE: period is ${period}; use a whole number from 1 to ${periods}.`, '#NUM!');
  const weights = readWeights(weightsArg);
  if (!Array.isArray(weights)) return weights;
  const decimals = decimalsArg('MILESTONE', decimalsArgument);
  if (typeof decimals === 'object') return decimals;
  const list = milestones(baseline, target, { periods: periods as 3 | 6, weights: weights.length > 0 ? weights : null, academicYear: 2000, decimals });
  if (!list.ok) return fail(`PATHWAY.MILESTONE: weights: ${list.reason}.`);
  return list.value[period - 1]?.value ?? fail(`PATHWAY.MILESTONE: there is no milestone for period ${period}.`, '#NUM!');
}

/** The weights as numbers in reading order; blank cells are skipped, so a longer range may be given. */
function readWeights(arg: unknown): number[] | FunctionError {
  const g = grid(arg);
  const out: number[] = [];
  for (const [r, row] of g.entries()) {
    for (const [c, v] of row.entries()) {
      const n = toNumber(v);
      if (isBad(n)) return fail(`PATHWAY.MILESTONE: weights (${place(r, c, g.length, row.length)}) is ${n.bad}, not a number.`);
      if (n !== null) out.push(n);
    }
  }
  return out;
}
