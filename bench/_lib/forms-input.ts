// Deterministic forms inputs for the benchmarks: a visit schedule of N visits across the bench
// trust's schools, the forms Pathway generates from it, and those forms as reviewers complete them
// (notes, WWW, EBI, judgements, now and then an area of excellence). Seeded; no clock.
import type { Cell, Grid, SheetGrid } from '../../core/grid/types.js';
import { planForms } from '../../core/forms/generate.js';
import { formsSettings, type FormsSettings } from '../../core/forms/settings.js';
import { seededRng } from '../../examples/sample/prng.js';

const OBSERVERS = [['Helen Marsh', 'CEO'], ['Tom Adeyemi', 'Primary phase director'], ['Dan Okafor', 'Secondary phase director'], ['Priya Nair', 'Headteacher']];
const ACTIVITIES = ['Lesson obs', 'Work analysis; discussion', 'Lesson observation', 'Discussion', 'Lesson obs; work analysis'];
const SUBJECTS = ['English', 'Maths', 'Science', 'History', 'Geography', 'Computing'];
const STRENGTHS = ['Clear modelling and questioning', 'Feedback in books acted on', 'Calm routines at transitions', 'Reading for pleasure visible', 'Adaptive teaching for SEND'];
const NEXT_STEPS = ['Pace dropped in the plenary', 'Marking not yet consistent', 'Check understanding before moving on', 'Stretch the most able'];
const EXCELLENCE = ['Early reading and phonics', 'Maths mastery', 'Behaviour routines', 'Curriculum sequencing in history', 'Attendance follow-up'];

export const schoolName = (i: number): string => `Bench School ${String(i + 1).padStart(3, '0')}`;

/** A "Visit schedule" sheet of `visits` rows across `schools` schools, dates in the school year 2025/26. */
export function scheduleGrid(visits: number, schools: number, seed = 2000): SheetGrid {
  const rng = seededRng(seed);
  const grid: Grid = [['Visit schedule 2025/26'], ['School', 'Observer', 'Role', 'Date', 'Time from', 'Time to', 'Activity', 'Focus', 'Year / class', 'Subject', 'No. in class', 'Mixed ability (Y/N)', 'Offer']];
  for (let v = 0; v < visits; v++) {
    const [observer, role] = OBSERVERS[v % OBSERVERS.length]!;
    const start = rng.int(8, 14) * 60 + rng.pick([0, 15, 30, 45]);
    // Serial days from 1 Sep 2025 (45901) over the year; times as day fractions, as Excel keeps them.
    grid.push([
      schoolName(v % schools), observer!, role!, 45_901 + rng.int(0, 300), start / 1440, (start + 60) / 1440,
      rng.pick(ACTIVITIES), `Focus ${v % 37}: ${rng.pick(STRENGTHS).toLowerCase()}`, `Y${rng.int(1, 11)}`, rng.pick(SUBJECTS),
      rng.int(12, 32), rng.pick(['Y', 'N']), v % 4 === 3 ? 'Optional' : 'Core',
    ]);
  }
  return { name: 'Visit schedule', grid };
}

function put(grid: Grid, row: number, col: number, value: Cell): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row]!;
  while (line.length <= col) line.push(null);
  line[col] = value;
}

const rowOf = (grid: Grid, label: string): number => grid.findIndex((r) => r.some((c) => c === label));

/** The generated forms as a host reads them back, every form completed by its reviewer. */
export function completedForms(schedule: SheetGrid, settings: FormsSettings = formsSettings(), seed = 2001): SheetGrid[] {
  const rng = seededRng(seed);
  const plan = planForms([schedule], [], settings);
  return plan.sheets.map((spec, i) => {
    const grid: Grid = spec.rows.map((r) => [...r]);
    put(grid, rowOf(grid, 'Notes') + 1, 0, `Visit ${i}: ${rng.pick(STRENGTHS)}; follow-up agreed with the head.`);
    const www = rowOf(grid, 'Strengths (WWW)');
    put(grid, www + 1, 0, rng.pick(STRENGTHS));
    put(grid, www + 1, 4, rng.pick(NEXT_STEPS));
    for (const area of settings.scheme.areas) {
      const r = rowOf(grid, area);
      if (r >= 0) put(grid, r, 5, rng.pick(settings.scheme.scale.slice(0, 3)));
    }
    if (i % 3 === 0) put(grid, rowOf(grid, 'Area of excellence (what can we share?)') + 2, 0, rng.pick(EXCELLENCE));
    return { name: spec.name, grid };
  });
}
