import type { Cell } from '../../core/grid/types.js';
import { isFunctionError, type FunctionError, type FunctionResult } from '../../core/functions/types.js';

export type ExcelCellValue = string | number | boolean;

/** What Excel receives: a value, a 2-D array, or an error to wrap in `CustomFunctions.Error`. */
export type ExcelResult = ExcelCellValue | ExcelCellValue[][] | { error: FunctionError['error']; message: string };

function cell(v: Cell): ExcelCellValue {
  return v === null ? '' : v;
}

/** Core result → Excel: an empty cell is "" (Excel would show 0 for null), errors keep their message. */
export function toExcelResult(result: FunctionResult): ExcelResult {
  if (isFunctionError(result)) return { error: result.error, message: result.message };
  if (Array.isArray(result)) return result.map((row) => row.map(cell));
  return cell(result);
}

/** Excel passes omitted optional arguments as null (or undefined) and may append an invocation object: keep the declared ones. */
export function declaredArgs(args: unknown[], count: number): unknown[] {
  return args.slice(0, count).map((a) => (a === undefined ? null : a));
}

/** A registry function never throws by contract; if one ever does, Excel still gets an error value with a message (R1). */
export function safeResult(call: () => FunctionResult): ExcelResult {
  try {
    return toExcelResult(call());
  } catch (err) {
    return { error: '#VALUE!', message: err instanceof Error ? err.message : 'Pathway could not work this out.' };
  }
}
