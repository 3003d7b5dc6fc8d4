import type { Cell } from '../grid/types.js';

/** Points per line of 11 pt Calibri, Excel's default row height. */
export const LINE_HEIGHT = 15;
/** Excel's tallest row. */
const MAX_ROW_HEIGHT = 409;

/**
 * How many lines a text takes in a column `width` characters wide when it wraps. Column widths
 * count the digit "0"; ordinary text is narrower, so a line holds about 1.1 widths of letters,
 * and words are never split, so each line is filled word by word.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used === 0) {
        count += Math.floor(Math.max(0, len - 1) / perLine);
        used = len > perLine ? len % perLine || perLine : len;
      } else if (used + 1 + len <= perLine) {
        used += 1 + len;
      } else {
        count += 1 + Math.floor(Math.max(0, len - 1) / perLine);
        used = len > perLine ? len % perLine || perLine : len;
      }
    }
    lines += count;
  }
  return lines;
}

/**
 * Row heights (points, by zero-based row) that show every line of the wrapped cells, for the rows
 * that need more than one line. Neither LibreOffice nor Excel grows a row for wrapped text in a file
 * it opens, so without these the lines overprint the next row when printed.
 */
export function wrappedRowHeights(rows: readonly (readonly Cell[])[], widths: readonly number[], wraps: (row: number, col: number) => boolean): Record<number, number> {
  const heights: Record<number, number> = {};
  rows.forEach((row, r) => {
    let lines = 1;
    row.forEach((v, c) => {
      if (typeof v !== 'string' || v === '' || !wraps(r, c)) return;
      lines = Math.max(lines, wrappedLines(v, widths[c] ?? 8.43));
    });
    if (lines > 1) heights[r] = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
  return heights;
}
