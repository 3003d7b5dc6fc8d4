import { parseYes } from '../../targets/_lib/words.js';
import type { FunctionError } from '../types.js';
import { describe, fail, isBad, isBlank, oneCell, toNumber } from './args.js';

// Readers for one-cell arguments (the targets functions take one school's figures at a time).
// Each gives the value, or a FunctionError whose message names the function and the argument.

const prefix = (fn: string, name: string) => `PATHWAY.${fn}: ${name}`;

/** A number, or null when the cell is blank. */
export function numberOrBlank(fn: string, name: string, arg: unknown): number | null | FunctionError {
  const cell = oneCell(arg);
  if (isBad(cell)) return fail(`${prefix(fn, name)} is ${cell.bad}.`);
  const n = toNumber(cell);
  if (isBad(n)) return fail(`${prefix(fn, name)} is ${n.bad}, not a number.`);
  return n;
}

/** A number that must be given. */
export function requiredNumber(fn: string, name: string, arg: unknown): number | FunctionError {
  const n = numberOrBlank(fn, name, arg);
  return n === null ? fail(`${prefix(fn, name)} is blank; it needs a number.`) : n;
}

/**
 * An optional number: blank or left out gives `fallback`; `problem` says what is wrong with a
 * number outside the allowed values (a #NUM! error), or null when it is fine.
 */
export function optionalNumber(fn: string, name: string, arg: unknown, fallback: number, problem: (n: number) => string | null): number | FunctionError {
  const n = numberOrBlank(fn, name, arg);
  if (n === null) return fallback;
  if (typeof n !== 'number') return n;
  const why = problem(n);
  return why === null ? n : fail(`${prefix(fn, name)} is ${n}; ${why}.`, '#NUM!');
}

/** Decimal places: a whole number from 0 to 6, 1 when left out. */
export function decimalsArg(fn: string, arg: unknown): number | FunctionError {
  return optionalNumber(fn, 'decimals', arg, 1, (n) => (Number.isInteger(n) && n >= 0 && n <= 6 ? null : 'use a whole number from 0 to 6'));
}

/** TRUE/FALSE, or yes/no as trusts type it (Y, N, 1, 0); blank or left out is FALSE. */
export function yesNoArg(fn: string, name: string, arg: unknown): boolean | FunctionError {
  const cell = oneCell(arg);
  if (isBad(cell)) return fail(`${prefix(fn, name)} is ${cell.bad}.`);
  if (isBlank(cell)) return false;
  const read = parseYes(typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean' ? cell : null);
  return read.ok ? read.value : fail(`${prefix(fn, name)} is ${describe(cell)}; use TRUE or FALSE.`);
}
