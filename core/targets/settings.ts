import type { TargetSettings } from './types.js';

/** FRAMEWORK.md section 7's defaults; a trust changes them per run or per measure. */
export const DEFAULT_TARGET_SETTINGS: TargetSettings = {
  method: 'percentile',
  percentile: 80,
  margin: 0,
  stretchK: 0.5,
  tolerance: { percent: 2, progress: 0.2, score: 2 },
  periods: 6,
  weights: null,
  pupilPercentile: 80,
  pupilStep: 1,
  valueAddedPercentile: 50,
};
