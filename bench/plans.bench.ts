// Goal P6 (../shared/GOALS.md) for improvement plans at trust scale: 150 school plans (a sheet
// each, 5 priorities × 4 actions), the trust's themes and its delivery plan; checked, collated into
// themes and laid out. Again with 300 schools (the doubling check). Figures printed, never asserted.
import { cpus, loadavg } from 'node:os';
import type { Grid, SheetGrid } from '../core/grid/types.js';
import { plansSheets } from '../core/plans/run-plans.js';
import { seededRng } from '../examples/sample/prng.js';
import { schoolName } from './_lib/forms-input.js';
import { msStats, ratio, table, timeSyncStats } from './_lib/measure.js';

const AS_OF = '2026-03-31';
const RUNS = 7;
const TOPICS = ['reading fluency', 'phonics', 'maths mastery', 'attendance of disadvantaged pupils', 'oracy in EYFS', 'SEND provision', 'behaviour routines', 'careers and transition', 'writing moderation', 'curriculum sequencing'];
const OWNERS = ['Head', 'Deputy head', 'SENCo', 'English lead', 'Maths lead', 'Office'];
const TERMS = ['G', 'Amber', 'R', null];

function date(serial: number): string {
  const d = new Date((serial - 25_569) * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

function inputs(schools: number): SheetGrid[] {
  const rng = seededRng(150_5_4);
  const sheets: SheetGrid[] = [];
  for (let s = 0; s < schools; s++) {
    const grid: Grid = [[`${schoolName(s)}: school improvement plan 2025/26`], ['School', 'Priority', 'Lift pitch', 'Impact measure', 'Action', 'Type', 'Owner', 'Start', 'Due', 'Budget', 'CPD', 'Status']];
    for (let p = 0; p < 5; p++) {
      const topic = rng.pick(TOPICS);
      for (let a = 0; a < 4; a++) {
        const start = 45_901 + rng.int(0, 120);
        grid.push([
          a === 0 && p === 0 ? schoolName(s) : null, a === 0 ? `Improve ${topic}` : null, a === 0 ? `Pupils benefit from better ${topic}.` : null,
          a === 0 ? `${rng.int(60, 95)}% reach the expected standard` : null, `Action ${a + 1} on ${topic}`, a === 3 ? 'Impact' : 'Implementation',
          rng.pick(OWNERS), date(start), date(start + rng.int(30, 250)), rng.next() < 0.5 ? `£${rng.int(1, 40) * 100}` : rng.int(0, 5000),
          rng.pick(['Yes', 'No']), rng.next() < 0.3 ? 'Done' : null,
        ]);
      }
    }
    sheets.push({ name: `SIP ${String(s + 1).padStart(3, '0')}`, grid });
  }
  const themes: Grid = [['Strategic priority', 'Theme', 'Tag words', 'Lead']];
  TOPICS.forEach((t, i) => themes.push([i % 3 === 0 ? `Strategic aim ${i / 3 + 1}` : null, t, t.split(' ').join(', '), null]));
  const delivery: Grid = [['Theme', 'What', 'How', 'Measurable outcome', 'Lead', 'Autumn', 'Spring', 'Summer']];
  TOPICS.forEach((t, i) => delivery.push([t, `Trust work on ${t}`, 'Network meetings', 'Every school improves', null, TERMS[i % 4]!, TERMS[(i + 1) % 4]!, null]));
  return [...sheets, { name: 'Trust priorities', grid: themes }, { name: 'Delivery plan', grid: delivery }];
}

const small = inputs(150);
const large = inputs(300);
const first = plansSheets(small, { asOf: AS_OF });
const core = timeSyncStats(() => plansSheets(small, { asOf: AS_OF }), RUNS);
const core2 = timeSyncStats(() => plansSheets(large, { asOf: AS_OF }), RUNS);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`plans: 150 plan sheets → ${first.priorities.length} priorities, ${first.actions.length} actions, ${first.findings.length} findings, ${first.themes.length} theme rows, ${first.issues.length} issues`);
console.log(
  table([
    [`(a) read, check and collate 150 plans + themes + delivery, median of ${RUNS}`, msStats(core)],
    ['    same with 300 plans', msStats(core2)],
    ['    doubling ratio (P6 ≤ 2.5×)', ratio(core2, core)],
  ]),
);
