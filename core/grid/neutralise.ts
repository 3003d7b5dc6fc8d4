import type { Cell } from './types.js';

// Characters that make a spreadsheet treat text as a formula or command (OWASP, CWE-1236),
// including full-width forms Excel folds to ASCII, and control characters.
const DANGEROUS_START = /^[\s\u0000]*[=+\-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Make text safe to write into a cell: text a spreadsheet could read as a formula gets a
 * leading apostrophe, the OWASP-recommended guard, which Excel and Sheets treat as
 * "this is text". Numbers and booleans pass through unchanged.
 */
export function neutralise(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  if (!DANGEROUS_START.test(value)) return value;
  return `'${value}`;
}

export function neutraliseRow(row: Cell[]): Cell[] {
  return row.map(neutralise);
}
