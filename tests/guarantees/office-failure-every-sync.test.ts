import { describe, expect, it } from 'vitest';
import type { XlRequestContext } from '../../addin/office/excel-model.js';
import { OfficeWorkbook } from '../../addin/office/office-workbook.js';
import { readInputSheets, writeSheets } from '../../core/run/io.js';
import type { Cell } from '../../core/grid/types.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { CountingExcel } from '../addin/counting-excel.js';

// R4 (../shared/GOALS.md): a command that fails between any two chunks, then runs again, leaves
// the workbook exactly as one clean run does. The run writes ~4.5 MB, so OfficeWorkbook sends it in
// several 2 MiB syncs; the failure is injected at every sync of a clean run in turn, with none,
// half or all of that sync's commands reaching the workbook before the error.

const PHASES = ['Stabilise', 'Repair', 'Improve', 'Sustain'];

function userSheets(): { name: string; values: (string | number)[][] }[] {
  const schools: (string | number)[][] = [['School', 'URN', 'Leadership', 'Pupils on roll']];
  for (let i = 0; i < 150; i++) schools.push([`School ${i + 1}`, 100000 + i, (i % 4) + 1, 200 + i]);
  const notes: (string | number)[][] = [['Notes the user keeps'], ['do not touch']];
  return [{ name: 'Schools', values: schools }, { name: 'Notes', values: notes }];
}

/** An owned sheet of `rows` rows, each with a long note: about 230 bytes of values and formats a row. */
function spec(name: string, rows: number, salt: number): SheetSpec {
  const body: Cell[][] = [['School', 'Phase', 'Score', 'Note']];
  for (let i = 0; i < rows; i++) body.push([`School ${i + 1}`, PHASES[(i + salt) % 4]!, (i * 37 + salt) % 1000, i % 7 === 0 ? `=note ${i}` : `Visit note ${i}: ${'reading, phonics and attendance follow-up; '.repeat(4)}`]);
  return {
    name,
    rows: body,
    columns: [{ width: 30 }, { width: 12 }, { width: 10 }, { width: 40 }],
    freeze: { rows: 1, cols: 1 },
    filterRow: 0,
    styles: [{ row: 0, col: 0, cols: 4, style: { bold: true, fill: 'DDEBF7' } }, { row: 1, col: 2, rows, style: { numFmt: '0.0' } }],
    validations: [{ range: { row: 1, col: 1, rows }, list: PHASES }],
    conditional: [{ range: { row: 1, col: 1, rows }, equals: 'Stabilise', fill: 'FFC7CE' }],
    tabColor: '0F6CBD',
  };
}

const OUTPUTS = [spec('Pathway Schools', 9_000, 1), spec('Pathway Units', 9_000, 2), spec('Pathway Summary', 200, 3), spec('Pathway Issues', 3_000, 4)];

/** One command, as the task pane runs it: a fresh OfficeWorkbook per Excel.run. */
async function command(fx: CountingExcel): Promise<void> {
  const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
  await readInputSheets(wb);
  await writeSheets(wb, OUTPUTS);
  await wb.flush();
}

const state = (fx: CountingExcel) => JSON.stringify(fx.snapshot());

describe('OfficeWorkbook: a failure at any sync, then a rerun, equals one clean run (R4)', () => {
  it('at every sync of a multi-chunk run, with none, half or all of that sync applied', async () => {
    const clean = new CountingExcel(userSheets());
    await command(clean);
    const syncs = clean.syncs.length;
    const writeSyncs = clean.syncs.filter((s) => s.bytesWritten > 0).length;
    // Big enough to be chunked: the writes alone span several syncs.
    expect(writeSyncs).toBeGreaterThanOrEqual(3);
    const want = state(clean);
    const twice = new CountingExcel(userSheets());
    await command(twice);
    await command(twice);
    expect(state(twice)).toBe(want);

    let checked = 0;
    for (let sync = 1; sync <= syncs; sync++) {
      for (const applied of [0, 0.5, 1]) {
        const fx = new CountingExcel(userSheets());
        fx.failAt = { sync, code: 'GeneralException', applied };
        await expect(command(fx), `sync ${sync}, applied ${applied}`).rejects.toThrow(/again/);
        fx.failAt = null;
        await command(fx);
        expect(state(fx), `failure at sync ${sync} of ${syncs}, ${applied * 100}% applied`).toBe(want);
        checked += 1;
      }
    }
    expect(checked).toBe(syncs * 3);
    console.log(`R4 Office: ${syncs} syncs per clean run (${writeSyncs} writing), failure injected at each × 3 → ${checked} reruns equal one clean run`);
  }, 60_000);

  it('a second failure during the rerun, then a third run, still equals one clean run', async () => {
    const clean = new CountingExcel(userSheets());
    await command(clean);
    const fx = new CountingExcel(userSheets());
    fx.failAt = { sync: 3, code: 'GeneralException' };
    await expect(command(fx)).rejects.toThrow();
    fx.failAt = { sync: fx.syncs.length + 3, code: 'RequestPayloadSizeLimitExceeded', applied: 0.3 };
    await expect(command(fx)).rejects.toThrow();
    fx.failAt = null;
    await command(fx);
    expect(state(fx)).toBe(state(clean));
  }, 20_000);
});
