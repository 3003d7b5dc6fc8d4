import { describe, expect, it } from 'vitest';
import type { Cell, SheetGrid } from '../../../core/grid/types.js';
import { parseTracker, readMapping } from '../../../core/tracker/index.js';

const mappingSheet = (rows: Cell[][]): SheetGrid => ({ name: 'Pathway Mapping', grid: [['Sheet', 'Field', 'Column'], ...rows] });

// A schools sheet whose strand headers Pathway cannot know: "Lead" and "Money".
const odd: SheetGrid = {
  name: 'Reviews',
  grid: [
    ['School', 'URN', 'Lead', 'Money', 'PA'],
    ['Oak Primary', 100001, 3, 4, 12],
  ],
};

describe('readMapping', () => {
  it('reads column letters, column numbers and header texts', () => {
    const { mapping, issues } = readMapping([odd, mappingSheet([['Reviews', 'leadership', 'C'], ['reviews', 'Finance', 4], ['Reviews', 'Persistent absence %', 'PA']])]);
    expect(issues).toEqual([]);
    expect(mapping).toEqual([
      { sheet: 'Reviews', field: 'leadership', column: 2 },
      { sheet: 'Reviews', field: 'finance', column: 3 },
      { sheet: 'Reviews', field: 'persistentAbsencePct', column: 4 },
    ]);
  });

  it('reads a letter beyond the sheet as a header text, so "PA" finds the PA header', () => {
    const { mapping } = readMapping([odd, mappingSheet([['Reviews', 'persistentAbsencePct', 'pa']])]);
    expect(mapping[0]?.column).toBe(4);
  });

  it.each<[Cell[], string]>([
    [['Nowhere', 'leadership', 'C'], 'A2'],
    [['Reviews', 'happiness', 'C'], 'B2'],
    [['Reviews', 'leadership', 'Not a header'], 'C2'],
    [['Reviews', 'leadership', 0], 'C2'],
  ])('reports %j on %s and leaves the row out', (row, cell) => {
    const { mapping, issues } = readMapping([odd, mappingSheet([row])]);
    expect(mapping).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Pathway Mapping', cell, severity: 'error' })]);
  });

  it('gives nothing, and no issue, without a mapping sheet', () => {
    expect(readMapping([odd])).toEqual({ mapping: [], issues: [] });
  });
});

describe('parseTracker with a mapping override', () => {
  it('uses mapped columns the headers did not reveal', () => {
    const { mapping } = readMapping([odd, mappingSheet([['Reviews', 'leadership', 'C'], ['Reviews', 'finance', 'D']])]);
    const { tracker } = parseTracker([odd], mapping);
    expect(tracker.schools[0]?.strands).toEqual({ leadership: 3, finance: 4 });
    expect(tracker.recognised[0]?.columns).toMatchObject({ leadership: 2, finance: 3, persistentAbsencePct: 4 });
  });

  it('wins over header recognition and frees the column it takes', () => {
    const sheet: SheetGrid = { name: 'S', grid: [['School', 'Leadership', 'Governance'], ['Oak', 1, 4]] };
    const { tracker } = parseTracker([sheet], [{ sheet: 'S', field: 'governance', column: 1 }]);
    expect(tracker.schools[0]?.strands).toEqual({ governance: 1 });
  });

  it('can make a sheet readable that has no recognisable header at all', () => {
    const sheet: SheetGrid = { name: 'Raw', grid: [['Nom', 'Chef'], ['Oak', 2]] };
    const mapping = [{ sheet: 'Raw', field: 'school', column: 0 }, { sheet: 'Raw', field: 'leadership', column: 1 }];
    const { tracker, issues } = parseTracker([sheet], mapping);
    expect(issues).toEqual([]);
    expect(tracker.schools[0]).toMatchObject({ school: 'Oak', strands: { leadership: 2 } });
  });

  it('reports a mapping that still leaves a required column missing', () => {
    const sheet: SheetGrid = { name: 'Raw', grid: [['Nom', 'Chef'], ['Oak', 2]] };
    const { tracker, issues } = parseTracker([sheet], [{ sheet: 'Raw', field: 'leadership', column: 1 }]);
    expect(tracker.schools).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ sheet: 'Raw', cell: 'A1', severity: 'error' }), expect.objectContaining({ sheet: '', cell: '', severity: 'error' })]);
  });
});
