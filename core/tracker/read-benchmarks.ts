import { cellText, quoted } from '../grid/cell-text.js';
import { parseAcademicYear } from '../grid/parse-academic-year.js';
import { parsePercent, percentScale } from '../grid/parse-percent.js';
import { cellAt, dataRows, report, sourceOf, type SheetRead } from './_lib/sheet-read.js';
import { measureKey, type MeasureNames } from './measure-key.js';
import { isPercentMeasure } from './read-performance.js';
import type { Benchmark } from './types.js';

const THRESHOLDS = ['floor', 'coasting', 'national', 'top15'] as const;
const LABEL: Record<(typeof THRESHOLDS)[number], string> = { floor: 'floor', coasting: 'coasting', national: 'national', top15: 'top 15%' };

/** Strictly increasing (higher is better) or strictly decreasing (lower is better). */
export function monotone(values: readonly number[]): boolean {
  const steps = values.slice(1).map((v, i) => v - (values[i] ?? 0));
  return steps.every((s) => s > 0) || steps.every((s) => s < 0);
}

function thresholds(read: SheetRead, r: number, measure: string): number[] | null {
  const cells = THRESHOLDS.map((t) => cellAt(read, r, t));
  const scale = isPercentMeasure(measure) ? percentScale(cells) : 'points';
  const values: number[] = [];
  for (const [i, t] of THRESHOLDS.entries()) {
    const parsed = parsePercent(cells[i] ?? null, scale);
    if (!parsed.ok) {
      report(read, r, t, `The ${LABEL[t]} threshold ${quoted(cells[i])} is not a number (${parsed.reason}). Pathway did not use this row. Fill in all four thresholds.`, 'error');
      return null;
    }
    values.push(parsed.value);
  }
  return values;
}

/**
 * Read benchmark rows: four thresholds per measure and year, which must run in one direction.
 * A row out of order, or a measure and year given twice, is reported and not used.
 */
export function readBenchmarks(read: SheetRead, measures: MeasureNames, out: Benchmark[]): void {
  const seen = new Map<string, number>();
  for (const r of dataRows(read, 'measure')) {
    const name = cellText(cellAt(read, r, 'measure'));
    if (name === '') {
      report(read, r, 'measure', `Row ${r + 1} has thresholds but no measure. Pathway skipped it.`, 'error');
      continue;
    }
    const year = parseAcademicYear(cellAt(read, r, 'year'));
    if (!year.ok) {
      report(read, r, 'year', `The year ${quoted(cellAt(read, r, 'year'))} could not be read: ${year.reason}. Pathway skipped the row. Write the year as 2019 or 2018/19.`, 'error');
      continue;
    }
    const values = thresholds(read, r, name);
    if (!values) continue;
    if (!monotone(values)) {
      report(read, r, 'floor', `The thresholds for ${name} ${year.value} (${values.join(', ')}) are out of order. Pathway did not use this row. Floor, coasting, national and top 15% must all rise (higher is better) or all fall (lower is better).`, 'error');
      continue;
    }
    const id = `${measureKey(name)}|${year.value}`;
    const first = seen.get(id);
    if (first !== undefined) {
      report(read, r, 'measure', `${name} ${year.value} already has thresholds on row ${first + 1}. Pathway kept the first row. Remove the duplicate.`, 'error');
      continue;
    }
    seen.set(id, r);
    const [floor = 0, coasting = 0, national = 0, top15 = 0] = values;
    out.push({ measure: measures.display(name), year: year.value, floor, coasting, national, top15, source: sourceOf(read, r, 'measure'), floorSource: sourceOf(read, r, 'floor') });
  }
}
