import type { Issue } from '../grid/types.js';
import type { Settings } from '../settings/types.js';
import type { PerformanceValues } from '../tracker/performance-values.js';
import type { Benchmark, SourceRef } from '../tracker/types.js';
import { bandPosition } from './band-position.js';
import type { SeriesPoint } from './trajectory-features.js';
import { breakMessage, findSeriesBreaks, type SeriesBreak } from './series-breaks.js';
import { DEFAULT_SETTINGS } from '../settings/defaults.js';
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
  /** Values that break the line, each with its cell; those not kept are not in `series` (decision 0213). */
  breaks: readonly (SeriesBreak & { source: SourceRef })[];
}

export interface BandSeries {
  lines: BandLine[];
  /** The whole-school line for a measure, when there is one. */
  find: (key: string, unit: string | null, measure: string) => BandLine | undefined;
  /** Every line of one school, in tracker order (grouped once: a national file has 15,000 schools). */
  linesOf: (key: string) => readonly BandLine[];
  issues: Issue[];
}

/**
 * Every performance value placed against the benchmark for its measure and year. A value with no
 * usable benchmark is left out and reported once per measure and year, at the value's own cell (a
 * measure with no benchmark in any year gets one warning instead); a benchmark running against the
 * measure's direction setting is reported once, at its own cell.
 */
export function bandSeries(
  values: PerformanceValues,
  benchmarks: Benchmark[],
  measures: Settings['measures'] = {},
  breakSettings: Settings['seriesBreaks'] = DEFAULT_SETTINGS.seriesBreaks,
): BandSeries {
  const issues: Issue[] = [];
  const { marks, refused } = usableBenchmarks(benchmarks, measures, issues);
  const lines = groupLines(values);
  const reported = new Set(refused);
  // Measures with a benchmark row in some year, usable or not: a gap in one of their years is an error.
  const benchmarked = new Set([...marks.keys(), ...refused.map((id) => id.slice(0, id.lastIndexOf('|')))]);
  for (const line of lines.values()) {
    const byYear = marks.get(measureKey(line.measure));
    if (!benchmarked.has(measureKey(line.measure))) {
      unbenchmarked(values, line.points[0], reported, issues);
      continue;
    }
    const ordered = withoutBreaks(values, line, latestPerYear(values, line.points, issues), breakSettings, issues);
    let latest = -1;
    for (const i of ordered) {
      const mark = byYear?.get(values.year(i));
      if (mark && bandPosition(values.value(i), mark) !== null) latest = i;
      else report(values, i, mark, reported, issues);
    }
    line.place(ordered, byYear, latest);
  }
  const all = [...lines.values()];
  let bySchool: Map<string, BandLine[]> | null = null;
  const linesOf = (key: string): readonly BandLine[] => {
    if (!bySchool) {
      bySchool = new Map();
      for (const line of all) {
        const mine = bySchool.get(line.key);
        if (mine) mine.push(line);
        else bySchool.set(line.key, [line]);
      }
    }
    return bySchool.get(key) ?? [];
  };
  // The grouping's own map answers `find`: its keys are the lines' ids already.
  return { lines: all, find: (key, unit, measure) => lines.get(lineId(key, unit, measure)), linesOf, issues };
}

/**
 * A line as grouped from the tracker: the numbers of its values in PerformanceValues. Its band
 * positions are worked out when first asked for: a trust's tracker has thousands of lines (every
 * school × measure) and a judgement reads only the headline's and the units', so the rest never
 * allocate a series. Cells are spelt out as addresses only when asked for, too.
 */
class Grouped implements BandLine {
  readonly points: number[] = [];
  private ordered: number[] = [];
  private latest = -1;
  private marks: Map<number, Benchmark> | undefined;
  private computed: SeriesPoint[] | null = null;
  breaks: readonly (SeriesBreak & { source: SourceRef })[] = [];

  constructor(private readonly values: PerformanceValues, readonly key: string, readonly unit: string | null, readonly measure: string) {}

  get source(): SourceRef {
    return this.values.source(this.points[0]!);
  }

  get latestSource(): SourceRef {
    return this.latest < 0 ? this.source : this.values.source(this.latest);
  }

  /** The line's values, oldest first and one a year; its measure's benchmarks by year; the newest value placed on them. */
  place(ordered: number[], marks: Map<number, Benchmark> | undefined, latest: number): void {
    this.ordered = ordered;
    this.marks = marks;
    this.latest = latest;
  }

  get series(): SeriesPoint[] {
    if (this.computed) return this.computed;
    const series: SeriesPoint[] = [];
    for (const i of this.ordered) {
      const year = this.values.year(i);
      const mark = this.marks?.get(year);
      const p = mark ? bandPosition(this.values.value(i), mark) : null;
      if (p !== null) series.push({ year, p });
    }
    return (this.computed = series);
  }
}

