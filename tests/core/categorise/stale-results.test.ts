import { describe, expect, it } from 'vitest';
import { categoriseTracker } from '../../../core/categorise/index.js';
import { STALE_YEARS, staleness } from '../../../core/categorise/stale-results.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import type { Benchmark, PerformancePoint, Tracker } from '../../../core/tracker/types.js';
import { PerformanceValues } from '../../../core/tracker/performance-values.js';
import { record } from './fixtures.js';

const KS2 = 'KS2 RWM EXS %';

describe('staleness: how old the newest point is against the run date (decision 0208)', () => {
  // The run's academic year is named by the summer it ends in: from 1 September it is the next one.
  it.each([
    // as of       newest  age   stale?
    ['2026-03-31', 2025, 1, false],
    ['2026-03-31', 2024, 2, false], // one published year missing: not yet stale
    ['2026-03-31', 2023, 3, true],
    ['2026-03-31', 2018, 8, true], // the real-data special schools (docs/realdata.md)
    ['2025-08-31', 2022, 3, true], // 31 August is still 2024/25
    ['2025-09-01', 2023, 3, true], // 1 September starts 2025/26
    ['2025-09-01', 2024, 2, false],
    ['2022-03-31', 2019, 3, true], // spring 2022, before any post-pandemic results: stale, and true
    ['2024-06-30', 2025, -1, false], // a result after the run date is not stale
  ] as const)('as of %s, newest %i is %i years old (stale: %s)', (asOf, newest, age, stale) => {
    const got = staleness([{ year: newest - 2, p: 1 }, { year: newest, p: 2 }], asOf);
    expect(got !== null).toBe(stale);
    if (got) expect(got).toEqual({ latest: newest, age, runYear: newest + age });
    expect(stale).toBe(age >= STALE_YEARS);
  });

  it('says nothing about an empty series', () => {
    expect(staleness([], '2026-03-31')).toBeNull();
  });
});

describe('categoriseTracker on a school whose results stopped', () => {
  const years = [2016, 2017, 2018, 2019, 2024];
  const benchmarks: Benchmark[] = years.map((year, i) => ({ measure: KS2, year, floor: 50, coasting: 55, national: 60, top15: 70, source: { sheet: 'Benchmarks', cell: `A${i + 2}` } }));
  const point = (key: string, year: number, value: number, cell: string): PerformancePoint => ({ key, measure: KS2, unit: null, year, value, source: { sheet: 'KS2', cell } });
  const tracker: Tracker = {
    schools: [record({ key: 'old', school: 'Old Lane Primary', urn: '1' }), record({ key: 'new', school: 'New Road Primary', urn: '2' })],
    // Old Lane's newest value is in 2019 (cell E2), although its row lists 2016 last.
    performance: PerformanceValues.of([point('old', 2017, 58, 'C2'), point('old', 2019, 62, 'E2'), point('old', 2018, 60, 'D2'), point('old', 2016, 56, 'B2'), point('new', 2019, 60, 'E3'), point('new', 2024, 61, 'F3'), point('new', 2018, 59, 'D3')]),
    benchmarks,
    nationalPA: [],
    recognised: [],
  };
  const out = categoriseTracker(tracker, DEFAULT_SETTINGS, { asOf: '2025-11-01' });
  const [old, fresh] = out.schools;

  it('warns once, naming the school and its latest year, at the newest value', () => {
    expect(out.issues).toEqual([
      {
        sheet: 'KS2',
        cell: 'E2',
        severity: 'warning',
        message: expect.stringMatching(/^Old Lane Primary's latest KS2 RWM EXS % result is for 2019 \(2018\/19\), 7 academic years before the run's year 2025\/26\./),
      },
    ]);
  });

  it('keeps the journey and says in its reason how old the latest point is', () => {
    expect(old?.trajectory).not.toBeNull();
    const reason = old?.reasons.find((r) => r.startsWith(`${KS2}: Journey`));
    expect(reason).toMatch(/The latest result is for 2019 \(2018\/19\), 7 academic years before the run's year 2025\/26/);
  });

  it('leaves a school with a 2024 result alone until it too is 3 years old', () => {
    // New Road's newest is 2024: 2 years before 2025/26, so no warning and no note in its reason.
    expect(fresh?.reasons.some((r) => r.includes('academic years before'))).toBe(false);
    // From 1 September 2026 (2026/27) it is 3 years old and warned about too, at its own newest cell.
    const later = categoriseTracker(tracker, DEFAULT_SETTINGS, { asOf: '2026-09-01' });
    expect(later.issues.map((i) => `${i.cell} ${/^(.*?)'s latest/.exec(i.message)?.[1]}`)).toEqual(['E2 Old Lane Primary', 'F3 New Road Primary']);
  });
});
