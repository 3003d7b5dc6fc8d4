import { describe, expect, it } from 'vitest';
import type { Cell, SheetGrid } from '../../../core/grid/types.js';
import { targetsSheets } from '../../../core/targets/run-targets.js';
import { BASELINES, BENCHMARKS, DROPS, PUPILS_OAK } from './fixtures.js';

/** Replace one cell (A1 address) of a fixture sheet: the messy variant of a good input. */
function withCell(sheet: SheetGrid, address: string, value: Cell): SheetGrid {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = (m[1] as string).charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  const grid = sheet.grid.map((r) => [...r]);
  while (grid.length <= row) grid.push([]);
  (grid[row] as Cell[])[col] = value;
  return { name: sheet.name, grid };
}

const base = { BENCHMARKS, BASELINES, DROPS, PUPILS_OAK };
type Key = keyof typeof base;

describe('messy input: every bad cell becomes an issue naming sheet and cell', () => {
  it.each<[string, Key, string, Cell, { sheet: string; cell: string; severity: 'error' | 'warning'; message: RegExp }]>([
    ['a percentile point that is text', 'BENCHMARKS', 'E3', 'sixty-eight', { sheet: 'Benchmarks', cell: 'E3', severity: 'error', message: /P75: "sixty-eight" is not a number; that point is not used/ }],
    ['an unknown method', 'BENCHMARKS', 'B3', 'Best guess', { sheet: 'Benchmarks', cell: 'B3', severity: 'error', message: /not a target method/ }],
    ['a measure listed twice', 'BENCHMARKS', 'A4', 'ks2 rwm exs %', { sheet: 'Benchmarks', cell: 'A4', severity: 'warning', message: /listed again \(first on row 3\)/ }],
    ['figures without a measure name', 'BENCHMARKS', 'A4', null, { sheet: 'Benchmarks', cell: 'A4', severity: 'warning', message: /no measure name/ }],
    ['a baseline that is a word', 'BASELINES', 'D3', 'about 70', { sheet: 'Baselines', cell: 'D3', severity: 'error', message: /Baseline: "about 70" is not a number/ }],
    ['a baseline row without a school', 'BASELINES', 'A3', null, { sheet: 'Baselines', cell: 'A3', severity: 'warning', message: /no school/ }],
    ['a pupil count that is text', 'BASELINES', 'E2', 'sixty', { sheet: 'Baselines', cell: 'E2', severity: 'error', message: /Pupils: "sixty" is not a number/ }],
    ['a measure with no benchmarks', 'BASELINES', 'C3', 'Phonics %', { sheet: 'Baselines', cell: 'A3', severity: 'error', message: /no benchmarks for "Phonics %"/ }],
    ['the same school and measure twice', 'BASELINES', 'C4', 'KS2 RWM EXS %', { sheet: 'Baselines', cell: 'A4', severity: 'warning', message: /has a baseline already/ }],
    ['an impossible drop date', 'DROPS', 'E2', '31/02/2026', { sheet: 'Data drops', cell: 'E2', severity: 'error', message: /February 2026 has no day 31/ }],
    ['a drop dated before the year began', 'DROPS', 'E3', '2025-07-01', { sheet: 'Data drops', cell: 'D3', severity: 'warning', message: /before this academic year began/ }],
    ['a drop with neither date nor a term name', 'DROPS', 'D5', 'Mock 1', { sheet: 'Data drops', cell: 'D5', severity: 'warning', message: /no date and its name is not a term/ }],
    ['a drop for a school (URN) with no target', 'DROPS', 'B3', 999999, { sheet: 'Data drops', cell: 'A3', severity: 'warning', message: /No target with milestones for Elm Park Primary/ }],
    ['an actual that is a word', 'DROPS', 'F2', 'tbc soon', { sheet: 'Data drops', cell: 'F2', severity: 'error', message: /Actual: "tbc soon" is not a number; this drop is not checked/ }],
    ['an estimate that is text', 'PUPILS_OAK', 'F3', '104,2', { sheet: 'Pupils Oakfield', cell: 'F3', severity: 'error', message: /Estimate P80: "104,2" is not a number/ }],
    ['a pupil with no estimate at all', 'PUPILS_OAK', 'E4', null, { sheet: 'Pupils Oakfield', cell: 'E4', severity: 'warning', message: /has no estimate/ }],
    ['a pupil row without a name', 'PUPILS_OAK', 'A5', null, { sheet: 'Pupils Oakfield', cell: 'A5', severity: 'warning', message: /no pupil name/ }],
  ])('%s', (_, key, address, value, expected) => {
    const sheets = Object.entries(base).map(([k, s]) => (k === key ? withCell(s, address, value) : s));
    if (address === 'E4' && key === 'PUPILS_OAK') sheets[3] = withCell(sheets[3] as SheetGrid, 'F4', null);
    const out = targetsSheets(sheets, { asOf: '2026-01-15' });
    const found = out.issues.find((i) => i.sheet === expected.sheet && i.cell === expected.cell && expected.message.test(i.message));
    expect(found, JSON.stringify(out.issues, null, 1)).toBeDefined();
    expect(found?.severity).toBe(expected.severity);
  });

  it.each<[string, Key, string, Cell]>([
    ['"n/a" as a baseline is a gap, not a mistake', 'BASELINES', 'D3', 'n/a'],
    ['"SUPP" as a P-point is a gap', 'BENCHMARKS', 'D3', 'SUPP'],
    ['a blank actual is skipped quietly', 'DROPS', 'F3', null],
  ])('%s', (_, key, address, value) => {
    const sheets = Object.entries(base).map(([k, s]) => (k === key ? withCell(s, address, value) : s));
    const out = targetsSheets(sheets, { asOf: '2026-01-15' });
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('fractions in a % column are read as Excel percentages', () => {
    const grid = BASELINES.grid.map((r) => [...r]);
    (grid[1] as Cell[])[3] = 0.58;
    (grid[2] as Cell[])[3] = 0.712;
    const out = targetsSheets([BENCHMARKS, { name: 'Baselines', grid }], { asOf: '2026-01-15' });
    expect(out.targets.filter((t) => t.measure.name === 'KS2 RWM EXS %').map((t) => t.baseline)).toEqual([58, 71.2]);
  });

  it('text a user typed as a formula is neutralised in every output sheet', () => {
    const sheets = [BENCHMARKS, withCell(BASELINES, 'A2', '=HYPERLINK("http://x","Oak")'), DROPS, PUPILS_OAK];
    const out = targetsSheets(sheets, { asOf: '2026-01-15' });
    const cells = out.sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContain('\'=HYPERLINK("http://x","Oak")');
    expect(cells.some((c) => typeof c === 'string' && /^[=+\-@]/.test(c))).toBe(false);
  });

  it('a sheet with no recognisable headers is left alone', () => {
    const out = targetsSheets([{ name: 'Notes', grid: [['Minutes of the LGB'], ['Targets agreed']] }], { asOf: '2026-01-15' });
    expect(out.recognised).toEqual([]);
    expect(out.issues).toEqual([]);
  });
});
