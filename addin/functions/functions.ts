/// <reference types="custom-functions-runtime" />
import { callFunction, FUNCTIONS } from '../../core/functions/registry.js';
import { declaredArgs, safeResult, type ExcelResult } from './excel-value.js';

function excel(result: ExcelResult): unknown {
  if (typeof result === 'object' && !Array.isArray(result)) {
    return new CustomFunctions.Error(result.error as CustomFunctions.ErrorCode, result.message);
  }
  return result;
}

/**
 * Associate every registry function with its id, synchronously at load as the shared runtime
 * requires. Each wrapper is one line: arguments in, the core's answer out, errors as Excel errors.
 */
export function registerFunctions(): void {
  // Outside Excel (the page opened in a browser) there is no CustomFunctions runtime to join.
  if (typeof CustomFunctions === 'undefined') return;
  for (const f of FUNCTIONS) {
    CustomFunctions.associate(f.id, (...args: unknown[]) => excel(safeResult(() => callFunction(f.id, declaredArgs(args, f.params.length)))));
  }
}
