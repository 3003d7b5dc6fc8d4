import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FileWorkbook, WorkbookFileError } from '../../cli/file-workbook.js';
import { runCategorise } from '../../core/run/categorise.js';
import { makeTempDir } from '../cli/_lib/temp-dir.js';

// R4 (../shared/GOALS.md) for the CLI: the output workbook is written whole to a temporary file
// and renamed into place, so a save that fails at any point (here: after every sixteenth of the
// file's bytes, and after all of them) leaves the previous output byte for byte, no partial file,
// and a rerun gives the same workbook as one clean run.

const SAMPLE = 'examples/trust-tracker.xlsx';
const AS_OF = '2026-03-31';
const tmp = makeTempDir('failed-save');
afterAll(() => tmp.remove());

async function run(): Promise<FileWorkbook> {
  const wb = await FileWorkbook.open(SAMPLE);
  await runCategorise(wb, { asOf: AS_OF });
  return wb;
}

/** Every sheet's model without ExcelJS's per-load ids: what a reader of the file would see. */
async function model(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const { id: _id, ...rest } = ws.model as unknown as Record<string, unknown>;
    return rest;
  });
}

describe('FileWorkbook.saveAs: a failure during the save (R4)', () => {
  it('at every sixteenth of the file, leaves the previous output intact and no partial file; a rerun equals a clean run', async () => {
    const out = tmp.path('tracker.pathway.xlsx');
    const previous = Buffer.from('the output of an earlier run, which must survive');
    const clean = tmp.path('clean.xlsx');
    await (await run()).saveAs(clean);
    const want = await model(clean);

    const wb = await run();
    const bytes = Buffer.from(wb.toBytes());
    expect(bytes.length).toBeGreaterThan(20_000);
    const cuts = Array.from({ length: 17 }, (_, i) => Math.floor((bytes.length * i) / 16));
    writeFileSync(out, previous);
    for (const cut of cuts) {
      // The disk fills (or the process is stopped) after `cut` bytes of the temporary file.
      const spy = vi.spyOn(wb as unknown as { writeBytes: (path: string, bytes: Uint8Array) => Promise<void> }, 'writeBytes').mockImplementation(async (path: string) => {
        await writeFile(path, bytes.subarray(0, cut));
        throw new Error('ENOSPC: no space left on device, write');
      });
      const err = await wb.saveAs(out).then(() => null, (e: unknown) => e);
      spy.mockRestore();
      expect(err, `cut at ${cut} of ${bytes.length}`).toBeInstanceOf(WorkbookFileError);
      expect((err as Error).message).toContain(out);
      expect(readFileSync(out).equals(previous), `previous output after a cut at ${cut}`).toBe(true);
      expect(readdirSync(tmp.dir).filter((f) => f.includes('.partial'))).toEqual([]);
    }
    // Every failed save left the folder exactly as it was, so one rerun stands for a rerun after each.
    await (await run()).saveAs(out);
    expect(await model(out)).toEqual(want);
  }, 60_000);

  it('refuses to save over the input, so a failed run can never have damaged it', async () => {
    const wb = await run();
    const before = readFileSync(SAMPLE);
    await expect(wb.saveAs(SAMPLE)).rejects.toThrow(/input file/);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
  });
});
