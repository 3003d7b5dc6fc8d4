import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseNumber } from '../grid/parse-number.js';
import { parsePercent, percentScale } from '../grid/parse-percent.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { findHeader, type FieldDef } from './_lib/header.js';
import { cellIn, dataRows, IssueLog, type Source } from './_lib/rows.js';
import { parseMethod, parseText } from './_lib/words.js';
import { measureKind } from './measure.js';
import { schoolKey } from './school-key.js';
import type { TargetMethod } from './types.js';

/** One school (or unit) and measure to set a target for. */
export interface BaselineRow {
  school: string;
  schoolKey: string;
  unit: string | null;
  measure: string;
  baseline: number | null;
  pupils: number | null;
  method: TargetMethod | null;
  /** A target agreed by hand, which replaces the computed one. */
  agreed: number | null;
  source: Source;
}

type F = 'school' | 'urn' | 'unit' | 'measure' | 'baseline' | 'pupils' | 'method' | 'agreed';

/** Headers of a baselines sheet: `School`, `Measure` and `Baseline` make one; `Agreed target` overrides the computed target. */
export const BASELINE_FIELDS: readonly FieldDef<F>[] = [
  { field: 'school', aliases: ['School', 'Academy', 'School name'], required: true },
  { field: 'urn', aliases: ['URN'] },
  { field: 'unit', aliases: ['Unit', 'Subject', 'Year group', 'Team'] },
  { field: 'measure', aliases: ['Measure', 'KPI', 'Indicator'], required: true },
  { field: 'baseline', aliases: ['Baseline', 'Last year', 'Starting point', 'Current'], required: true },
  { field: 'pupils', aliases: ['Pupils', 'Cohort', 'Cohort size', 'Number of pupils', 'No of pupils'] },
  { field: 'method', aliases: ['Method', 'Target method'] },
  { field: 'agreed', aliases: ['Agreed target', 'Target agreed', 'Agreed'] },
];

/** Percent columns mix 65 and 0.65 across trusts: decide the scale per measure, from all its cells. */
function scales(rows: { cells: Cell[] }[], measureCol: number, valueCol: number) {
  const byMeasure = new Map<string, Cell[]>();
  for (const { cells } of rows) {
    const key = normaliseHeader(cellText(cells[measureCol]));
    const list = byMeasure.get(key) ?? [];
    list.push(cells[valueCol] ?? null);
    byMeasure.set(key, list);
  }
  return new Map([...byMeasure].map(([k, cells]) => [k, percentScale(cells)]));
}

/** A figure for a measure: % measures accept "65%", 65 or 0.65 (by the column's scale), others plain numbers. */
export function measureValue(cell: Cell, measure: string, scale: 'points' | 'fraction') {
  return measureKind(measure) === 'percent' ? parsePercent(cell, scale) : parseNumber(cell);
}

export interface BaselinesRead {
  baselines: BaselineRow[];
  issues: Issue[];
}

export function readBaselineSheet(sheet: SheetGrid): BaselinesRead | null {
  const header = findHeader(sheet.grid, BASELINE_FIELDS);
  if (!header) return null;
  const c = header.columns as Record<'school' | 'measure' | 'baseline', number> & Partial<Record<F, number>>;
  const log = new IssueLog(sheet.name);
  const rows = dataRows(sheet.grid, header.row);
  const scale = scales(rows, c.measure, c.baseline);
  const baselines: BaselineRow[] = [];
  for (const { row, cells } of rows) {
    const school = log.value(parseText(cellIn(cells, c.school)), row, c.school, 'School', 'the row is skipped');
    const measure = log.value(parseText(cellIn(cells, c.measure)), row, c.measure, 'Measure', 'the row is skipped');
    if (school === null || measure === null) {
      log.at(row, school === null ? c.school : c.measure, `This row has no ${school === null ? 'school' : 'measure'}, so no target is set from it.`, 'warning');
      continue;
    }
    const s = scale.get(normaliseHeader(measure)) ?? 'points';
    const urn = cellText(cellIn(cells, c.urn));
    const unit = cellText(cellIn(cells, c.unit));
    baselines.push({
      school,
      schoolKey: schoolKey(school, urn === '' ? null : urn),
      unit: unit === '' ? null : unit,
      measure,
      baseline: log.value(measureValue(cellIn(cells, c.baseline), measure, s), row, c.baseline, 'Baseline', 'the target is set without a floor'),
      pupils: c.pupils === undefined ? null : log.value(parseNumber(cellIn(cells, c.pupils)), row, c.pupils, 'Pupils', 'the school is left out of pupil-weighted trust figures'),
      method: c.method === undefined ? null : log.value(parseMethod(cellIn(cells, c.method)), row, c.method, 'Method', "the measure's method is used"),
      agreed: c.agreed === undefined ? null : log.value(measureValue(cellIn(cells, c.agreed), measure, s), row, c.agreed, 'Agreed target', 'the computed target is used'),
      source: { sheet: sheet.name, row },
    });
  }
  return { baselines, issues: log.issues };
}
