// A deterministic trust-scale tracker for the benchmarks: N schools × 40 measures × 10 years,
// as the grids the core reads and as an .xlsx the CLI reads. Seeded; no clock.
import ExcelJS from 'exceljs';
import type { Cell, Grid, SheetGrid } from '../core/grid/types.js';
import { seededRng, type Rng } from '../examples/sample/prng.js';

export interface BenchTrackerShape {
  schools: number;
  measures: number;
  years: number;
  seed?: number;
  /** 'long': one URN | Measure | Year | Value sheet; 'wide': one sheet per measure, a column per year. */
  layout?: 'long' | 'wide';
  /**
   * false: leave out the two headline measures, as a file whose headers name measures differently
   * arrives (docs/realdata.md). Every school then has no trajectory, and its reason lists the
   * measures it does have: the path a national panel of thousands of schools takes.
   */
  headlines?: boolean;
  /** Long layout only: give each value for this many subjects (a Unit column), as a secondary trust tracks departments. */
  units?: number;
}

const SUBJECTS = ['Maths', 'English', 'Science', 'History', 'Geography', 'Art', 'Music', 'PE', 'Computing', 'RE', 'French', 'Drama'];

export const DEFAULT_SHAPE: BenchTrackerShape = { schools: 150, measures: 40, years: 10 };

const FIRST_YEAR = 2016;
const GRADES = ['Outstanding', 'Good', 'Good', 'Requires improvement', 'Inadequate'];
const STRAND_HEADERS = ['Leadership', 'Governance', 'Staffing', 'Attendance', 'Finance', 'Outcomes', 'Teaching & CPD', 'Behaviour'];

/** The two headline measures first (so every school has a trajectory), then tracker KPIs. */
function measureNames(n: number): string[] {
  const extra = Array.from({ length: Math.max(0, n - 2) }, (_, i) => `Trust KPI ${String(i + 1).padStart(2, '0')}`);
  return ['KS2 RWM EXS %', 'Progress 8', ...extra].slice(0, n);
}

/** Excel serial day number of a UTC date (1899-12-30 epoch), as hosts hand dates to the core. */
function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/**
 * One school in five is strong (strands at 3–4, safeguarding effective, inspected Good or better,
 * results steady above national), so the broker bench has givers as a real trust does: with
 * strands drawn uniformly every school has a 1 or 2, is a taker, and nothing is matched.
 * The same random numbers are drawn either way, so the other schools are unchanged.
 */
const strong = (i: number): boolean => i % 5 === 0;

function schoolsGrid(n: number, rng: Rng): Grid {
  const header: Cell[] = ['School', 'URN', 'Phase of education', ...STRAND_HEADERS, 'Safeguarding', 'Last inspection', 'Last inspection date',
    'Persistent absence %', 'Reserves %', 'In-year balance %', 'Teacher turnover %', 'Pupils on roll'];
  const rows: Grid = [header];
  for (let i = 0; i < n; i++) {
    const primary = i % 2 === 0;
    const strands = STRAND_HEADERS.map(() => {
      const score = rng.next() < 0.1 ? null : rng.int(1, 4);
      return strong(i) && score !== null && score <= 2 ? score + 2 : score;
    });
    const safeguarding = rng.next() < 0.03 && !strong(i) ? 'Not effective' : 'Effective';
    const grade = rng.pick(GRADES);
    rows.push([
      `Bench School ${String(i + 1).padStart(3, '0')}`, String(960_000 + i), primary ? 'Primary' : 'Secondary', ...strands,
      safeguarding, strong(i) && (grade === 'Requires improvement' || grade === 'Inadequate') ? 'Good' : grade, serial(rng.int(2012, 2024), rng.int(1, 12), rng.int(1, 28)),
      Number(rng.between(6, 30).toFixed(1)), Number(rng.between(-2, 9).toFixed(1)), Number(rng.between(-4, 3).toFixed(1)),
      rng.int(3, 35), primary ? rng.int(150, 650) : rng.int(600, 1600),
    ]);
  }
  return rows;
}

