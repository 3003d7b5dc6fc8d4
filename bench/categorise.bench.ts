// Goals P6 and P7 (../shared/GOALS.md): core time on a 150-school × 40-measure × 10-year
// tracker, how it grows when the schools double, and the CLI end to end against ExcelJS's own
// read + write of the same file. Figures are printed, never asserted.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { categoriseSheets } from '../core/run/categorise.js';
import { benchTrackerGrids, DEFAULT_SHAPE, writeBenchTracker, type BenchTrackerShape } from './generate.js';
import { msStats as ms, ratio, table, timeAsyncStats, timeProcessStats, timeSyncStats } from './_lib/measure.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2026-03-31';
const CORE_RUNS = 9;
const PROCESS_RUNS = 3;

const dir = mkdtempSync(join(tmpdir(), 'pathway-bench-'));
try {
  // Each size is generated, timed and let go before the next, so a run's garbage collection sees
  // one tracker in memory, as a host holding one workbook would (decision 0403).
  const timed = (shape: BenchTrackerShape) => {
    const sheets = benchTrackerGrids(shape);
    return { first: categoriseSheets(sheets, { asOf: AS_OF }), stats: timeSyncStats(() => categoriseSheets(sheets, { asOf: AS_OF }), CORE_RUNS) };
  };
  const { first, stats: core } = timed(DEFAULT_SHAPE);
  const core2 = timed({ ...DEFAULT_SHAPE, schools: DEFAULT_SHAPE.schools * 2 }).stats;
  // The same figures kept the way many trusts keep them: a sheet per measure, a column per year.
  const { first: wideFirst, stats: coreWide } = timed({ ...DEFAULT_SHAPE, layout: 'wide' });
  const coreWide2 = timed({ ...DEFAULT_SHAPE, layout: 'wide', schools: DEFAULT_SHAPE.schools * 2 }).stats;
  // No headline measure among the results: every school's reason lists the measures it has.
  const noHeadline = timed({ ...DEFAULT_SHAPE, headlines: false }).stats;
  const noHeadline2 = timed({ ...DEFAULT_SHAPE, headlines: false, schools: DEFAULT_SHAPE.schools * 2 }).stats;
  // The same 60,000 values as 4 measures × 10 subjects: 6,000 units judged besides the schools.
  const SUBJECTS = { ...DEFAULT_SHAPE, measures: 4, units: 10 };
  const { first: subjectsFirst, stats: subjects } = timed(SUBJECTS);
  const subjects2 = timed({ ...SUBJECTS, schools: SUBJECTS.schools * 2 }).stats;
  const grids = benchTrackerGrids(DEFAULT_SHAPE);

  const big = join(dir, 'big.xlsx');
  await writeBenchTracker(big, grids);
  const cli = timeProcessStats(process.execPath, ['bin/pathway.mjs', 'categorise', big, '-o', join(dir, 'big.pathway.xlsx'), '--as-of', AS_OF], PROCESS_RUNS, ROOT);
  const excelProcess = timeProcessStats(process.execPath, ['--import', 'tsx', 'bench/_lib/exceljs-roundtrip.ts', big, join(dir, 'roundtrip.xlsx')], PROCESS_RUNS, ROOT);
  const excelInProcess = await timeAsyncStats(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(big);
    await wb.xlsx.writeFile(join(dir, 'roundtrip-in.xlsx'));
  }, PROCESS_RUNS);

  const { schools, measures, years } = DEFAULT_SHAPE;
  // Other work on the machine skews every figure; the load average says how much to trust them.
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`categorise: ${schools} schools × ${measures} measures × ${years} years (${(statSync(big).size / 1024).toFixed(0)} kB .xlsx; ${first.schools.length} schools judged, ${first.issues.length} issues)`);
  console.log(
    table([
      [`(a) core parse + categorise, ${CORE_RUNS} runs (P6 ≤ 100 ms)`, ms(core)],
      [`    same with ${schools * 2} schools`, ms(core2)],
      ['    doubling ratio (P6 ≤ 2.5×)', ratio(core2, core)],
      [`    wide layout (${measures} sheets; ${wideFirst.issues.length} issues)`, ms(coreWide)],
      [`    wide layout, ${schools * 2} schools`, ms(coreWide2)],
      ['    wide doubling ratio', ratio(coreWide2, coreWide)],
      ['    no headline measure (every school: "No trajectory")', ms(noHeadline)],
      [`    no headline measure, ${schools * 2} schools`, ms(noHeadline2)],
      ['    no-headline doubling ratio', ratio(noHeadline2, noHeadline)],
      [`    4 measures × 10 subjects (${subjectsFirst.units.length} units judged)`, ms(subjects)],
      [`    the same, ${schools * 2} schools`, ms(subjects2)],
      ['    subjects doubling ratio', ratio(subjects2, subjects)],
      [`(b) CLI end to end, spawned, ${PROCESS_RUNS} runs`, ms(cli)],
      ['(c) ExcelJS read + write, spawned (same start-up)', ms(excelProcess)],
      ['    ExcelJS read + write, in process', ms(excelInProcess)],
      ['    (b)/(c) spawned (P7 ≤ 1.5×)', ratio(cli, excelProcess)],
      ['    (b)/(c) in process', ratio(cli, excelInProcess)],
    ]),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
