import { describe, expect, it } from 'vitest';
import type { XlRequestContext } from '../../addin/office/excel-model.js';
import { OfficeWorkbook } from '../../addin/office/office-workbook.js';
import type { SheetGrid } from '../../core/grid/types.js';
import { runCategorise } from '../../core/run/categorise.js';
import { tableSheet } from '../../core/sheets/table.js';
import { benchTrackerGrids } from '../../bench/generate.js';
import { MAX_BLOCK_ROWS } from '../../addin/office/plan-blocks.js';
import { CountingExcel } from '../addin/counting-excel.js';

// P3 (../shared/GOALS.md): no proxy object per cell, one Range per block. The Range proxies a
// command creates are counted for 150 and for 60,000 rows; they may grow with the number of
// 20,000-row blocks, never with the rows or cells.

const TRACKER = benchTrackerGrids({ schools: 150, measures: 40, years: 10 });

function tracker(rows: number): SheetGrid[] {
  return TRACKER.map((s) => (s.name === 'Performance' ? { name: s.name, grid: s.grid.slice(0, rows + 1) } : s));
}

async function categorise(rows: number): Promise<CountingExcel> {
  const fx = new CountingExcel(tracker(rows).map((s) => ({ name: s.name, values: s.grid.map((r) => r.map((c) => c ?? '')) })));
  const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
  await runCategorise(wb, { asOf: '2026-03-31' });
  await wb.flush();
  return fx;
}

async function writeTable(rows: number): Promise<CountingExcel> {
  const fx = new CountingExcel([]);
  const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
  await wb.write(tableSheet({
    name: 'Pathway Units',
    title: 'Pathway: ranges per block',
    columns: [{ header: 'School', width: 30 }, { header: 'Phase', width: 12, colours: { Sustain: { fill: 'C6EFCE', font: '006100' } } }, { header: 'Score', width: 10, numFmt: '0.0' }],
    rows: Array.from({ length: rows }, (_, i) => [`School ${i}`, i % 2 ? 'Sustain' : 'Repair', i / 3]),
  }));
  await wb.flush();
  return fx;
}

describe('OfficeWorkbook makes one Range per block, not per row or cell (P3)', () => {
  it('categorise over a 150-row and a 60,000-row performance sheet', async () => {
    const small = await categorise(150);
    const large = await categorise(60_000);
    const extraBlocks = Math.ceil(60_000 / MAX_BLOCK_ROWS);
    console.log(`P3 categorise: ${small.rangesMade} Range proxies at 150 rows, ${large.rangesMade} at 60,000 rows (${large.syncs.length} syncs)`);
    expect(small.rangesMade).toBeGreaterThan(10);
    expect(large.rangesMade - small.rangesMade).toBeLessThanOrEqual(extraBlocks);
  }, 20_000);

  it('writing an owned table of 150 and of 60,000 rows', async () => {
    const small = await writeTable(150);
    const large = await writeTable(60_000);
    const writeSyncs = large.syncs.filter((s) => s.bytesWritten > 0).length;
    console.log(`P3 write: ${small.rangesMade} Range proxies at 150 rows, ${large.rangesMade} at 60,000 rows (${writeSyncs} write syncs)`);
    // One more Range per extra block of values and formats, and nothing more.
    const blocks = Math.max(writeSyncs, Math.ceil(60_000 / MAX_BLOCK_ROWS));
    expect(large.rangesMade - small.rangesMade).toBeLessThanOrEqual(blocks);
    expect(large.rangesMade).toBeLessThan(500); // 60,000 rows × 5 columns would be 300,000 per cell
  }, 20_000);
});
