import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Issue, SheetGrid } from '../../../core/grid/types.js';
import { readSettings } from '../../../core/settings/index.js';
import { parseTracker, readMapping, ROLE_DEFS } from '../../../core/tracker/index.js';

// Real header words mixed with junk, so generated sheets are often recognised and then read.
const HEADER_WORDS = [...new Set(ROLE_DEFS.flatMap((d) => d.fields.flatMap((f) => f.headers.slice(0, 2))))];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS, 'Setting', 'Value', 'Sheet', 'Field', 'Column', 'Total') },
  { weight: 2, arbitrary: fc.constantFrom('Good', 'Improve', 'n/a', '85%', '2018/19', '31/02/2020', 'QoE: Good; B&A: x', 'Inclusion: Strong', '#N/A', 'Y', 'Primary', 'Oak', 'A', 'F') },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 100010 }), fc.double({ noNaN: false }), fc.constantFrom(2016, 2019, 60, 100001, 0.5)) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.boolean(), fc.string({ maxLength: 12 })) },
);
const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
const sheetName = fc.constantFrom('Schools', 'KS2 RWM EXS %', 'Pathway Settings', 'Pathway Mapping', 'Pathway Schools', 'Data');
const workbook: fc.Arbitrary<SheetGrid[]> = fc.array(fc.record({ name: sheetName, grid }), { minLength: 1, maxLength: 3 });

describe('parsing generated workbooks', () => {
  const addressed = (issues: Issue[]) =>
    issues.every((i) => i.message.length > 0 && (i.cell === '' || /^[A-Z]{1,3}[1-9]\d*$/.test(i.cell)));

  it('parseTracker never throws, and every issue names a sheet and an A1 cell (10,000 workbooks, seed 42)', () => {
    fc.assert(
      fc.property(workbook, (sheets) => addressed(parseTracker(sheets, readMapping(sheets).mapping).issues)),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('readSettings and readMapping never throw either (2,000 workbooks, seed 42)', () => {
    fc.assert(
      fc.property(workbook, (sheets) => addressed(readSettings(sheets).issues) && addressed(readMapping(sheets).issues)),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('gives the same result twice (no hidden state between runs)', () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        expect(parseTracker(sheets)).toEqual(parseTracker(sheets));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
