import type { Cell } from '../grid/types.js';

/**
 * One registry of custom functions in core; Excel (`PATHWAY.X`) and Google Sheets
 * (`PATHWAY_X`) expose exactly these, each through a one-line wrapper.
 */
export type FunctionValueType = 'number' | 'string' | 'boolean' | 'any';

export interface FunctionParam {
  name: string;
  description: string;
  type: FunctionValueType;
  /** 'matrix' = accepts a range (2-D array). */
  dimensionality: 'scalar' | 'matrix';
  optional?: boolean;
}

/** An error a custom function returns (never throws): hosts map it to their error value. */
export interface FunctionError {
  error: '#VALUE!' | '#N/A' | '#NUM!' | '#REF!';
  message: string;
}

export type FunctionResult = Cell | Cell[][] | FunctionError;

export interface FunctionDef {
  /** Upper-case id, never renamed once shipped: "PHASE" → =PATHWAY.PHASE / =PATHWAY_PHASE. */
  id: string;
  description: string;
  params: FunctionParam[];
  result: { type: FunctionValueType; dimensionality: 'scalar' | 'matrix' };
  /** An example a user can paste, with its result, for help text and docs. */
  example: string;
  impl: (...args: unknown[]) => FunctionResult;
}

export function isFunctionError(v: unknown): v is FunctionError {
  return typeof v === 'object' && v !== null && 'error' in v && 'message' in v;
}
