import { cellText } from './cell-text.js';
import type { Cell } from './types.js';

// Words trackers and DfE tables use for "no figure here", each with what it means.
const MARKERS: Record<string, string> = {
  'n/a': 'not applicable',
  na: 'not applicable',
  'n.a.': 'not applicable',
  '-': 'a dash (no figure)',
  '–': 'a dash (no figure)',
  '—': 'a dash (no figure)',
  '--': 'a dash (no figure)',
  '.': 'no figure',
  '..': 'no figure',
  ':': 'not available',
  supp: 'suppressed (too few pupils)',
  ne: 'no entries',
  np: 'not published',
  x: 'not available',
  c: 'confidential',
  z: 'not applicable',
  low: 'suppressed (low numbers)',
  lowcov: 'low coverage',
  dns: 'did not sit',
  tbc: 'to be confirmed',
  none: 'no figure',
  nil: 'no figure',
  unknown: 'unknown',
  '?': 'unknown',
};

/**
 * Why a cell holds no value, or null when it holds something. Blank cells, the usual
 * "no figure" markers and spreadsheet error values (#N/A, #DIV/0!) all count as missing.
 */
export function missingReason(cell: Cell | undefined): string | null {
  const text = cellText(cell);
  if (text === '') return 'blank';
  const known = MARKERS[text.toLowerCase()];
  if (known) return `"${text}" means ${known}`;
  if (/^#[A-Z0-9/]+[!?]?$/i.test(text)) return `"${text}" is a spreadsheet error value`;
  return null;
}
