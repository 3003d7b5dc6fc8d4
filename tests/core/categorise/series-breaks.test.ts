import { describe, expect, it } from 'vitest';
import { bandSeries } from '../../../core/categorise/band-series.js';
import { categoriseTracker } from '../../../core/categorise/index.js';
import { findSeriesBreaks } from '../../../core/categorise/series-breaks.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import { readSettings } from '../../../core/settings/read-settings.js';
import { PerformanceValues } from '../../../core/tracker/performance-values.js';
import type { Benchmark, PerformancePoint, Tracker } from '../../../core/tracker/types.js';
import { record } from './fixtures.js';

const S = DEFAULT_SETTINGS.seriesBreaks;
const KS2 = 'KS2 RWM EXS %';
const YEARS = [2018, 2019, 2022, 2023, 2024, 2025];
const line = (values: number[]) => values.map((value, i) => ({ year: YEARS[i] as number, value }));

describe('findSeriesBreaks (swing 40, zero among values above 20, leave out)', () => {
  it.each<[string, number[], string[]]>([
    // name, values oldest first, the breaks found as "year kind kept|out"
    ['0 % between 78 % and 80 %', [78, 0, 80], ['2019 zero out']],
    ['0 % at the end after 80 %', [78, 80, 0], ['2022 zero out']],
    ['0 % at the start before 65 %', [0, 65, 70], ['2018 zero out']],
    ['a special school at 0 % throughout', [0, 0, 0, 0], []],
    ['0 among low values (below the zero line)', [12, 0, 15], []],
    ['a progress score of 0 between 0.3 and 0.5', [0.3, 0, 0.5], []],
    ['a spike up of more than 40 both ways', [30, 85, 33], ['2019 spike out']],
    ['a dip of more than 40 both ways', [72, 25, 70], ['2019 spike out']],
    ['exactly 40 is not more than 40', [70, 30, 70], []],
    ['a rise of 48 that holds (Caldicotes, realdata)', [24, 40, 88, 70], []],
    ['a step up that stays (not a spike)', [20, 25, 70, 72], []],
    ['a first value 50 below the next is not flagged (2016 on the real panel)', [20, 70, 72], []],
    ['a last value 45 below the one before: warned, kept', [80, 78, 33], ['2022 end-swing kept']],
    ['a first value 50 above the next is not flagged', [90, 40, 42], []],
    ['one value alone', [0], []],
    ['two 0s in a row between 78 and 80', [78, 0, 0, 80], ['2019 zero out', '2022 zero out']],
    ['a 0 and a spike do not hide each other', [78, 0, 80, 20, 79], ['2019 zero out', '2023 spike out']],
  ])('%s', (_name, values, expected) => {
    const found = findSeriesBreaks(line(values), S).map((b) => `${b.year} ${b.kind} ${b.kept ? 'kept' : 'out'}`);
    expect(found).toEqual(expected);
  });

  it.each<[Partial<typeof S>, number[], string[]]>([
    [{ leaveOut: 'no' }, [78, 0, 80], ['2019 zero kept']],
    [{ swing: 20 }, [50, 75, 52], ['2019 spike out']],
    [{ zeroAbove: 5 }, [12, 0, 15], ['2019 zero out']],
  ])('settings %o on %o', (over, values, expected) => {
    const found = findSeriesBreaks(line(values), { ...S, ...over }).map((b) => `${b.year} ${b.kind} ${b.kept ? 'kept' : 'out'}`);
    expect(found).toEqual(expected);
  });
});

const benchmarks: Benchmark[] = YEARS.map((year, i) => ({ measure: KS2, year, floor: 50, coasting: 55, national: 60, top15: 70, source: { sheet: 'Benchmarks', cell: `A${i + 2}` } }));
const perf = (key: string, values: number[]): PerformancePoint[] =>
  values.map((value, i) => ({ key, measure: KS2, unit: null, year: YEARS[i] as number, value, source: { sheet: 'Performance', cell: `D${i + 2}` } }));

describe('a series break in a tracker', () => {
  const values = () => PerformanceValues.of(perf('oak', [78, 0, 80, 79, 81]));

  it('is a warning at its own cell, and left out of the band series by default', () => {
    const bands = bandSeries(values(), benchmarks, DEFAULT_SETTINGS.measures, S);
    const warning = bands.issues.find((i) => /breaks its series/.test(i.message));
    expect(warning).toMatchObject({ sheet: 'Performance', cell: 'D3', severity: 'warning' });
    expect(warning?.message).toBe(`This ${KS2} value for 2019 breaks its series: 0 between 78 in 2018 and 80 in 2022. It is left out of the journey; correct the cell, or set "Series breaks: leave out" to no to use it as it is.`);
    expect(bands.find('oak', null, KS2)?.series.map((p) => p.year)).toEqual([2018, 2022, 2023, 2024]);
  });

  it('is kept in the series when the trust says so, still with its warning', () => {
    const bands = bandSeries(values(), benchmarks, DEFAULT_SETTINGS.measures, { ...S, leaveOut: 'no' });
    expect(bands.issues.filter((i) => /breaks its series/.test(i.message))).toHaveLength(1);
    expect(bands.find('oak', null, KS2)?.series.map((p) => p.year)).toEqual([2018, 2019, 2022, 2023, 2024]);
  });

  it.each<['yes' | 'no', string, string]>([
    ['yes', 'Series break in KS2 RWM EXS %: 2019 (0 between 78 in 2018 and 80 in 2022) left out.', 'A'],
    ['no', 'Series break in KS2 RWM EXS %: 2019 (0 between 78 in 2018 and 80 in 2022) kept.', 'F'],
  ])('the journey reason says it was left out or kept (leave out: %s)', (leaveOut, sentence, journey) => {
    const tracker: Tracker = { schools: [record({ key: 'oak', school: 'Oak Primary', urn: '1' })], performance: values(), benchmarks, nationalPA: [], recognised: [] };
    const out = categoriseTracker(tracker, { ...DEFAULT_SETTINGS, seriesBreaks: { ...S, leaveOut } }, { asOf: '2025-11-01' });
    const reason = out.schools[0]?.reasons.find((r) => r.startsWith(`${KS2}:`));
    expect(reason?.endsWith(sentence)).toBe(true);
    expect(out.schools[0]?.trajectory).toBe(journey);
  });

  it('the three settings are read from the Pathway Settings sheet', () => {
    const grid = [['Setting', 'Value'], ['Series break: swing', 30], ['Series break: zero among values above', '10'], ['Series breaks: leave out', 'No']];
    const read = readSettings([{ name: 'Pathway Settings', grid }]);
    expect(read.issues).toEqual([]);
    expect(read.settings.seriesBreaks).toEqual({ swing: 30, zeroAbove: 10, leaveOut: 'no' });
  });
});
