import type { Cell } from './types.js';

/** A cell as trimmed text: numbers in plain notation, booleans as TRUE/FALSE, empty as "". */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // Most text has no no-break spaces: then trimming is all there is to do (cellText runs per cell).
  if (cell.indexOf('\u00a0') < 0 && cell.indexOf('\u2007') < 0 && cell.indexOf('\u202f') < 0) return cell.trim();
  return cell.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
}

/** True for null, undefined and text that is only whitespace. */
export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}

/** Quote a cell's content for a message, shortened so a stray paragraph does not swamp it. */
export function quoted(cell: Cell | undefined): string {
  const text = cellText(cell);
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}
