import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../core/grid/types.js';
import type { Workbook } from '../../../core/ports/workbook.js';
import type { SheetSpec } from '../../../core/sheets/types.js';
import { runTargets } from '../../../core/targets/run-targets.js';
import { runPlans } from '../../../core/plans/run-plans.js';
import { BASELINES, BENCHMARKS, DROPS } from './fixtures.js';

/** A counting fake Workbook: records every host call so counts can be compared across sizes. */
class CountingWorkbook implements Workbook {
  calls = { sheetNames: 0, read: 0, write: 0 };
  constructor(private readonly sheets: Record<string, Grid>) {}
  async sheetNames() {
    this.calls.sheetNames++;
    return Object.keys(this.sheets);
  }
  async read(name: string) {
    this.calls.read++;
    return this.sheets[name] ?? [];
  }
  async write(_spec: SheetSpec) {
    this.calls.write++;
  }
}

function pupils(n: number): Grid {
  const rows: Grid = [['Pupil', 'Class', 'School', 'Measure', 'Estimate P50', 'Estimate P80', 'Actual']];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, `C${i % 40}`, `School ${i % 7}`, 'KS2 Reading', 95 + (i % 13), 99 + (i % 11), 90 + (i % 21)]);
  return rows;
}

describe('host calls stay flat in rows (CountingWorkbook fake)', () => {
  it.each([100, 10_000])('targets with %i pupils: one read per sheet, one write per output sheet', async (n) => {
    const wb = new CountingWorkbook({ Benchmarks: BENCHMARKS.grid, Baselines: BASELINES.grid, Drops: DROPS.grid, Pupils: pupils(n) });
    await runTargets(wb, { asOf: '2026-01-15' });
    expect(wb.calls).toEqual({ sheetNames: 1, read: 4, write: 4 });
  });

  it('plans: one read per sheet, two writes', async () => {
    const wb = new CountingWorkbook({ Plan: [['Priority', 'Action', 'Owner', 'Due'], ['Reading', 'Fluency', 'JP', '2026-01-01']] });
    await runPlans(wb, { asOf: '2026-01-15' });
    expect(wb.calls).toEqual({ sheetNames: 1, read: 1, write: 2 });
  });
});
