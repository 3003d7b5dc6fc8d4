import type { Issue } from '../grid/types.js';
import type { Settings } from '../settings/types.js';
import type { Benchmark, PerformancePoint, SourceRef } from '../tracker/types.js';
import { bandPosition } from './band-position.js';
import type { SeriesPoint } from './trajectory-features.js';
import { measureKey } from './_lib/measure-key.js';

/** One school × unit × measure line of band positions, oldest first. */
export interface BandLine {
  key: string;
  unit: string | null;
  measure: string;
  series: SeriesPoint[];
  /** The cell of the line's first value, for issues about the line as a whole. */
  source: SourceRef;
  /** The cell of the newest value in `series` (the first value's cell while the series is empty). */
  latestSource: SourceRef;
}

export interface BandSeries {
  lines: BandLine[];
  /** The whole-school line for a measure, when there is one. */
  find: (key: string, unit: string | null, measure: string) => BandLine | undefined;
  issues: Issue[];
}

/**
 * Every performance value placed against the benchmark for its measure and year. A value with no
 * usable benchmark is left out and reported once per measure and year, at the value's own cell (a
 * measure with no benchmark in any year gets one warning instead); a benchmark running against the
 * measure's direction setting is reported once, at its own cell.
 */
export function bandSeries(performance: PerformancePoint[], benchmarks: Benchmark[], measures: Settings['measures'] = {}): BandSeries {
  const issues: Issue[] = [];
  const { marks, refused } = usableBenchmarks(benchmarks, measures, issues);
  const lines = groupLines(performance);
  const reported = new Set(refused);
  // Measures with a benchmark row in some year, usable or not: a gap in one of their years is an error.
  const benchmarked = new Set([...marks.keys(), ...refused.map((id) => id.slice(0, id.lastIndexOf('|')))]);
  for (const line of lines.values()) {
    const byYear = marks.get(measureKey(line.measure));
    if (!benchmarked.has(measureKey(line.measure))) {
      unbenchmarked(line.points[0], reported, issues);
      continue;
    }
    const ordered = latestPerYear(line.points, issues);
    let latest: PerformancePoint | null = null;
    for (const pt of ordered) {
      const mark = byYear?.get(pt.year);
      if (mark && bandPosition(pt.value, mark) !== null) latest = pt;
      else report(pt, mark, reported, issues);
    }
    line.place(ordered, byYear);
    // Asked once per line: a point spells out its address only when asked.
    if (latest) line.latestSource = latest.source;
  }
  // The grouping's own map answers `find`: its keys are the lines' ids already.
  return { lines: [...lines.values()], find: (key, unit, measure) => lines.get(lineId(key, unit, measure)), issues };
}

/**
 * A line as grouped from the tracker. Its band positions are worked out when first asked for:
 * a trust's tracker has thousands of lines (every school × measure) and a judgement reads only
 * the headline's and the units', so the rest never allocate a series.
 */
class Grouped implements BandLine {
  readonly points: PerformancePoint[] = [];
  latestSource: SourceRef;
  private ordered: PerformancePoint[] = [];
  private marks: Map<number, Benchmark> | undefined;
  private computed: SeriesPoint[] | null = null;

  constructor(readonly key: string, readonly unit: string | null, readonly measure: string, readonly source: SourceRef) {
    this.latestSource = source;
  }

  /** The line's values, oldest first and one a year, and its measure's benchmarks by year. */
  place(ordered: PerformancePoint[], marks: Map<number, Benchmark> | undefined): void {
    this.ordered = ordered;
    this.marks = marks;
  }

  get series(): SeriesPoint[] {
    if (this.computed) return this.computed;
    const series: SeriesPoint[] = [];
    for (const pt of this.ordered) {
      const mark = this.marks?.get(pt.year);
      const p = mark ? bandPosition(pt.value, mark) : null;
      if (p !== null) series.push({ year: pt.year, p });
    }
    return (this.computed = series);
  }
}

function groupLines(performance: PerformancePoint[]): Map<string, Grouped> {
  const lines = new Map<string, Grouped>();
  let last: Grouped | undefined;
  for (const pt of performance) {
    // Rows of one school and measure usually come together; skip the key lookup while they do.
    let line = last && last.key === pt.key && last.unit === pt.unit && last.measure === pt.measure ? last : undefined;
    if (!line) {
      const id = lineId(pt.key, pt.unit, pt.measure);
      line = lines.get(id);
      if (!line) lines.set(id, (line = new Grouped(pt.key, pt.unit, pt.measure, pt.source)));
      last = line;
    }
    line.points.push(pt);
  }
  return lines;
}

