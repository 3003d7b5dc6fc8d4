import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../cli/csv-parse.js';
import type { Cell, Grid } from '../../core/grid/types.js';

const SEED = 42;

/** The test's own RFC 4180 writer: quote a field only when it must be. */
function toCsv(grid: Grid, lineEnd: string): string {
  const field = (v: Cell) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) || s.startsWith('\uFEFF') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.map((row) => row.map(field).join(',')).join(lineEnd);
}

describe('parseCsv (RFC 4180, our own parser)', () => {
  it.each<[string, string, Grid]>([
    ['plain fields', 'School,URN\nOak,100001', [['School', 'URN'], ['Oak', '100001']]],
    ['numbers and percentages stay text', '85%,0.85,85,n/a', [['85%', '0.85', '85', 'n/a']]],
    ['quoted commas', '"Oak, Primary",1', [['Oak, Primary', '1']]],
    ['doubled quotes', '"Say ""hi""",x', [['Say "hi"', 'x']]],
    ['embedded line breaks', '"line 1\r\nline 2",x', [['line 1\r\nline 2', 'x']]],
    ['CRLF line ends', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['CR line ends (old Mac)', 'a,b\rc,d', [['a', 'b'], ['c', 'd']]],
    ['a byte-order mark', '\uFEFFSchool,URN', [['School', 'URN']]],
    ['empty fields as null', 'a,,c\n,,', [['a', null, 'c']]],
    ['a blank line inside as a blank row', 'a\n\nb', [['a'], [null], ['b']]],
    ['short rows padded to the widest', 'a,b,c\nd', [['a', 'b', 'c'], ['d', null, null]]],
    ['trailing empty columns dropped', 'a,b,\nc,,', [['a', 'b'], ['c', null]]],
    ['dates as typed', '01/04/2018,2018-19', [['01/04/2018', '2018-19']]],
    ['a quoted empty field as null', '"",x', [[null, 'x']]],
    ['a stray quote inside a field kept', 'ab"c,d', [['ab"c', 'd']]],
    ['an unterminated quote runs to the end', '"abc\ndef', [['abc\ndef']]],
    ['an empty file', '', []],
    ['spaces kept', ' a , b ', [[' a ', ' b ']]],
  ])('reads %s', (_what, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('round-trips any grid of text and blanks, whatever the line ends (fast-check, seed 42)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ',', '"', '\r', '\n', ' ', '\uFEFF', 'é', '=', '%'), minLength: 1, maxLength: 8 });
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(fc.option(text, { nil: null }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      )
      .map((g) => {
        // Pin the last cell so the used range is exactly the grid generated.
        g[g.length - 1]![g[0]!.length - 1] = 'end';
        return g;
      });
    fc.assert(
      fc.property(grid, fc.constantFrom('\r\n', '\n', '\r'), fc.boolean(), (g, eol, trailing) => {
        const csv = toCsv(g, eol) + (trailing ? eol : '');
        expect(parseCsv(csv)).toEqual(g);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('never throws and always returns a rectangle (fast-check, seed 42)', () => {
    const unit = fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF', ' ', '9');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
        const g = parseCsv(s);
        const width = g[0]?.length ?? 0;
        expect(g.every((r) => r.length === width)).toBe(true);
        expect(g.flat().every((v) => v === null || (typeof v === 'string' && v !== ''))).toBe(true);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});
