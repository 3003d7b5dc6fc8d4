import { progressAt } from '../targets/progress-at.js';
import { PROGRESS_LABELS } from '../targets/types.js';
import type { FunctionDef, FunctionResult } from './types.js';
import { numberOrBlank, optionalNumber, requiredNumber, yesNoArg } from './_lib/one-cell-args.js';

/** =PATHWAY.PROGRESS(actual, milestone, [tolerance], [lowerIsBetter]): how a data drop compares with its milestone. */
export const PROGRESS: FunctionDef = {
  id: 'PROGRESS',
  description:
    'Progress at a data drop against its milestone: Above (better by more than the tolerance), On track (within it), Slightly below (within twice it) or Well below. A blank actual (a drop not yet in) gives a blank result.',
  params: [
    { name: 'actual', description: 'The figure at the data drop; blank = not in yet.', type: 'any', dimensionality: 'scalar' },
    { name: 'milestone', description: 'The milestone for that period (see PATHWAY.MILESTONE).', type: 'any', dimensionality: 'scalar' },
    { name: 'tolerance', description: 'How far either side of the milestone counts as on track: 2 (percentage points) for percentages, 0.2 for progress scores; default 2.', type: 'number', dimensionality: 'scalar', optional: true },
    { name: 'lowerIsBetter', description: 'TRUE for a measure where lower is better, such as persistent absence; default FALSE.', type: 'any', dimensionality: 'scalar', optional: true },
  ],
  result: { type: 'string', dimensionality: 'scalar' },
  example: '=PATHWAY.PROGRESS(58, 60) → On track',
  impl: (actual, milestone, tolerance, lowerIsBetter) => progress(actual, milestone, tolerance, lowerIsBetter),
};

function progress(actualArg: unknown, milestoneArg: unknown, toleranceArg: unknown, lowerArg: unknown): FunctionResult {
  const actual = numberOrBlank('PROGRESS', 'actual', actualArg);
  if (typeof actual === 'object' && actual !== null) return actual;
  const milestone = requiredNumber('PROGRESS', 'milestone', milestoneArg);
  if (typeof milestone === 'object') return milestone;
  const tolerance = optionalNumber('PROGRESS', 'tolerance', toleranceArg, 2, (n) => (n >= 0 ? null : 'use 0 or more'));
  if (typeof tolerance === 'object') return tolerance;
  const lowerIsBetter = yesNoArg('PROGRESS', 'lowerIsBetter', lowerArg);
  if (typeof lowerIsBetter === 'object') return lowerIsBetter;
  if (actual === null) return null;
  return PROGRESS_LABELS[progressAt(actual, milestone, tolerance, lowerIsBetter)];
}
