// Adds the targets and improvement-plan sheets to the sample trust workbook: benchmarks with
// percentile points, baselines, three data drops, two schools' pupil estimates across classes,
// three school improvement plans, the trust's themes under its Big 3, and its delivery plan.
// Deterministic: a seeded generator, no clock. Invented schools, pupils and people.
import type ExcelJS from 'exceljs';
import { setTarget } from '../core/targets/set-target.js';
import { milestones } from '../core/targets/milestones.js';
import { targetMeasure } from '../core/targets/measure.js';
import { seededRng, type Rng } from './sample/prng.js';
import { SCHOOLS, type SampleSchool } from './sample/schools.js';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

interface Bench {
  measure: string;
  method: string;
  national: number | null;
  p: [number, number, number] | null;
  threshold: number | null;
  lower: boolean;
}

// Invented similar-schools figures in the shape Aspire/FFT-style services give them.
const BENCHMARKS: Bench[] = [
  { measure: 'KS2 RWM EXS %', method: 'Percentile', national: 61, p: [62, 69, 76], threshold: null, lower: false },
  { measure: 'KS2 RWM GDS %', method: 'National plus', national: 8, p: [8, 12, 16], threshold: null, lower: false },
  { measure: 'Attainment 8', method: 'Top quartile', national: 45.9, p: [46.2, 50.1, 55.4], threshold: null, lower: false },
  { measure: 'Persistent absence %', method: 'Stretch', national: 17.8, p: [17, 13.5, 10.5], threshold: null, lower: true },
  { measure: 'KS2 Reading scaled score', method: 'Percentile', national: 105, p: [104, 106, 108], threshold: 100, lower: false },
];

function benchmarkSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Target benchmarks');
  ws.addRow(['Similar-schools benchmarks for 2025/26 targets (invented figures)']);
  ws.addRow(['Measure', 'Method', 'National', 'P50', 'P75', 'P90', 'Pupil threshold', 'Lower is better']);
  for (const b of BENCHMARKS) ws.addRow([b.measure, b.method, b.national, ...(b.p ?? [null, null, null]), b.threshold, b.lower ? 'Yes' : 'No']);
  ws.columns = [{ width: 26 }, { width: 14 }, { width: 10 }, { width: 8 }, { width: 8 }, { width: 8 }, { width: 15 }, { width: 15 }];
}

interface Baseline {
  school: SampleSchool;
  measure: string;
  baseline: number;
  pupils: number;
}

function baselines(rng: Rng): Baseline[] {
  const out: Baseline[] = [];
  for (const s of SCHOOLS) {
    const cohort = s.phase === 'Primary' ? Math.round(s.pupils / 7) : Math.round(s.pupils / 5);
    if (s.phase !== 'Secondary') out.push({ school: s, measure: 'KS2 RWM EXS %', baseline: Math.round(rng.between(48, 80) * 10) / 10, pupils: s.phase === 'Primary' ? cohort : 60 });
    if (s.phase !== 'Primary') out.push({ school: s, measure: 'Attainment 8', baseline: Math.round(rng.between(36, 56) * 10) / 10, pupils: cohort });
    if (s.pa !== null) out.push({ school: s, measure: 'Persistent absence %', baseline: s.pa, pupils: s.pupils });
  }
  return out;
}

function baselineSheet(wb: ExcelJS.Workbook, rows: Baseline[]): void {
  const ws = wb.addWorksheet('Target baselines');
  ws.addRow(['School', 'URN', 'Measure', 'Baseline', 'Pupils', 'Agreed target']);
  for (const r of rows) {
    // One agreement, as a trust records it: Kilnhurst's interim head and the CEO settled on a nearer KS2 target.
    const agreed = r.school.name === 'Kilnhurst Fields Primary' && r.measure === 'KS2 RWM EXS %' ? Math.round(r.baseline + 4) : null;
    ws.addRow([r.school.name, Number(r.school.urn), r.measure, r.baseline, r.pupils, agreed]);
  }
  ws.columns = [{ width: 32 }, { width: 9 }, { width: 24 }, { width: 10 }, { width: 8 }, { width: 14 }];
}

