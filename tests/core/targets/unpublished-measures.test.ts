import { describe, expect, it } from 'vitest';
import { targetsSheets } from '../../../core/targets/index.js';

// Issue 12: targets never ask for a measure that will not be published that year.
// Progress 8 has no results for 2024/25 and 2025/26, KS2 progress none for 2023/24 and 2024/25
// (see core/tracker/publication-calendar.ts for the sources).
const benchmarks = {
  name: 'Benchmarks',
  grid: [
    ['Measure', 'Method', 'National', 'P50', 'P75', 'P90'],
    ['Progress 8', 'Top quartile', -0.03, 0.02, 0.31, 0.62],
    ['P8', 'Top quartile', -0.03, 0.02, 0.31, 0.62],
    ['Attainment 8', 'Top quartile', 45.9, 46.5, 50.2, 55.1],
    ['KS2 reading progress', 'Percentile', 0, 0.3, 1.1, 2],
    ['KS2 RWM EXS %', 'Percentile', 61, 62, 68, 74],
  ],
};

function run(measure: string, baseline: number, asOf: string) {
  const baselines = { name: 'Baselines', grid: [['School', 'URN', 'Measure', 'Baseline'], ['Riverside Academy', 100003, measure, baseline]] };
  return targetsSheets([benchmarks, baselines], { asOf });
}

describe('targets for measures that are not published in the target year', () => {
  it.each([
    // measure, baseline, as-of date, target set?, year named in the warning
    ['Progress 8', -0.4, '2026-01-15', false, '2026 (2025/26)'],
    ['P8', -0.4, '2025-10-01', false, '2026 (2025/26)'],
    ['Progress 8', -0.4, '2025-03-01', false, '2025 (2024/25)'],
    ['Progress 8', -0.4, '2026-09-01', true, null],
    ['Progress 8', -0.4, '2024-06-01', true, null],
    ['KS2 reading progress', -1, '2025-01-10', false, '2025 (2024/25)'],
    ['KS2 reading progress', -1, '2024-01-10', false, '2024 (2023/24)'],
    ['KS2 reading progress', -1, '2026-01-10', true, null],
    ['Attainment 8', 41, '2026-01-15', true, null],
    ['KS2 RWM EXS %', 58, '2025-01-10', true, null],
  ] as const)('%s with the as-of date %s: set = %s', (measure, baseline, asOf, set, year) => {
    const out = run(measure, baseline, asOf);
    expect(out.targets.length).toBe(set ? 1 : 0);
    const warned = out.issues.filter((i) => /is not published for/.test(i.message));
    if (year === null) {
      expect(warned).toEqual([]);
      return;
    }
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ sheet: 'Baselines', cell: 'A2', severity: 'warning' });
    expect(warned[0]?.message).toContain(`${measure}: it is not published for ${year}`);
    expect(warned[0]?.message).toContain('Attainment 8');
  });
});
