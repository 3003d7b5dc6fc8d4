import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { FileWorkbook } from '../../../cli/file-workbook.js';
import type { Grid } from '../../../core/grid/types.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real command as a user runs it: a separate Node process through bin/pathway.mjs. */
export function runPathway(args: string[], cwd: string = REPO): CliRun {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'pathway.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every sheet's values, in tab order, as the core would read them. */
export async function allValues(path: string): Promise<{ name: string; grid: Grid }[]> {
  const wb = await FileWorkbook.open(path);
  const names = await wb.sheetNames();
  return Promise.all(names.map(async (name) => ({ name, grid: await wb.read(name) })));
}

export async function openExcel(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** ExcelJS 4.4 reads conditional formats into this property but leaves it out of its types. */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}
