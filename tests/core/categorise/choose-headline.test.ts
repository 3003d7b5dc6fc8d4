import { describe, expect, it } from 'vitest';
import { bandSeries } from '../../../core/categorise/band-series.js';
import { chooseHeadline } from '../../../core/categorise/choose-headline.js';
import { staleness } from '../../../core/categorise/stale-results.js';
import { isUnpublished } from '../../../core/tracker/publication-calendar.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import { PerformanceValues } from '../../../core/tracker/performance-values.js';
import type { Benchmark, PerformancePoint } from '../../../core/tracker/types.js';
import { record } from './fixtures.js';

const src = { sheet: 'Results', cell: 'B2' };
const mark = (measure: string, year: number, [floor, coasting, national, top15]: number[]): Benchmark => ({ measure, year, floor: floor!, coasting: coasting!, national: national!, top15: top15!, source: src });
const P8 = [-0.5, -0.25, 0, 0.5];
const A8 = [35, 40, 46, 55];
const pts = (measure: string, byYear: Record<number, number>): PerformancePoint[] =>
  Object.entries(byYear).map(([y, value]) => ({ key: 'ash', measure, unit: null, year: Number(y), value, source: src }));
const secondary = record({ key: 'ash', school: 'Ash Academy', educationPhase: 'secondary' });

function choose(points: PerformancePoint[], asOf: string) {
  const years = [2017, 2018, 2019, 2022, 2023, 2024, 2025];
  const marks = years.flatMap((y) => [mark('Progress 8', y, P8), mark('Attainment 8', y, A8)]);
  return chooseHeadline(secondary, bandSeries(PerformanceValues.of(points), marks), DEFAULT_SETTINGS, asOf);
}

describe('publication calendar', () => {
  it.each<[string, number, boolean]>([
    ['Progress 8', 2024, false],
    ['Progress 8', 2025, true],
    ['Progress 8', 2026, true],
    ['progress_8', 2025, true],
    ['mat_prog', 2024, true],
    ['KS2 maths progress', 2025, true],
    ['KS2 RWM EXS %', 2025, false],
    ['KS2 RWM EXS %', 2021, true],
    ['Attainment 8', 2025, false],
  ])('%s %i never published → %s', (m, y, out) => expect(isUnpublished(m, y)).toBe(out));
});

describe('chooseHeadline: Progress 8 not published for 2025, fallback Attainment 8', () => {
  const p8 = pts('Progress 8', { 2018: 0.1, 2019: 0.2, 2023: 0.1, 2024: 0.3 });
  const a8 = pts('Attainment 8', { 2018: 47, 2019: 48, 2023: 46, 2024: 49, 2025: 50 });
  it.each<[string, PerformancePoint[], string, string, string | null]>([
    ['P8 to 2024 and A8 to 2025, run 2025/26', [...p8, ...a8], '2026-03-31', 'Attainment 8', 'unpublished'],
    ['P8 to 2024 and A8 to 2025, run 2024/25 (2025 results not out: nothing missing)', [...p8, ...a8], '2025-03-31', 'Progress 8', null],
    ['P8 only, run 2025/26: kept, no fallback to use', p8, '2026-03-31', 'Progress 8', null],
    ['A8 only: the fallback', a8, '2026-03-31', 'Attainment 8', 'absent'],
  ])('%s → %s', (_what, points, asOf, measure, why) => {
    const got = choose(points, asOf);
    expect(got.measure).toBe(measure);
    expect(got.switched?.why ?? null).toBe(why);
  });

  it('says why in words', () => {
    expect(choose([...p8, ...a8], '2026-03-31').switched?.reason).toBe(
      'Progress 8 is not published for 2025 (2024/25), so the journey uses the next measure, Attainment 8 ("Headline fallback" setting), which has results for that year.',
    );
  });

  // As in the real ten-trust KS4 panel: P8 to 2019, A8 to 2025, nothing for 2020–2021 (no exams).
  it('names only the years the fallback has when it lacks some of them', () => {
    const oldP8 = pts('Progress 8', { 2017: -0.1, 2018: 0, 2019: 0.1 });
    const a8to2025 = pts('Attainment 8', { 2017: 45, 2018: 46, 2019: 47, 2025: 44 });
    expect(choose([...oldP8, ...a8to2025], '2026-03-31').switched?.reason).toBe(
      'Progress 8 is not published for 2020 (2019/20), 2021 (2020/21) and 2025 (2024/25), so the journey uses the next measure, Attainment 8 ("Headline fallback" setting), which has results for 2025.',
    );
  });
});

describe('staleness skips years that were never published', () => {
  const series = [2018, 2019, 2023, 2024].map((year) => ({ year, p: 2 }));
  it.each<[string, string | undefined, number | null]>([
    ['2027-03-31', 'Progress 8', null], // 2025 and 2026 do not exist: only 2027 is missing, age 1
    ['2027-03-31', 'Attainment 8', 3],
    ['2027-03-31', undefined, 3],
    ['2029-03-31', 'Progress 8', 5],
  ])('as of %s for %s → age %s', (asOf, measure, age) => {
    expect(staleness(series, asOf, measure)?.age ?? null).toBe(age);
  });
});
