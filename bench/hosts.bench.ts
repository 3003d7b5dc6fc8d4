// Goals P1, P2 and P4 (../shared/GOALS.md): host calls per command at 150 and at 60,000 rows.
// Excel: OfficeWorkbook over a counting fake of Excel.RequestContext (tests/addin/counting-excel.ts)
// counts context.sync calls and the bytes each carries. Google Sheets: SheetsWorkbook over a fake
// SpreadsheetApp (tests/appsscript/fake-spreadsheet-app.ts) counts every service call. Two commands
// each: categorise over the bench tracker with its long performance sheet cut to 150 rows or kept
// at 60,000, and writing one owned sheet of 150 or 60,000 rows. Counts printed, never asserted
// here (tests/addin/office-workbook.test.ts and tests/appsscript/service-calls.test.ts assert them).
// For P8 it also times the longest stretch of JavaScript between two syncs: the pane's thread is
// busy for that long (the first command runs cold, as a pane's first command does).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { XlRequestContext } from '../addin/office/excel-model.js';
import { OfficeWorkbook } from '../addin/office/office-workbook.js';
import { SheetsWorkbook } from '../appsscript/sheets-workbook.js';
import type { SheetsValue, SpreadsheetAppLike } from '../appsscript/spreadsheet-like.js';
import type { SheetGrid } from '../core/grid/types.js';
import type { Workbook } from '../core/ports/workbook.js';
import { runCategorise } from '../core/run/categorise.js';
import { tableSheet } from '../core/sheets/table.js';
import type { SheetSpec } from '../core/sheets/types.js';
import { CountingExcel } from '../tests/addin/counting-excel.js';
import { fakeSpreadsheetApp, type FakeSpreadsheetApp } from '../tests/appsscript/fake-spreadsheet-app.js';
import { benchTrackerGrids, DEFAULT_SHAPE } from './generate.js';
import { table } from './_lib/measure.js';

const AS_OF = '2026-03-31';
const MIB2 = 2 * 1024 * 1024;
const FULL = benchTrackerGrids(DEFAULT_SHAPE);

/** The bench tracker with its performance sheet cut to `rows` data rows. */
function tracker(rows: number): SheetGrid[] {
  return FULL.map((s) => (s.name === 'Performance' ? { name: s.name, grid: s.grid.slice(0, rows + 1) } : s));
}

/** An owned results sheet of `rows` rows, laid out as Pathway's tables are (title, note, header, colours). */
function ownedSheet(rows: number): SheetSpec {
  return tableSheet({
    name: 'Pathway Units',
    title: 'Pathway: a bench table',
    note: 'Rewritten on every run.',
    columns: [
      { header: 'School', width: 30 },
      { header: 'Measure', width: 20 },
      { header: 'Phase', width: 12, colours: { Sustain: { fill: 'C6EFCE', font: '006100' }, Stabilise: { fill: 'FFC7CE', font: '9C0006' } } },
      { header: 'Score', width: 10, numFmt: '0.00' },
      { header: 'Reasons', width: 40, wrap: true },
    ],
    rows: Array.from({ length: rows }, (_, i) => [`Bench School ${(i % 150) + 1}`, `Trust KPI ${i % 40}`, i % 3 ? 'Sustain' : 'Stabilise', (i % 997) / 7, `Reason ${i % 13}`]),
  });
}

type Command = (wb: Workbook) => Promise<unknown>;
const categorise: Command = (wb) => runCategorise(wb, { asOf: AS_OF });
const writeOne = (rows: number): Command => async (wb) => wb.write(ownedSheet(rows));

async function excel(sheets: SheetGrid[], command: Command): Promise<string[]> {
  const fx = new CountingExcel(sheets.map((s) => ({ name: s.name, values: s.grid.map((r) => r.map((c) => c ?? '')) })));
  // P8: the longest stretch of work on the pane's thread between two syncs (the fake answers at once).
  const send = fx.context.sync;
  let since = performance.now();
  let cpuSince = process.cpuUsage();
  let longest = 0;
  let longestCpu = 0;
  const lap = () => {
    const cpu = process.cpuUsage(cpuSince);
    longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
    longest = Math.max(longest, performance.now() - since);
  };
  Object.assign(fx.context, {
    sync: () => {
      lap();
      return send().finally(() => {
        since = performance.now();
        cpuSince = process.cpuUsage();
      });
    },
  });
  const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
  await command(wb);
  await wb.flush();
  lap();
  const limit = 1 + Math.ceil(fx.totalRead / MIB2) + Math.ceil(fx.totalWritten / MIB2);
  const perSync = fx.syncs.map((s) => `${kb(s.bytesRead + s.bytesWritten)}`).join(' / ');
  const maxRows = Math.max(...fx.syncs.map((s) => s.maxBlockRows));
  return [`${fx.syncs.length} syncs (P1 limit ${limit})`, `read ${kb(fx.totalRead)}, written ${kb(fx.totalWritten)}; per sync ${perSync}; largest block ${maxRows.toLocaleString('en-GB')} rows; longest run between syncs ${longest.toFixed(0)} ms (CPU ${longestCpu.toFixed(0)}; P8 ≤ 1 s)`];
}

function sheets(sheetGrids: SheetGrid[]): FakeSpreadsheetApp {
  const fake = fakeSpreadsheetApp('Europe/London');
  for (const s of sheetGrids) fake.book.addSheet(s.name, s.grid.map((r) => r.map((c) => (c ?? '') as SheetsValue)));
  fake.reset();
  return fake;
}

async function google(sheetGrids: SheetGrid[], command: Command): Promise<string[]> {
  const fake = sheets(sheetGrids);
  await command(new SheetsWorkbook(fake.app as unknown as SpreadsheetAppLike));
  const get = (k: string) => fake.calls.get(k) ?? 0;
  const growth = get('Sheet.insertRowsAfter') + get('Sheet.insertColumnsAfter');
  const sized = (call: 'getValues' | 'setValues') => {
    const ts = fake.book.transfers.filter((t) => t.call === call);
    const total = ts.reduce((n, t) => n + t.bytes, 0);
    return `${call} ${ts.length} (${kb(total)}, largest ${kb(Math.max(0, ...ts.map((t) => t.bytes)))})`;
  };
  return [
    `${fake.total()} service calls (${fake.total() - growth} without sheet growth)`,
    `${sized('getValues')}, ${sized('setValues')}, format arrays ${fake.total((k) => /^Range\.set(?!Values)/.test(k))}, flush ${get('SpreadsheetApp.flush')}`,
  ];
}

const kb = (bytes: number): string => (bytes < 10_240 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} kB`);

const rows: [string, string][] = [];
for (const [label, command, input] of [
  ['categorise, Performance 150 rows', categorise, () => tracker(150)],
  ['categorise, Performance 60,000 rows', categorise, () => tracker(60_000)],
  ['write one owned sheet, 150 rows', writeOne(150), () => []],
  ['write one owned sheet, 60,000 rows', writeOne(60_000), () => []],
] as const) {
  const [xSyncs, xBytes] = await excel(input(), command);
  const [gCalls, gDetail] = await google(input(), command);
  rows.push([`Excel: ${label}`, `${xSyncs}; ${xBytes}`], [`Sheets: ${label}`, `${gCalls}; ${gDetail}`]);
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('host calls per command (P1: syncs ≤ 1 + ⌈read/2 MiB⌉ + ⌈written/2 MiB⌉; P2: blocks ≤ 20,000 rows; P4: the same Sheets calls at 150 and 60,000 rows)');
console.log(table(rows));
