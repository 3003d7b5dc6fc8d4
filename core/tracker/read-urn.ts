import { cellText, quoted } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import type { Cell } from '../grid/types.js';
import { cellAt, report, type SheetRead } from './_lib/sheet-read.js';

/** A URN as text: 123456 and "123456" and 123456.0 agree; null when blank. */
export function urnText(cell: Cell): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? String(cell) : null;
  if (missingReason(cell) !== null) return null;
  return cellText(cell).replace(/^urn\s*:?\s*/i, '');
}

/** Read a row's URN, warning when it is not the usual run of digits (it is still used as typed). */
export function readUrn(read: SheetRead, r: number): string | null {
  if (read.columns.urn === undefined) return null;
  const cell = cellAt(read, r, 'urn');
  const urn = urnText(cell);
  if (urn === null && typeof cell === 'number') {
    report(read, r, 'urn', `The URN ${quoted(cell)} is not a whole number. Pathway ignored it and matched the school by name. Type the six-digit URN.`, 'error');
  } else if (urn !== null && !/^\d{5,8}$/.test(urn)) {
    report(read, r, 'urn', `The URN ${quoted(cell)} is not the usual five to eight digits. Pathway used it as typed. Check it against Get Information about Schools.`, 'warning');
  }
  return urn;
}
