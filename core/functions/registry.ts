import { BANDPOSITION } from './band-position.js';
import { CATEGORY } from './category.js';
import { PHASE } from './phase.js';
import { TARGET_FUNCTIONS } from './targets-functions.js';
import { TRAJECTORY } from './trajectory.js';
import type { FunctionDef, FunctionResult } from './types.js';

/** Every custom function Pathway ships; Excel and Google Sheets expose exactly these ids. */
export const FUNCTIONS: FunctionDef[] = [PHASE, CATEGORY, BANDPOSITION, TRAJECTORY, ...TARGET_FUNCTIONS];

/**
 * Call a registry function by id, the one way hosts call them: an unknown id or an unexpected
 * exception becomes a FunctionError, so a spreadsheet shows an error value and never a crash.
 */
export function callFunction(id: string, args: unknown[]): FunctionResult {
  const def = FUNCTIONS.find((f) => f.id === id.trim().toUpperCase());
  if (!def) return { error: '#N/A', message: `There is no Pathway function called ${id}.` };
  try {
    return def.impl(...args);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { error: '#VALUE!', message: `PATHWAY.${def.id} could not work this out (${why}). Please report this with the cells you used.` };
  }
}
