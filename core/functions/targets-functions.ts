import { MILESTONE } from './milestone.js';
import { PROGRESS } from './progress.js';
import { TARGET } from './target.js';
import type { FunctionDef } from './types.js';

/** The targets capability's functions, in the order the registry lists them. */
export const TARGET_FUNCTIONS: FunctionDef[] = [TARGET, MILESTONE, PROGRESS];

export { benchmarksFromRange } from './_lib/benchmarks-range.js';