/** Every measure is benchmarked like a 0–100 percentage, except Progress 8. */
function thresholds(measure: string): [number, number, number, number] {
  return measure === 'Progress 8' ? [-0.5, -0.25, 0, 0.5] : [40, 50, 60, 75];
}

/** A school's values for one measure over the years: a bounded random walk between the thresholds. */
function walk(measure: string, years: number, rng: Rng, strongSchool = false): number[] {
  const [floor, , national, top] = thresholds(measure);
  let v = strongSchool ? rng.between(national, top) : rng.between(floor, top);
  return Array.from({ length: years }, () => {
    const step = strongSchool ? rng.between(-0.02, 0.04) : rng.between(-0.1, 0.1);
    v = Math.min(top + (top - national), Math.max(strongSchool ? national : floor - (national - floor), v + step * (top - floor)));
    return Number(v.toFixed(2));
  });
}

function performanceGrid(shape: BenchTrackerShape, measures: string[], rng: Rng): Grid {
  const rows: Grid = [['URN', 'Measure', 'Year', 'Value', 'Unit']];
  const units = shape.units ? SUBJECTS.slice(0, shape.units) : [null];
  for (let i = 0; i < shape.schools; i++) {
    for (const m of measures) for (const u of units) walk(m, shape.years, rng, strong(i)).forEach((v, y) => rows.push([String(960_000 + i), m, FIRST_YEAR + y, v, u]));
  }
  return rows;
}

/** One sheet per measure, titled with its name above a School | URN | year… header. */
function wideGrids(shape: BenchTrackerShape, measures: string[], rng: Rng): SheetGrid[] {
  const years = Array.from({ length: shape.years }, (_, y) => FIRST_YEAR + y);
  return measures.map((m, k) => ({
    name: `Measure ${String(k + 1).padStart(2, '0')}`,
    grid: [
      [m],
      ['School', 'URN', ...years],
      ...Array.from({ length: shape.schools }, (_, i) => [`Bench School ${String(i + 1).padStart(3, '0')}`, String(960_000 + i), ...walk(m, shape.years, rng, strong(i))]),
    ],
  }));
}

function benchmarksGrid(shape: BenchTrackerShape, measures: string[]): Grid {
  const rows: Grid = [['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15%']];
  for (const m of measures) for (let y = 0; y < shape.years; y++) rows.push([m, FIRST_YEAR + y, ...thresholds(m)]);
  return rows;
}

/** The tracker as the core sees it: one grid per sheet. */
export function benchTrackerGrids(shape: BenchTrackerShape = DEFAULT_SHAPE): SheetGrid[] {
  const rng = seededRng(shape.seed ?? 150_40_10);
  const measures = shape.headlines === false ? measureNames(shape.measures + 2).slice(2) : measureNames(shape.measures);
  const schools = { name: 'Schools', grid: schoolsGrid(shape.schools, rng) };
  const performance = shape.layout === 'wide' ? wideGrids(shape, measures, rng) : [{ name: 'Performance', grid: performanceGrid(shape, measures, rng) }];
  return [schools, ...performance, { name: 'Benchmarks', grid: benchmarksGrid(shape, measures) }];
}

/** The same grids as an .xlsx file (the inspection date column as real dates). */
export async function writeBenchTracker(path: string, sheets: SheetGrid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const { name, grid } of sheets) {
    const ws = wb.addWorksheet(name);
    ws.addRows(grid);
  }
  const schools = wb.getWorksheet('Schools');
  schools?.getColumn(14).eachCell((cell, row) => {
    if (row > 1 && typeof cell.value === 'number') cell.value = new Date((cell.value - 25_569) * 86_400_000);
  });
  if (schools) schools.getColumn(14).numFmt = 'dd/mm/yyyy';
  await wb.xlsx.writeFile(path);
}