const DROPS: { name: string; date: Date; period: number }[] = [
  { name: 'Autumn 1', date: d(2025, 10, 17), period: 0 },
  { name: 'Autumn 2', date: d(2025, 12, 12), period: 1 },
  { name: 'Spring 1', date: d(2026, 2, 13), period: 2 },
];

/** Each school's drops land around its milestones, some ahead and some behind, as a real year does. */
function dropSheet(wb: ExcelJS.Workbook, rows: Baseline[], rng: Rng): void {
  const ws = wb.addWorksheet('Data drops');
  ws.addRow(['School', 'URN', 'Measure', 'Drop', 'Date', 'Actual', 'Pupils']);
  for (const r of rows) {
    const b = BENCHMARKS.find((x) => x.measure === r.measure) as Bench;
    const m = { ...targetMeasure(r.measure), lowerIsBetter: b.lower };
    const bench = { percentiles: (b.p ?? []).map((value, i) => ({ p: [50, 75, 90][i] as number, value })), national: b.national, topQuartile: null };
    const t = setTarget(b.method === 'Stretch' ? 'stretch' : b.method === 'Top quartile' ? 'top-quartile' : 'percentile', r.baseline, bench, m);
    if (!t.ok) continue;
    const staged = milestones(r.baseline, t.value.value, { periods: 6, weights: null, academicYear: 2026, decimals: m.decimals });
    if (!staged.ok) continue;
    const tol = m.kind === 'progress' ? 0.2 : 2;
    const drift = rng.between(-2.6, 1.4) * tol; // the school's tendency across the year
    for (const drop of DROPS) {
      const milestone = staged.value[drop.period]?.value ?? r.baseline;
      const noise = rng.between(-0.6, 0.6) * tol;
      const raw = milestone + (m.lowerIsBetter ? -1 : 1) * (drift + noise);
      const actual = Math.round(Math.max(m.min ?? -Infinity, Math.min(m.max ?? Infinity, raw)) * 10 ** m.decimals) / 10 ** m.decimals;
      ws.addRow([r.school.name, Number(r.school.urn), r.measure, drop.name, drop.date, actual, r.pupils]);
    }
  }
  ws.getColumn(5).numFmt = 'dd/mm/yyyy';
  ws.columns.forEach((c, i) => (c.width = [32, 9, 24, 10, 12, 9, 8][i] ?? 10));
}

/** Year 6 reading: estimates at the 50th and 80th percentile, and the spring mock result. */
function pupilSheet(wb: ExcelJS.Workbook, school: SampleSchool, prefix: string, classes: { name: string; size: number; lift: number }[], rng: Rng): void {
  const ws = wb.addWorksheet(`Pupils ${school.name.split(' ')[0]}`);
  ws.addRow(['Pupil', 'Class', 'School', 'Measure', 'Estimate P50', 'Estimate P80', 'Actual']);
  let n = 1;
  for (const c of classes) {
    for (let i = 0; i < c.size; i++) {
      const p50 = Math.round(rng.between(93, 110) * 10) / 10;
      const p80 = Math.round((p50 + rng.between(2.5, 4.5)) * 10) / 10;
      const actual = Math.max(80, Math.min(120, Math.round(p50 + c.lift + rng.between(-4, 4))));
      ws.addRow([`${prefix}${String(n++).padStart(3, '0')}`, c.name, school.name, 'KS2 Reading scaled score', p50, p80, actual]);
    }
  }
  ws.columns.forEach((col, i) => (col.width = [10, 7, 30, 26, 13, 13, 8][i] ?? 10));
}

type PlanRow = [priority: string | null, pitch: string | null, impact: string | null, action: string, type: string, owner: string | null, start: Date | null, due: Date | string | null, budget: number | string | null, cpd: string, status: string | null];

