import type { SchoolResult } from '../categorise/types.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Benchmark, PerformancePoint } from '../tracker/types.js';
import { schoolKey } from '../targets/school-key.js';

/** One year of a school's headline measure against the four bands of FRAMEWORK.md section 4. */
export interface SchoolYear {
  year: number;
  value: number;
  floor: number | null;
  coasting: number | null;
  national: number | null;
  top15: number | null;
}

/** One year of the trust's headline measure against national. */
export interface TrustYear {
  year: number;
  /** Weighted by pupils on roll where every school gives them, else the plain mean of schools. */
  trust: number;
  national: number | null;
  schools: number;
}

export interface HeadlineTrend {
  measure: string;
  years: TrustYear[];
}

function round(n: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(n * f) / f;
}

/** Whole-school values by school key and folded measure name, oldest year first. */
export function indexResults(points: readonly PerformancePoint[]): Map<string, { year: number; value: number }[]> {
  const out = new Map<string, { year: number; value: number }[]>();
  for (const p of points) {
    if (p.unit !== null) continue;
    const k = `${p.key}\u0000${normaliseHeader(p.measure)}`;
    const list = out.get(k) ?? [];
    list.push({ year: p.year, value: p.value });
    out.set(k, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

function benchmarkFor(benchmarks: readonly Benchmark[], measure: string, year: number): Benchmark | undefined {
  const m = normaliseHeader(measure);
  return benchmarks.find((b) => b.year === year && normaliseHeader(b.measure) === m);
}

/** A school's headline measure each year, with the floor, coasting, national and top-15 % lines. */
export function schoolTrend(s: SchoolResult, results: Map<string, { year: number; value: number }[]>, benchmarks: readonly Benchmark[]): SchoolYear[] {
  if (!s.headlineMeasure) return [];
  const line = results.get(`${schoolKey(s.school, s.urn)}\u0000${normaliseHeader(s.headlineMeasure)}`) ?? [];
  return line.map(({ year, value }) => {
    const b = benchmarkFor(benchmarks, s.headlineMeasure ?? '', year);
    return { year, value, floor: b?.floor ?? null, coasting: b?.coasting ?? null, national: b?.national ?? null, top15: b?.top15 ?? null };
  });
}

/**
 * The trust's headline results against national, one trend per headline measure (the most
 * common first): each year, the schools with that measure as headline that have a value.
 */
export function headlineTrends(schools: readonly SchoolResult[], results: Map<string, { year: number; value: number }[]>, benchmarks: readonly Benchmark[]): HeadlineTrend[] {
  const byMeasure = new Map<string, SchoolResult[]>();
  for (const s of schools) if (s.headlineMeasure) byMeasure.set(s.headlineMeasure, [...(byMeasure.get(s.headlineMeasure) ?? []), s]);
  return [...byMeasure.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([measure, group]) => {
      const perYear = new Map<number, { value: number; pupils: number | null }[]>();
      for (const s of group) for (const y of schoolTrend(s, results, benchmarks)) perYear.set(y.year, [...(perYear.get(y.year) ?? []), { value: y.value, pupils: s.pupils }]);
      const years = [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, vals]) => {
        const weighted = vals.every((v) => v.pupils !== null && v.pupils > 0);
        const total = weighted ? vals.reduce((n, v) => n + (v.pupils ?? 0), 0) : vals.length;
        const sum = vals.reduce((n, v) => n + v.value * (weighted ? (v.pupils ?? 0) : 1), 0);
        return { year, trust: round(sum / total, 2), national: benchmarkFor(benchmarks, measure, year)?.national ?? null, schools: vals.length };
      });
      return { measure, years };
    });
}
