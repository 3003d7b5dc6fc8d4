// Goal P7 and issue #11: the CLI end to end against each library's own read + write of the same
// file, side by side in one run, with every process's peak memory; and the national KS2 panel
// (13,020 schools, ../shared/realdata) end to end. Figures are printed, never asserted.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTrackerGrids, DEFAULT_SHAPE, writeBenchTracker } from './generate.js';
import { hasGnuTime, msMem, table, timeProcessMemory, type ProcessRun } from './_lib/measure.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2026-03-31';
const RUNS = 3;
const PANEL = join(ROOT, '..', 'shared', 'realdata', 'subset_england_ks2_rwm_2016-2018_2024-2025_complete.csv');

if (!hasGnuTime()) {
  console.log('io bench: needs GNU time (/usr/bin/time, Debian package "time") for peak memory; skipped.');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'pathway-io-bench-'));
try {
  const big = join(dir, 'big.xlsx');
  await writeBenchTracker(big, benchTrackerGrids(DEFAULT_SHAPE));
  const node = process.execPath;
  const script = (name: string) => ['--import', 'tsx', `bench/_lib/${name}.ts`, big, join(dir, `${name}.out.xlsx`)];
  const cli = timeProcessMemory(node, ['bin/pathway.mjs', 'categorise', big, '-o', join(dir, 'big.pathway.xlsx'), '--as-of', AS_OF], RUNS, ROOT);
  const libraries: [string, ProcessRun][] = [
    ['ExcelJS read + write', timeProcessMemory(node, script('exceljs-roundtrip'), RUNS, ROOT)],
    ['SheetJS (@e965/xlsx) read + write', timeProcessMemory(node, script('sheetjs-roundtrip'), RUNS, ROOT)],
  ];
  const floor = timeProcessMemory(node, script('zip-roundtrip'), RUNS, ROOT);
  const fastest = libraries.reduce((a, b) => (b[1].median < a[1].median ? b : a));

  const { schools, measures, years } = DEFAULT_SHAPE;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`io: bench tracker, ${schools} schools × ${measures} measures × ${years} years (${(statSync(big).size / 1024).toFixed(0)} kB .xlsx), each a spawned process, ${RUNS} runs`);
  const rows: [string, string][] = [
    ['(a) pathway categorise, end to end', msMem(cli)],
    ...libraries.map(([name, t]): [string, string] => [`(b) ${name}`, msMem(t)]),
    ['(c) fflate unzip + zip of every part, no cell parsed (the floor)', msMem(floor)],
    [`    (a) / fastest library (${fastest[0]}) (goal ≤ 1.5×)`, `${(cli.median / fastest[1].median).toFixed(2)}× (CPU ${(cli.cpu / fastest[1].cpu).toFixed(2)}×)`],
    ['    (a) / floor', `${(cli.median / floor.median).toFixed(2)}×`],
    ['    (a) peak memory (goal ≤ 250 MB)', `${cli.peakMb.toFixed(0)} MB`],
  ];
  if (existsSync(PANEL)) {
    const folder = join(dir, 'ks2');
    mkdirSync(folder);
    copyFileSync(PANEL, join(folder, 'ks2_panel.csv'));
    const panel = timeProcessMemory(node, ['bin/pathway.mjs', 'categorise', folder, '-o', join(dir, 'ks2.pathway.xlsx'), '--as-of', AS_OF], RUNS, ROOT);
    rows.push(['(d) national KS2 panel (13,020 schools, CSV) end to end (goal ≤ 4 s)', msMem(panel)]);
  } else {
    rows.push(['(d) national KS2 panel', 'skipped: ../shared/realdata is not on this machine']);
  }
  console.log(table(rows));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