const PLANS: { school: string; rows: PlanRow[] }[] = [
  {
    school: 'Quenby Lea Primary',
    rows: [
      ['Greater depth in writing', 'More pupils write with control and flair for a range of readers.', 'KS2 writing GDS 30% (from 22%)', 'Moderate greater-depth writing with two trust schools each term', 'Implementation', 'Deputy head', d(2025, 9, 15), d(2025, 12, 12), 600, 'No', 'Done'],
      [null, null, null, 'Model editing in every Y5 and Y6 writing unit', 'Implementation', 'English lead', d(2025, 9, 8), d(2026, 3, 27), null, 'Yes', null],
      [null, null, 'Half of Y6 at GDS in the spring moderation', 'Pupil writing portfolios reviewed by governors', 'Impact', 'Chair of LGB', d(2026, 1, 12), d(2026, 4, 2), null, 'No', null],
      ['Share reading leadership across the trust', 'Other schools benefit from what works here in early reading.', 'Phonics screening ≥ 90% in two partner schools', 'Reading leader coaches Kilnhurst Fields phonics team', 'Implementation', 'Reading leader', d(2025, 10, 1), d(2026, 7, 17), '£1,500', 'No', null],
      ['Attendance of disadvantaged pupils', null, null, 'First-day calls and weekly PP attendance review', 'Implementation', 'Attendance officer', d(2025, 9, 3), d(2025, 10, 24), null, 'No', null],
    ],
  },
  {
    school: 'Harrowdene Primary School',
    rows: [
      ['Reading fluency in KS2', 'Pupils read fluently enough to enjoy and understand what they read.', '75% reach ARE in reading (from 64%)', 'Daily fluency sessions in Y3 to Y6', 'Implementation', 'English lead', d(2025, 9, 8), d(2025, 10, 24), 1200, 'Yes', null],
      [null, null, null, 'Reading audit of book bands and class libraries', 'Implementation', null, d(2025, 9, 8), d(2025, 11, 28), 800, 'No', null],
      ['Phonics for the lowest 20%', 'Every child who falls behind in phonics catches up quickly.', 'Y1 phonics screening 82%', 'Keep-up sessions every afternoon', 'Implementation', 'Phonics lead', d(2025, 9, 15), null, null, 'Yes', null],
      ['Behaviour at unstructured times', 'Lunchtimes are calm and children play well together.', null, 'Zoned play and trained play leaders', 'Implementation', 'Assistant head', d(2025, 10, 1), d(2026, 2, 13), '£2.2k', 'Yes', null],
      ['Maths fluency', null, 'Multiplication check average 22/25', 'Daily times-tables practice', 'Implementation', 'Maths lead', d(2025, 9, 8), d(2026, 6, 12), null, 'No', null],
      ['Oracy and communication', 'Children explain their thinking in full sentences.', 'EYFS communication ELG 80%', 'Talk partners and sentence stems in every class', 'Implementation', 'EYFS lead', d(2025, 9, 8), d(2026, 3, 27), null, 'Yes', null],
      ['Governance', null, 'LGB skills audit complete', 'Recruit two governors with finance experience', 'Implementation', 'Clerk', d(2025, 9, 1), d(2025, 12, 19), null, 'No', null],
    ],
  },
  {
    school: 'Kilnhurst Fields Primary',
    rows: [
      ['Early reading and phonics', 'Children in KS1 read with growing confidence and fluency.', 'Phonics screening 78% (from 61%)', 'Adopt the trust validated phonics scheme across EYFS and KS1', 'Implementation', 'Interim head', d(2025, 9, 1), d(2025, 10, 31), 4500, 'Yes', 'Done'],
      [null, null, null, 'Coaching from the Quenby Lea reading leader', 'Implementation', 'Phonics lead', d(2025, 10, 1), d(2026, 7, 17), null, 'No', null],
      ['Attendance', 'Children are in school and on time, every day.', 'Persistent absence below 15%', 'Attendance panel meetings with families every fortnight', 'Implementation', 'Family support worker', d(2025, 9, 1), d(2026, 1, 30), null, 'No', null],
      ['Safeguarding culture', null, null, 'Whole-staff safeguarding refresher and case audit', 'Implementation', 'DSL', d(2025, 9, 1), '30/09/2025', null, 'Yes', null],
    ],
  },
];

