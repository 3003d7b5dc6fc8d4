import { parseNumber } from '../grid/parse-number.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { findHeader, percentileOf, type FieldDef } from './_lib/header.js';
import { cellIn, dataRows, IssueLog, type Source } from './_lib/rows.js';
import { parseMethod, parseText, parseYes } from './_lib/words.js';
import type { Benchmarks, PercentilePoint, TargetMethod } from './types.js';

/** One measure's benchmarks and the trust's choices for it, as read from a benchmarks sheet. */
export interface BenchmarkRow extends Benchmarks {
  measure: string;
  method: TargetMethod | null;
  margin: number | null;
  percentile: number | null;
  stretchK: number | null;
  /** Pupil-level threshold for the cohort target (e.g. 100 for a scaled score, 4 for a GCSE grade). */
  threshold: number | null;
  lowerIsBetter: boolean | null;
  decimals: number | null;
  min: number | null;
  max: number | null;
  source: Source;
}

type F = 'measure' | 'method' | 'national' | 'topQuartile' | 'margin' | 'percentile' | 'stretchK' | 'threshold' | 'lowerIsBetter' | 'decimals' | 'min' | 'max';

/** Headers of a target benchmarks sheet: `Measure` plus P-columns (P50, P75, P90…) or a `Method` column make one. */
export const BENCHMARK_FIELDS: readonly FieldDef<F>[] = [
  { field: 'measure', aliases: ['Measure', 'KPI', 'Indicator'], required: true },
  { field: 'method', aliases: ['Method', 'Target method'] },
  { field: 'national', aliases: ['National', 'National average', 'National figure'] },
  { field: 'topQuartile', aliases: ['Top quartile', 'Top 25%', 'Upper quartile', 'Top quartile threshold'] },
  { field: 'margin', aliases: ['Margin', 'National margin', 'Plus'] },
  { field: 'percentile', aliases: ['Target percentile', 'Percentile', 'Chosen percentile'] },
  { field: 'stretchK', aliases: ['Stretch k', 'k', 'Stretch factor', 'Stretch'] },
  { field: 'threshold', aliases: ['Pupil threshold', 'Threshold', 'Standard', 'Expected standard'] },
  { field: 'lowerIsBetter', aliases: ['Lower is better', 'Lower better'] },
  { field: 'decimals', aliases: ['Decimals', 'Decimal places', 'Precision', 'dp'] },
  { field: 'min', aliases: ['Min', 'Minimum'] },
  { field: 'max', aliases: ['Max', 'Maximum'] },
];

export interface BenchmarksRead {
  benchmarks: BenchmarkRow[];
  issues: Issue[];
}

function readNumber(log: IssueLog, cells: readonly Cell[], row: number, col: number | undefined, what: string): number | null {
  if (col === undefined) return null;
  return log.value(parseNumber(cellIn(cells, col)), row, col, what, 'the default is used');
}

type Cols = Partial<Record<F, number>>;

function readRow(log: IssueLog, cells: Cell[], row: number, c: Cols, points: { col: number; p: number }[], measure: string, sheet: string): BenchmarkRow {
  const percentiles: PercentilePoint[] = points.flatMap(({ col, p }) => {
    const v = log.value(parseNumber(cellIn(cells, col)), row, col, `P${p}`, 'that point is not used');
    return v === null ? [] : [{ p, value: v }];
  });
  const num = (col: number | undefined, what: string) => readNumber(log, cells, row, col, what);
  return {
    measure,
    percentiles,
    national: num(c.national, 'National'),
    topQuartile: num(c.topQuartile, 'Top quartile'),
    method: c.method === undefined ? null : log.value(parseMethod(cellIn(cells, c.method)), row, c.method, 'Method', 'the trust default method is used'),
    margin: num(c.margin, 'Margin'),
    percentile: num(c.percentile, 'Target percentile'),
    stretchK: num(c.stretchK, 'Stretch k'),
    threshold: num(c.threshold, 'Pupil threshold'),
    lowerIsBetter: c.lowerIsBetter === undefined ? null : log.value(parseYes(cellIn(cells, c.lowerIsBetter)), row, c.lowerIsBetter, 'Lower is better', 'higher is taken as better'),
    decimals: num(c.decimals, 'Decimals'),
    min: num(c.min, 'Min'),
    max: num(c.max, 'Max'),
    source: { sheet, row },
  };
}

/** Read one benchmarks sheet, or null when its headers do not make it one. */
export function readBenchmarkSheet(sheet: SheetGrid): BenchmarksRead | null {
  const header = findHeader(sheet.grid, BENCHMARK_FIELDS);
  if (!header) return null;
  const points = header.others.flatMap((o) => {
    const p = percentileOf(o.key);
    return p !== null && p > 0 && p < 100 ? [{ col: o.col, p }] : [];
  });
  const c = header.columns;
  // The tracker's own Benchmarks sheet (Measure, Year, Floor, Coasting, National, Top 15%) is not
  // one of these: target benchmarks have percentile points or name a method, and no Year column.
  if (points.length === 0 && c.method === undefined) return null;
  if (header.others.some((o) => ['year', 'academicyear', 'floor', 'coasting'].includes(o.key))) return null;
  const log = new IssueLog(sheet.name);
  const benchmarks: BenchmarkRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of dataRows(sheet.grid, header.row)) {
    const measure = log.value(parseText(cellIn(cells, c.measure)), row, c.measure ?? 0, 'Measure', 'the row is skipped');
    if (measure === null) {
      log.at(row, c.measure ?? 0, 'This row has figures but no measure name, so it is skipped.', 'warning');
      continue;
    }
    const key = normaliseHeader(measure);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      log.at(row, c.measure ?? 0, `"${measure}" is listed again (first on row ${earlier + 1}); this row is skipped.`, 'warning');
      continue;
    }
    seen.set(key, row);
    benchmarks.push(readRow(log, cells, row, c, points, measure, sheet.name));
  }
  return { benchmarks, issues: log.issues };
}
