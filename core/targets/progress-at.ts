import { cleanDiff } from './_lib/numbers.js';
import type { ProgressStatus } from './types.js';

/**
 * Progress at a data drop (FRAMEWORK.md section 7): above when better than the milestone by
 * more than `tolerance`; on track within it; slightly below within twice it; else well below.
 * For lower-is-better measures "better" means lower. Exactly at an edge counts in the kinder band.
 *
 * @example progressAt(58, 60, 2) // 'on track'
 * @example progressAt(57.9, 60, 2) // 'slightly below'
 */
export function progressAt(actual: number, milestone: number, tolerance: number, lowerIsBetter = false): ProgressStatus {
  const ahead = lowerIsBetter ? cleanDiff(milestone, actual) : cleanDiff(actual, milestone);
  const tol = Math.abs(tolerance);
  if (ahead > tol) return 'above';
  if (ahead >= -tol) return 'on track';
  if (ahead >= -cleanDiff(2 * tol, 0)) return 'slightly below';
  return 'well below';
}
