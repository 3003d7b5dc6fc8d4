// Goal P6 (../shared/GOALS.md) for the forms capability at trust scale: 2,000 visits a year across
// 150 schools. (a) generate a form per visit from the schedule; (b) collate 2,000 completed forms
// into the evidence log, summary and QA days; each again at 4,000 visits (the doubling check).
// Figures printed, never asserted.
import { cpus, loadavg } from 'node:os';
import { collateSheets } from '../core/forms/run.js';
import { planForms } from '../core/forms/generate.js';
import { formsSettings } from '../core/forms/settings.js';
import { completedForms, scheduleGrid } from './_lib/forms-input.js';
import { msStats, ratio, table, timeSyncStats } from './_lib/measure.js';

const AS_OF = '2026-07-20';
const RUNS = 7;
const SCHOOLS = 150;
const settings = formsSettings();

function inputs(visits: number) {
  const schedule = scheduleGrid(visits, SCHOOLS);
  return { schedule, forms: completedForms(schedule, settings) };
}

const small = inputs(2_000);
const large = inputs(4_000);
const plan = planForms([small.schedule], [], settings);
const collated = collateSheets(small.forms, [small.schedule], settings, AS_OF);

const gen = timeSyncStats(() => planForms([small.schedule], [], settings), RUNS);
const gen2 = timeSyncStats(() => planForms([large.schedule], [], settings), RUNS);
const col = timeSyncStats(() => collateSheets(small.forms, [small.schedule], settings, AS_OF), RUNS);
const col2 = timeSyncStats(() => collateSheets(large.forms, [large.schedule], settings, AS_OF), RUNS);

const formCells = small.forms.reduce((n, f) => n + f.grid.reduce((m, r) => m + r.length, 0), 0);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`forms: ${plan.visits.length} visits at ${SCHOOLS} schools → ${plan.sheets.length} forms (${formCells.toLocaleString('en-GB')} cells); collated ${collated.records.filter((r) => r.completed).length} completed, ${collated.summary.length} schools summarised, ${collated.issues.length} issues`);
console.log(
  table([
    [`(a) generate forms from the schedule, 2,000 visits, median of ${RUNS}`, msStats(gen)],
    ['    same with 4,000 visits', msStats(gen2)],
    ['    doubling ratio (P6 ≤ 2.5×)', ratio(gen2, gen)],
    [`(b) collate 2,000 completed forms: evidence, summary, QA days`, msStats(col)],
    ['    same with 4,000 forms', msStats(col2)],
    ['    doubling ratio (P6 ≤ 2.5×)', ratio(col2, col)],
  ]),
);
