import { bandPosition } from '../categorise/band-position.js';
import { classifyTrajectory } from '../categorise/classify-trajectory.js';
import type { SeriesPoint } from '../categorise/trajectory-features.js';
import { DEFAULT_SETTINGS } from '../settings/defaults.js';
import type { FunctionDef, FunctionError, FunctionResult } from './types.js';
import { describe, fail, grid, isBad, isBlank, toNumber, toYear } from './_lib/args.js';

const THRESHOLDS = ['floor', 'coasting', 'national', 'top15'] as const;
export const FEATURE_COLUMNS = ['points', 'slope', 'first', 'last', 'mean', 'min', 'peak', 'recent'] as const;

/** =PATHWAY.TRAJECTORY(values, years, floor, coasting, national, top15, [option]): the journey A–H. */
export const TRAJECTORY: FunctionDef = {
  id: 'TRAJECTORY',
  description:
    'Journey A–H of a measure over the years, from its band positions over the last 5 years with results (at least 3, else "Too little data"). Blank values are gaps (such as 2020 and 2021); the real year is the x axis. With option "features" it returns one row: points, slope, first, last, mean, min, peak, recent.',
  params: [
    { name: 'values', description: 'The measure’s values, one per year (a row or a column); blank = no result that year.', type: 'any', dimensionality: 'matrix' },
    { name: 'years', description: 'The years, same length as values: 2019 or an academic year such as 2018/19 (counted as 2019).', type: 'any', dimensionality: 'matrix' },
    { name: 'floor', description: 'Floor threshold: one cell, or one per year.', type: 'any', dimensionality: 'matrix' },
    { name: 'coasting', description: 'Coasting threshold: one cell, or one per year.', type: 'any', dimensionality: 'matrix' },
    { name: 'national', description: 'National average: one cell, or one per year.', type: 'any', dimensionality: 'matrix' },
    { name: 'top15', description: 'Top 15 % threshold: one cell, or one per year.', type: 'any', dimensionality: 'matrix' },
    { name: 'option', description: '"features" for the row of features instead of the letter.', type: 'string', dimensionality: 'scalar', optional: true },
  ],
  result: { type: 'any', dimensionality: 'matrix' },
  example: '=PATHWAY.TRAJECTORY({62,64,66,68,70}, {2019,2022,2023,2024,2025}, 60, 65, 70, 80) → F',
  impl: (values, years, floor, coasting, national, top15, option) => trajectory([values, years, floor, coasting, national, top15], option),
};

function trajectory(args: unknown[], option: unknown): FunctionResult {
  const mode = isBlank(option) ? 'journey' : typeof option === 'string' ? option.trim().toLowerCase() : '';
  if (mode !== 'journey' && mode !== 'features') return fail(`PATHWAY.TRAJECTORY: option is ${describe(option)}; leave it out, or use "features".`);
  const series = readSeries(args);
  if (!Array.isArray(series)) return series;
  const result = classifyTrajectory(series, DEFAULT_SETTINGS);
  if (mode === 'journey') return result.journey ?? 'Too little data';
  if (!result.features) return fail(`PATHWAY.TRAJECTORY: ${result.reason}`, '#N/A');
  const f = result.features;
  return [FEATURE_COLUMNS.map((k) => f[k])];
}

function readSeries(args: unknown[]): SeriesPoint[] | FunctionError {
  const [values, years, ...thresholds] = args.map((a) => grid(a).flat());
  const n = values?.length ?? 0;
  if (!years || years.length !== n) return fail(`PATHWAY.TRAJECTORY: values and years must be the same length; there are ${n} values and ${years?.length ?? 0} years.`);
  for (const [i, t] of thresholds.entries()) {
    if (t.length !== 1 && t.length !== n) return fail(`PATHWAY.TRAJECTORY: ${THRESHOLDS[i]} must be one cell or one per year (${n}); it has ${t.length}.`);
  }
  const seen = new Set<number>();
  const series: SeriesPoint[] = [];
  for (let i = 0; i < n; i++) {
    const point = readPoint(values?.[i], years[i], thresholds.map((t) => (t.length === 1 ? t[0] : t[i])), i);
    if (point === null) continue;
    if ('error' in point) return point;
    if (seen.has(point.year)) return fail(`PATHWAY.TRAJECTORY: ${point.year} appears twice in years.`);
    seen.add(point.year);
    series.push(point);
  }
  return series;
}

function readPoint(value: unknown, yearCell: unknown, ts: unknown[], i: number): SeriesPoint | FunctionError | null {
  const v = toNumber(value);
  if (isBad(v)) return fail(`PATHWAY.TRAJECTORY: value ${i + 1} is ${v.bad}, not a number.`);
  if (v === null) return null; // a gap, such as 2020 and 2021
  const year = toYear(yearCell);
  if (year === null || isBad(year)) return fail(`PATHWAY.TRAJECTORY: year ${i + 1} is ${year === null ? 'blank' : year.bad}; use a year such as 2019 or 2018/19.`);
  const nums = ts.map(toNumber);
  const badAt = nums.findIndex((t) => t === null || isBad(t));
  if (badAt >= 0) return fail(`PATHWAY.TRAJECTORY: ${THRESHOLDS[badAt]} for ${year} is ${isBlank(ts[badAt]) ? 'blank' : describe(ts[badAt])}; every year with a value needs its four thresholds.`);
  const [floor, coasting, national, top15] = nums as number[];
  const p = bandPosition(v, { floor: floor as number, coasting: coasting as number, national: national as number, top15: top15 as number });
  if (p === null) return fail(`PATHWAY.TRAJECTORY: the thresholds for ${year} (${floor}, ${coasting}, ${national}, ${top15}) must all rise, or all fall for a lower-is-better measure.`, '#NUM!');
  return { year, p };
}
