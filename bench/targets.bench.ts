// Goal P6 (../shared/GOALS.md): 60,000 pupils through the pure targets core ≤ 1 s on a 2-core
// machine, and doubling the pupils ≤ 2.5× the time. Pupils across 150 schools and their classes,
// with 150 schools' baselines and three data drops on four measures. Figures printed, never asserted.
import { cpus, loadavg } from 'node:os';
import type { Grid, SheetGrid } from '../core/grid/types.js';
import { targetsSheets } from '../core/targets/run-targets.js';
import { seededRng } from '../examples/sample/prng.js';
import { msStats, ratio, table, timeSyncStats } from './_lib/measure.js';

const AS_OF = '2026-03-01';
const RUNS = 7;
const SCHOOLS = 150;
const MEASURES: [string, number, number][] = [
  ['KS2 RWM EXS %', 50, 80],
  ['Progress 8', -0.6, 0.6],
  ['Persistent absence %', 8, 30],
  ['KS2 Reading scaled score', 100, 108],
];

function inputs(pupils: number): SheetGrid[] {
  const rng = seededRng(42);
  const bench: Grid = [['Measure', 'Method', 'National', 'P50', 'P75', 'P90', 'Pupil threshold', 'Lower is better']];
  bench.push(['KS2 RWM EXS %', 'Percentile', 61, 62, 69, 76, null, 'No'], ['Progress 8', 'Top quartile', -0.03, 0.01, 0.3, 0.58, null, 'No']);
  bench.push(['Persistent absence %', 'Stretch', 17.8, 17, 13.5, 10.5, null, 'Yes'], ['KS2 Reading scaled score', 'Percentile', 105, 104, 106, 108, 100, 'No']);
  const base: Grid = [['School', 'URN', 'Measure', 'Baseline', 'Pupils']];
  const drops: Grid = [['School', 'URN', 'Measure', 'Drop', 'Date', 'Actual', 'Pupils']];
  for (let s = 0; s < SCHOOLS; s++) {
    for (const [measure, lo, hi] of MEASURES) {
      const baseline = Math.round(rng.between(lo, hi) * 100) / 100;
      base.push([`School ${s}`, 900000 + s, measure, baseline, rng.int(30, 300)]);
      for (const [drop, date] of [['Autumn 1', '17/10/2025'], ['Autumn 2', '12/12/2025'], ['Spring 1', '13/02/2026']] as const) {
        drops.push([`School ${s}`, 900000 + s, measure, drop, date, Math.round((baseline + rng.between(-3, 3) * (hi - lo) * 0.05) * 100) / 100, rng.int(30, 300)]);
      }
    }
  }
  const pupilGrid: Grid = [['Pupil', 'Class', 'School', 'Measure', 'Estimate P50', 'Estimate P80', 'Actual']];
  for (let i = 0; i < pupils; i++) {
    const p50 = Math.round(rng.between(92, 112) * 10) / 10;
    pupilGrid.push([`P${i}`, `Class ${Math.floor(i / SCHOOLS) % 8}`, `School ${i % SCHOOLS}`, 'KS2 Reading scaled score', p50, p50 + 3.2, Math.round(p50 + rng.between(-5, 5))]);
  }
  return [
    { name: 'Target benchmarks', grid: bench },
    { name: 'Target baselines', grid: base },
    { name: 'Data drops', grid: drops },
    { name: 'Pupils', grid: pupilGrid },
  ];
}

const small = inputs(60_000);
const large = inputs(120_000);
const first = targetsSheets(small, { asOf: AS_OF });
const core = timeSyncStats(() => targetsSheets(small, { asOf: AS_OF }), RUNS);
const core2 = timeSyncStats(() => targetsSheets(large, { asOf: AS_OF }), RUNS);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`targets: ${first.pupils.pupils.length} pupils in ${first.pupils.classes.length} classes, ${first.targets.length} school targets, ${first.progress.length} drops, ${first.issues.length} issues`);
console.log(
  table([
    [`(a) core read + targets + ranks + value added + sheets, 60,000 pupils, median of ${RUNS} (P6 ≤ 1 s)`, msStats(core)],
    ['    same with 120,000 pupils', msStats(core2)],
    ['    doubling ratio (P6 ≤ 2.5×)', ratio(core2, core)],
  ]),
);