function groupLines(values: PerformanceValues): Map<string, Grouped> {
  const lines = new Map<string, Grouped>();
  let last: Grouped | undefined;
  let lastValue = -1;
  for (let i = 0; i < values.length; i++) {
    // Rows of one school and measure usually come together; skip the key lookup while they do.
    let line = last && values.sameLine(i, lastValue) ? last : undefined;
    if (!line) {
      const key = values.key(i);
      const unit = values.unit(i);
      const measure = values.measure(i);
      const id = lineId(key, unit, measure);
      line = lines.get(id);
      if (!line) lines.set(id, (line = new Grouped(values, key, unit, measure)));
      last = line;
    }
    lastValue = i;
    line.points.push(i);
  }
  return lines;
}

/** The line's series-breaking values, each a warning at its cell; those not kept are dropped. */
function withoutBreaks(values: PerformanceValues, line: Grouped, ordered: number[], s: Settings['seriesBreaks'], issues: Issue[]): number[] {
  if (ordered.length < 2) return ordered;
  const found = findSeriesBreaks(ordered.map((i) => ({ year: values.year(i), value: values.value(i) })), s);
  if (found.length === 0) return ordered;
  const breaks = found.map((b) => ({ ...b, source: values.source(ordered[b.index] as number) }));
  for (const b of breaks) issues.push({ sheet: b.source.sheet, cell: b.source.cell, severity: 'warning', message: breakMessage(line.measure, b, s.swing) });
  line.breaks = breaks;
  const dropped = new Set(breaks.filter((b) => !b.kept).map((b) => b.index));
  return ordered.filter((_, k) => !dropped.has(k));
}

/** Oldest first, one value per year: a second value for a year wins, with a warning. */
function latestPerYear(values: PerformanceValues, points: number[], issues: Issue[]): number[] {
  // A tracker usually gives a line's years in order, once each: then there is nothing to do.
  let ordered = true;
  for (let k = 1; k < points.length && ordered; k++) ordered = values.year(points[k]!) > values.year(points[k - 1]!);
  if (ordered) return points;
  // sort is stable, so within a year the later row stays later.
  const sorted = points.slice().sort((a, b) => values.year(a) - values.year(b));
  const out: number[] = [];
  for (const i of sorted) {
    const prev = out[out.length - 1];
    if (prev !== undefined && values.year(prev) === values.year(i)) {
      issues.push(duplicate(values, i, prev));
      out[out.length - 1] = i;
    } else out.push(i);
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

function report(values: PerformanceValues, i: number, mark: Benchmark | undefined, reported: Set<string>, issues: Issue[]): void {
  const pt = { measure: values.measure(i), year: values.year(i) };
  const id = markId(pt.measure, pt.year);
  if (reported.has(id)) return;
  reported.add(id);
  const why = mark
    ? `the benchmark thresholds for ${pt.measure} ${pt.year} (${mark.source.sheet} ${mark.source.cell}) are not in order (floor, coasting, national, top 15 % must all rise, or all fall for a lower-is-better measure)`
    : `there is no usable benchmark row (floor, coasting, national, top 15 %) for ${pt.measure} in ${pt.year}`;
  const at = values.source(i);
  issues.push({ sheet: at.sheet, cell: at.cell, message: `This ${pt.measure} value for ${pt.year} was not used: ${why}. Other schools' values for that year are left out too.`, severity: 'error' });
}

/**
 * A measure with no benchmark row in any year (a cohort size, an average score kept beside the
 * headline) is context, not a gap: one warning for the measure, at its first value, not an error
 * per year.
 */
function unbenchmarked(values: PerformanceValues, i: number | undefined, reported: Set<string>, issues: Issue[]): void {
  if (i === undefined) return;
  const measure = values.measure(i);
  const id = `${measureKey(measure)}|any`;
  if (reported.has(id)) return;
  reported.add(id);
  const at = values.source(i);
  issues.push({
    sheet: at.sheet,
    cell: at.cell,
    message: `${measure} has no benchmark row (floor, coasting, national, top 15 %) in any year, so its values are kept but not placed on the band scale or used for a journey. Add its benchmarks if it should count; otherwise nothing needs doing.`,
    severity: 'warning',
  });
}

function duplicate(values: PerformanceValues, i: number, earlier: number): Issue {
  const unit = values.unit(i);
  const where = unit ? `${unit}, ` : '';
  const at = values.source(i);
  const first = values.source(earlier);
  return {
    sheet: at.sheet,
    cell: at.cell,
    message: `A second ${values.measure(i)} value for ${where}${values.year(i)} for the same school (the first is at ${first.sheet} ${first.cell}); this later one is used.`,
    severity: 'warning',
  };
}