/** Oldest first, one value per year: a second value for a year wins, with a warning. */
function latestPerYear(points: PerformancePoint[], issues: Issue[]): PerformancePoint[] {
  // A tracker usually gives a line's years in order, once each: then there is nothing to do.
  let ordered = true;
  for (let i = 1; i < points.length && ordered; i++) ordered = points[i]!.year > points[i - 1]!.year;
  if (ordered) return points;
  // sort is stable, so within a year the later row stays later.
  const sorted = points.slice().sort((a, b) => a.year - b.year);
  const out: PerformancePoint[] = [];
  for (const pt of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.year === pt.year) {
      issues.push(duplicate(pt, prev));
      out[out.length - 1] = pt;
    } else out.push(pt);
  }
  return out;
}

/** Benchmarks by measure and year, leaving out (and reporting) those that run the wrong way. */
function usableBenchmarks(benchmarks: Benchmark[], measures: Settings['measures'], issues: Issue[]) {
  const lowerIsBetter = new Map(Object.entries(measures).map(([name, m]) => [measureKey(name), m.lowerIsBetter]));
  // measure key → year → benchmark, so each value costs one lookup by number.
  const marks = new Map<string, Map<number, Benchmark>>();
  const refused: string[] = [];
  for (const b of benchmarks) {
    const key = measureKey(b.measure);
    const wrong = againstSetting(b, lowerIsBetter.get(key));
    if (wrong) {
      const at = b.floorSource ?? b.source;
      issues.push({ sheet: at.sheet, cell: at.cell, message: wrong, severity: 'error' });
      refused.push(markId(b.measure, b.year));
      continue;
    }
    const byYear = marks.get(key) ?? new Map<number, Benchmark>();
    marks.set(key, byYear.set(b.year, b));
  }
  return { marks, refused };
}

function markId(measure: string, year: number): string {
  return `${measureKey(measure)}|${year}`;
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
  const figures = `floor ${mark.floor}, coasting ${mark.coasting}, national ${mark.national}, top 15 % ${mark.top15}`;
  const unused = `so ${mark.measure} values for ${mark.year} are not used until it is corrected`;
  if (lowerIsBetter && mark.floor < mark.top15) {
    return `The ${mark.measure} thresholds for ${mark.year} rise (${figures}), but ${mark.measure} is set as lower is better, where floor is the highest figure; ${unused}.`;
  }
  if (!lowerIsBetter && mark.floor > mark.top15) {
    return `The ${mark.measure} thresholds for ${mark.year} fall (${figures}), but ${mark.measure} is set as higher is better, where floor is the lowest figure; ${unused}.`;
  }
  return null;
}

function report(pt: PerformancePoint, mark: Benchmark | undefined, reported: Set<string>, issues: Issue[]): void {
  const id = markId(pt.measure, pt.year);
  if (reported.has(id)) return;
  reported.add(id);
  const why = mark
    ? `the benchmark thresholds for ${pt.measure} ${pt.year} (${mark.source.sheet} ${mark.source.cell}) are not in order (floor, coasting, national, top 15 % must all rise, or all fall for a lower-is-better measure)`
    : `there is no usable benchmark row (floor, coasting, national, top 15 %) for ${pt.measure} in ${pt.year}`;
  issues.push({ sheet: pt.source.sheet, cell: pt.source.cell, message: `This ${pt.measure} value for ${pt.year} was not used: ${why}. Other schools' values for that year are left out too.`, severity: 'error' });
}

/**
 * A measure with no benchmark row in any year (a cohort size, an average score kept beside the
 * headline) is context, not a gap: one warning for the measure, at its first value, not an error
 * per year.
 */
function unbenchmarked(pt: PerformancePoint | undefined, reported: Set<string>, issues: Issue[]): void {
  if (!pt) return;
  const id = `${measureKey(pt.measure)}|any`;
  if (reported.has(id)) return;
  reported.add(id);
  issues.push({
    sheet: pt.source.sheet,
    cell: pt.source.cell,
    message: `${pt.measure} has no benchmark row (floor, coasting, national, top 15 %) in any year, so its values are kept but not placed on the band scale or used for a journey. Add its benchmarks if it should count; otherwise nothing needs doing.`,
    severity: 'warning',
  });
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
