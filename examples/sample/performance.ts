import {
  A8_MEASURE,
  A8_YEARS,
  KS2_PROGRESS_MEASURE,
  P8_MEASURE,
  KS2_BENCHMARKS,
  KS2_PROGRESS_YEARS,
  KS2_YEARS,
  P8_BENCHMARKS,
  P8_YEARS,
  type Thresholds,
} from './benchmarks.js';
import { designSeries } from './journeys.js';
import type { Rng } from './prng.js';
import type { SampleSchool } from './schools.js';

/** One long-form row: URN | Measure | Year | Value | Unit. */
export interface LongRow {
  urn: string;
  measure: string;
  year: number;
  value: number;
  unit: string | null;
}

export interface SchoolPerformance {
  /** KS2 RWM EXS % by year, for schools with a Year 6. */
  ks2: Map<number, number> | null;
  /** Progress 8 by year, for schools with a Year 11. */
  p8: Map<number, number> | null;
  /** Subject-level Progress 8 element scores, by subject. */
  units: Map<string, Map<number, number>>;
}

const hasKs2 = (s: SampleSchool): boolean => s.phase !== 'Secondary';
const hasKs4 = (s: SampleSchool): boolean => s.phase !== 'Primary';

function ks2Series(s: SampleSchool, rng: Rng): Map<number, number> {
  if (s.shape === 'too-little') {
    // A school whose first Year 6 sat the tests in 2024: two points, too few for a journey.
    return new Map([
      [2024, 58],
      [2025, 63],
    ]);
  }
  // The all-through school's headline is Progress 8, so its KS2 line only needs to look plausible.
  const shape = s.phase === 'All-through' ? 'D-coasting' : s.shape;
  return designSeries({ shape, years: KS2_YEARS, benchmarks: KS2_BENCHMARKS, kind: 'ks2', lift: s.lift ?? 0 }, rng);
}

export function designPerformance(s: SampleSchool, rng: Rng): SchoolPerformance {
  const units = new Map<string, Map<number, number>>();
  for (const u of s.units ?? []) {
    units.set(u.unit, designSeries({ shape: u.shape, years: P8_YEARS.slice(2), benchmarks: P8_BENCHMARKS, kind: 'p8', lift: u.lift ?? 0 }, rng));
  }
  const p8 =
    hasKs4(s) && s.shape !== 'too-little'
      ? designSeries({ shape: s.shape, years: P8_YEARS, benchmarks: P8_BENCHMARKS, kind: 'p8', lift: s.lift ?? 0 }, rng)
      : null;
  return { ks2: hasKs2(s) ? ks2Series(s, rng) : null, p8, units };
}

/** Attainment 8 moves with Progress 8 around a national mean near 46 (2025 has A8 but no P8). */
function attainment8(p8: Map<number, number>, rng: Rng): Map<number, number> {
  const out = new Map<number, number>();
  let last = 0;
  for (const year of A8_YEARS) {
    const p = p8.get(year) ?? last + rng.between(-0.1, 0.1);
    last = p;
    out.set(year, Number((46 + p * 10 + rng.between(-1.2, 1.2)).toFixed(1)));
  }
  return out;
}

/** KS2 maths progress tracks attainment loosely; none after 2023 (no KS1 baseline). */
function ks2Progress(ks2: Map<number, number>, rng: Rng): Map<number, number> {
  const out = new Map<number, number>();
  for (const year of KS2_PROGRESS_YEARS) {
    const v = ks2.get(year);
    const t = KS2_BENCHMARKS[year] as Thresholds;
    if (v !== undefined) out.set(year, Number(((v - t.national) / 6 + rng.between(-0.8, 0.8)).toFixed(1)));
  }
  return out;
}

/** Everything that goes on the long sheet for one school. */
export function longRows(s: SampleSchool, perf: SchoolPerformance, rng: Rng): LongRow[] {
  const rows: LongRow[] = [];
  const push = (measure: string, series: Map<number, number>, unit: string | null): void => {
    for (const [year, value] of series) rows.push({ urn: s.urn, measure, year, value, unit });
  };
  if (perf.p8) {
    push(P8_MEASURE, perf.p8, null);
    push(A8_MEASURE, attainment8(perf.p8, rng), null);
  }
  for (const [unit, series] of perf.units) push(P8_MEASURE, series, unit);
  if (perf.ks2 && s.phase === 'Primary' && s.shape !== 'too-little') push(KS2_PROGRESS_MEASURE, ks2Progress(perf.ks2, rng), null);
  return rows;
}