function planSheet(wb: ExcelJS.Workbook, plan: (typeof PLANS)[number]): void {
  const ws = wb.addWorksheet(`SIP ${plan.school.split(' ')[0]}`);
  ws.addRow([`${plan.school}: school improvement plan 2025/26`]);
  ws.addRow(['School', 'Priority', 'Lift pitch', 'Impact measure', 'Action', 'Type', 'Owner', 'Start', 'Due', 'Budget (£)', 'CPD', 'Status']);
  for (const r of plan.rows) ws.addRow([plan.school, ...r]);
  for (const col of [8, 9]) ws.getColumn(col).numFmt = 'dd/mm/yyyy';
  ws.columns.forEach((c, i) => (c.width = [26, 30, 36, 30, 40, 14, 18, 11, 11, 10, 6, 8][i] ?? 10));
}

// The trust's Big 3 and the themes its schools' priorities fall under, in Nexus's shape.
const THEMES: [string | null, string, string, string | null][] = [
  ['1. Every child enjoys learning and makes at least good progress', 'Reading and phonics', 'reading, phonics, fluency', 'Head of Quenby Lea'],
  [null, 'Writing', 'writing', null],
  [null, 'Maths', 'maths, multiplication, times tables', null],
  [null, 'Communication and oracy', 'oracy, communication', 'Head of Dunsmere'],
  ['2. Every child is a responsible citizen who contributes to society', 'Attendance and families', 'attendance, families', 'Head of Carrowby Fields'],
  [null, 'Behaviour and personal development', 'behaviour, play, personal development', null],
  ['3. Every academy keeps improving the quality of its provision', 'Leadership and governance', 'governance, governors, leadership', null],
  [null, 'Safeguarding', 'safeguarding', 'Trust DSL'],
];

function themesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Trust priorities');
  ws.addRow(['Strategic priority', 'Theme', 'Tag words', 'Lead']);
  for (const t of THEMES) ws.addRow(t);
  ws.columns = [{ width: 60 }, { width: 34 }, { width: 40 }, { width: 24 }];
}

function deliverySheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Delivery plan');
  ws.addRow(['Theme', 'What', 'How', 'Measurable outcome', 'Lead', 'Autumn', 'Spring', 'Summer', 'Measure']);
  ws.addRow(['Reading and phonics', 'One validated phonics scheme taught well in every primary', 'Half-termly phonics network; coaching from Quenby Lea', 'Phonics screening at or above national in every primary', 'Head of Quenby Lea', 'Green', 'Amber', null, 'KS2 RWM EXS %']);
  ws.addRow(['Attendance and families', 'Persistent absence falls in every school', 'Shared first-day calling and attendance panels', 'PA below national in 20 of 26 schools', 'Head of Carrowby Fields', 'Amber', 'Amber', null]);
  ws.addRow(['Communication and oracy', 'Oracy built into the EYFS and KS1 curriculum', 'Trust oracy framework and lesson visits', 'EYFS communication ELG above national', null, 'G', null, null]);
  ws.addRow(['Safeguarding', 'Consistent safeguarding culture and records', 'Termly audits by the trust DSL', 'Every audit judged effective', 'Trust DSL', 'Red', 'Amber', null]);
  ws.columns = [{ width: 28 }, { width: 44 }, { width: 44 }, { width: 40 }, { width: 24 }, { width: 9 }, { width: 9 }, { width: 9 }, { width: 16 }];
}

/** Add every targets and plans input sheet to the sample workbook. */
export function addTargetSheets(wb: ExcelJS.Workbook, seed = 20250901): void {
  const rng = seededRng(seed);
  const rows = baselines(rng);
  benchmarkSheet(wb);
  baselineSheet(wb, rows);
  dropSheet(wb, rows, rng);
  const quenby = SCHOOLS.find((s) => s.name === 'Quenby Lea Primary') as SampleSchool;
  const harrow = SCHOOLS.find((s) => s.name === 'Harrowdene Primary School') as SampleSchool;
  pupilSheet(wb, quenby, 'QL', [{ name: '6 Oak', size: 30, lift: 3.5 }, { name: '6 Ash', size: 29, lift: 0.5 }, { name: '6 Elm', size: 30, lift: 1.5 }], rng);
  pupilSheet(wb, harrow, 'HD', [{ name: '6H', size: 27, lift: -1 }], rng);
  for (const plan of PLANS) planSheet(wb, plan);
  themesSheet(wb);
  deliverySheet(wb);
}
