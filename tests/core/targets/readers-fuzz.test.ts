import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../../core/grid/types.js';
import { plansSheets } from '../../../core/plans/run-plans.js';
import { targetsSheets } from '../../../core/targets/run-targets.js';

// Cells as users leave them: numbers, dates as serials, %, markers, words, formulas, blanks.
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 40000, max: 50000 }),
  fc.boolean(),
  fc.constantFrom('n/a', 'SUPP', '-', '65%', '0.65', '31/02/2026', '2025-12-12', 'Autumn 2', 'Yes', 'no', '£1,200', 'Red', 'G', '=1+1', '  ', 'Percentile', 'stretch'),
  fc.string({ maxLength: 12 }),
);

const HEADERS: Record<string, Cell[]> = {
  benchmarks: ['Measure', 'Method', 'National', 'P50', 'P75', 'P90', 'Pupil threshold', 'Lower is better'],
  baselines: ['School', 'URN', 'Measure', 'Baseline', 'Pupils', 'Method'],
  drops: ['School', 'URN', 'Measure', 'Drop', 'Date', 'Actual', 'Pupils'],
  pupils: ['Pupil', 'Class', 'School', 'Measure', 'Estimate P50', 'Estimate P80', 'Actual'],
  plan: ['School', 'Priority', 'Lift pitch', 'Impact measure', 'Action', 'Type', 'Owner', 'Start', 'Due', 'Budget', 'CPD', 'Status'],
  themes: ['Strategic priority', 'Theme', 'Tag words', 'Lead'],
  delivery: ['Theme', 'What', 'How', 'Measurable outcome', 'Lead', 'Autumn', 'Spring', 'Summer'],
};

function gridArb(header: Cell[]): fc.Arbitrary<Grid> {
  return fc.array(fc.array(cellArb, { minLength: header.length, maxLength: header.length }), { maxLength: 12 }).map((rows) => [header, ...rows]);
}

function inside(cell: string, grid: Grid): boolean {
  if (cell === '') return true; // the contract's "whole sheet"
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return false;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return Number(m[2]) <= grid.length && col < Math.max(...grid.map((r) => r.length));
}

describe('generated grids never make the readers throw (fast-check, seed 42)', () => {
  it('targets: 2,000 workbooks of messy benchmarks, baselines, drops and pupils; every issue names a cell inside its sheet', () => {
    fc.assert(
      fc.property(gridArb(HEADERS.benchmarks as Cell[]), gridArb(HEADERS.baselines as Cell[]), gridArb(HEADERS.drops as Cell[]), gridArb(HEADERS.pupils as Cell[]), (b, base, d, p) => {
        const sheets = [
          { name: 'B', grid: b },
          { name: 'Base', grid: base },
          { name: 'D', grid: d },
          { name: 'P', grid: p },
        ];
        const out = targetsSheets(sheets, { asOf: '2026-01-15' });
        const byName = new Map(sheets.map((s) => [s.name, s.grid]));
        for (const i of out.issues) expect(inside(i.cell, byName.get(i.sheet) ?? []), JSON.stringify(i)).toBe(true);
        for (const s of out.sheets) for (const c of s.rows.flat()) if (typeof c === 'string') expect(/^[=+\-@]/.test(c)).toBe(false);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('plans: 2,000 workbooks of messy plans, themes and delivery plans', () => {
    fc.assert(
      fc.property(gridArb(HEADERS.plan as Cell[]), gridArb(HEADERS.themes as Cell[]), gridArb(HEADERS.delivery as Cell[]), (plan, themes, delivery) => {
        const sheets = [
          { name: 'Plan', grid: plan },
          { name: 'Themes', grid: themes },
          { name: 'Delivery', grid: delivery },
        ];
        const out = plansSheets(sheets, { asOf: '2026-01-15' });
        const byName = new Map(sheets.map((s) => [s.name, s.grid]));
        for (const i of out.issues) expect(inside(i.cell, byName.get(i.sheet) ?? []), JSON.stringify(i)).toBe(true);
        for (const f of out.findings) expect(inside(f.cell, byName.get(f.sheet) ?? [])).toBe(true);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
