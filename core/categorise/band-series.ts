import type { Issue } from '../grid/types.js';
import type { Settings } from '../settings/types.js';
import type { Benchmark, PerformancePoint } from '../tracker/types.js';
import { bandPosition } from './band-position.js';
import type { SeriesPoint } from './trajectory-features.js';
import { measureKey } from './_lib/measure-key.js';

/** One school × unit × measure line of band positions, oldest first. */
export interface BandLine {
  key: string;
  unit: string | null;
  measure: string;
  series: SeriesPoint[];
}

export interface BandSeries {
  lines: BandLine[];
  /** The whole-school line for a measure, when there is one. */
  find: (key: string, unit: string | null, measure: string) => BandLine | undefined;
  issues: Issue[];
}

/**
 * Every performance value placed against the benchmark for its measure and year. A value with no
 * usable benchmark is left out and reported once per measure and year, at the value's own cell.
 */
export function bandSeries(performance: PerformancePoint[], benchmarks: Benchmark[], measures: Settings['measures'] = {}): BandSeries {
  const marks = new Map(benchmarks.map((b) => [`${measureKey(b.measure)}|${b.year}`, b]));
  const lowerIsBetter = new Map(Object.entries(measures).map(([name, m]) => [measureKey(name), m.lowerIsBetter]));
  const lines = new Map<string, BandLine & { byYear: Map<number, PerformancePoint> }>();
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const pt of performance) {
    const id = lineId(pt.key, pt.unit, pt.measure);
    const line = lines.get(id) ?? { key: pt.key, unit: pt.unit, measure: pt.measure, series: [], byYear: new Map() };
    lines.set(id, line);
    const earlier = line.byYear.get(pt.year);
    if (earlier) issues.push(duplicate(pt, earlier));
    line.byYear.set(pt.year, pt);
  }
  for (const line of lines.values()) {
    for (const pt of [...line.byYear.values()].sort((a, b) => a.year - b.year)) {
      const mark = marks.get(`${measureKey(pt.measure)}|${pt.year}`);
      const wrongWay = mark ? againstSetting(mark, lowerIsBetter.get(measureKey(mark.measure))) : null;
      const p = mark && !wrongWay ? bandPosition(pt.value, mark) : null;
      if (p !== null) line.series.push({ year: pt.year, p });
      else report(pt, mark, wrongWay, reported, issues);
    }
  }
  const out = [...lines.values()].map(({ byYear: _byYear, ...line }) => line);
  const index = new Map(out.map((l) => [lineId(l.key, l.unit, l.measure), l]));
  return { lines: out, find: (key, unit, measure) => index.get(lineId(key, unit, measure)), issues };
}

function lineId(key: string, unit: string | null, measure: string): string {
  return `${key}|${unit === null ? '' : unit.trim().toLowerCase()}|${measureKey(measure)}`;
}

/**
 * A benchmark whose thresholds run the opposite way to the measure's setting would silently turn
 * good into bad, so it is not used; the message says which way the setting expects.
 */
function againstSetting(mark: Benchmark, lowerIsBetter: boolean | undefined): string | null {
  if (lowerIsBetter === undefined) return null;
  const rising = mark.floor < mark.top15;
  const falling = mark.floor > mark.top15;
  if (lowerIsBetter && rising) return `the benchmark thresholds for ${mark.measure} ${mark.year} (${mark.source.sheet} ${mark.source.cell}) rise, but the measure is set as lower-is-better, so floor should be the highest figure`;
  if (!lowerIsBetter && falling) return `the benchmark thresholds for ${mark.measure} ${mark.year} (${mark.source.sheet} ${mark.source.cell}) fall, but the measure is set as higher-is-better, so floor should be the lowest figure`;
  return null;
}

function report(pt: PerformancePoint, mark: Benchmark | undefined, wrongWay: string | null, reported: Set<string>, issues: Issue[]): void {
  const id = `${measureKey(pt.measure)}|${pt.year}`;
  if (reported.has(id)) return;
  reported.add(id);
  const why = wrongWay
    ? wrongWay
    : mark
    ? `the benchmark thresholds for ${pt.measure} ${pt.year} (${mark.source.sheet} ${mark.source.cell}) are not in order (floor, coasting, national, top 15 % must all rise, or all fall for a lower-is-better measure)`
    : `there is no benchmark (floor, coasting, national, top 15 %) for ${pt.measure} in ${pt.year}`;
  issues.push({ sheet: pt.source.sheet, cell: pt.source.cell, message: `This ${pt.measure} value for ${pt.year} was not used: ${why}. Other schools' values for that year are left out too.`, severity: 'error' });
}

function duplicate(pt: PerformancePoint, earlier: PerformancePoint): Issue {
  const where = pt.unit ? `${pt.unit}, ` : '';
  return {
    sheet: pt.source.sheet,
    cell: pt.source.cell,
    message: `A second ${pt.measure} value for ${where}${pt.year} for the same school (the first is at ${earlier.source.sheet} ${earlier.source.cell}); this later one is used.`,
    severity: 'warning',
  };
}
