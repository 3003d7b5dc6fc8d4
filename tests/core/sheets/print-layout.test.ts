import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT, wrappedLines, wrappedRowHeights } from '../../../core/sheets/row-heights.js';
import { pagesWide, tableSheet } from '../../../core/sheets/table.js';

describe('wrappedLines: lines a wrapped text takes in a column (words never split)', () => {
  it.each([
    ['', 10, 1],
    ['short', 10, 1],
    ['exactly ten', 10, 2], // 11 characters; a line of width 10 holds floor(10 × 1.1) − 1 = 10
    ['one two three four five six', 10, 3],
    ['line one\nline two', 40, 2],
    ['a'.repeat(25), 10, 3], // one word longer than a line is broken by the host across lines
    ['Category D because outcomes and leadership are at 1 while teaching is at 2', 40, 2],
  ])('%j in width %i takes %i lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

describe('wrappedRowHeights', () => {
  it('gives a height only to rows that need more than one line, capped at Excel’s 409 pt', () => {
    const rows = [['title'], ['one two three four five six'], [null], [Array(400).fill('word').join(' ')]];
    const h = wrappedRowHeights(rows, [10], () => true);
    expect(h).toEqual({ 1: 3 * LINE_HEIGHT, 3: 409 });
  });
  it('ignores cells that do not wrap, numbers and blanks', () => {
    const rows = [['one two three four five six', 12345678901234, null]];
    expect(wrappedRowHeights(rows, [10, 2, 2], (_, c) => c !== 0)).toEqual({});
  });
});

describe('pagesWide: pages across that keep the type at 70 % or more', () => {
  it.each([
    [[30, 10, 10], 'landscape', 1],
    [Array(27).fill(11), 'landscape', 2],
    [Array(27).fill(20), 'landscape', 3],
    [[100], 'portrait', 1],
    [[100, 60], 'portrait', 2],
  ] as const)('%j %s → %i', (widths, orientation, pages) => {
    expect(pagesWide(widths, orientation)).toBe(pages);
  });
});

describe('tableSheet print layout', () => {
  const sheet = (header: string, width: number, text: string) =>
    tableSheet({ name: 'Pathway T', title: 't', columns: [{ header: 'School', width: 20 }, { header, width, wrap: true }], rows: [['A', text]] });

  it('widens a column to its header’s longest word so the header never breaks inside a word', () => {
    expect(sheet('Problems', 6, 'x').columns?.[1]?.width).toBeGreaterThanOrEqual(10);
    expect(sheet('Reasons', 40, 'x').columns?.[1]?.width).toBe(40);
  });
  it('sets the height of a body row whose wrapped text needs several lines, and repeats the header rows', () => {
    const s = sheet('Reasons', 20, 'one two three four five six seven eight nine ten eleven twelve');
    expect(s.rowHeights?.[3]).toBe(wrappedLines('one two three four five six seven eight nine ten eleven twelve', 20) * LINE_HEIGHT);
    expect(s.print).toMatchObject({ fitToWidth: 1, repeatRows: 3 });
    expect(s.print?.repeatCols).toBeUndefined();
  });
});
