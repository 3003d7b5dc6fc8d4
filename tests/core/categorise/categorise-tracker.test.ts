import { describe, expect, it } from 'vitest';
import { categoriseTracker } from '../../../core/categorise/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import { STRANDS, type Benchmark, type PerformancePoint, type Tracker } from '../../../core/tracker/types.js';
import { PerformanceValues } from '../../../core/tracker/performance-values.js';
import { record } from './fixtures.js';

const S = DEFAULT_SETTINGS;
const KS2 = 'KS2 RWM EXS %';
const YEARS = [2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025];
// Thresholds 50 / 55 / 60 / 70 every year, so a value maps to p by eye: 60 → 2, 70 → 3.
const benchmarks: Benchmark[] = YEARS.map((year, i) => ({ measure: KS2, year, floor: 50, coasting: 55, national: 60, top15: 70, source: { sheet: 'Benchmarks', cell: `A${i + 2}` } }));
let row = 1;
const perf = (key: string, values: number[], unit: string | null = null, measure = KS2, years = YEARS.slice(-values.length)): PerformancePoint[] =>
  values.map((value, i) => ({ key, measure, unit, year: years[i] as number, value, source: { sheet: 'Performance', cell: `D${++row}` } }));
const all = (n: 1 | 2 | 3 | 4) => Object.fromEntries(STRANDS.map((k) => [k, n]));

function tracker(): Tracker {
  return {
    schools: [
      record({ key: 'oak', school: 'Oak Primary', urn: '1', strands: all(3), data: { pupils: 210, persistentAbsencePct: 20 }, override: { category: 'B', agreedBy: 'CEO', agreedOn: '2025-07-01', why: 'strong recent Ofsted' } }),
      record({ key: 'ash', school: 'Ash Academy', urn: '2', educationPhase: 'secondary', strands: { leadership: 1 } }),
      record({ key: 'elm', school: 'Elm Infants', urn: null, strands: { leadership: 3 }, inspection: { kind: 'legacy-grade', grade: 2, date: '2017-06-01', source: { sheet: 'Schools', cell: 'K4' } } }),
    ],
    performance: PerformanceValues.of([
      ...perf('oak', [56, 57, 58, 59, 61, 62]),
      ...perf('oak', [50, 55, 60], 'Maths'),
      ...perf('oak', [70], 'Maths', 'KS2 GPS %', [2025]),
      ...perf('ghost', [60]),
    ]),
    benchmarks,
    nationalPA: [{ phase: 'primary', year: 2025, value: 15 }],
    recognised: [],
  };
}

describe('categoriseTracker (in-memory tracker, no parser)', () => {
  const out = categoriseTracker(tracker(), S, { asOf: '2025-11-01', wellBelowShare: { oak: 0.3 } });
  const [oak, ash, elm] = out.schools;

  it('judges every school in tracker order', () => {
    expect(out.schools.map((s) => s.school)).toEqual(['Oak Primary', 'Ash Academy', 'Elm Infants']);
  });

  it('a full school: phase, category, trajectory on the headline with gaps, risk and the agreed category kept apart', () => {
    // Per real year (2019, 2022–2025) the slope is 0.14: flat and below national, so D (coasting).
    expect(oak).toMatchObject({ phase: 'Improve', category: 'C', trajectory: 'D', headlineMeasure: KS2, pupils: 210, capacity: 'taker', risk: 'Medium', riskScore: 3 });
    expect(oak?.agreed).toMatchObject({ category: 'B', agreedBy: 'CEO' });
    // Reviewer 3 for attendance wins over PA 20 vs national 15 (which would give 1).
    expect(oak?.strandSources.attendance).toBe('reviewer');
    expect(oak?.trajectoryFeatures?.points).toBe(5);
    expect(oak?.reasons[0]).toBe('Phase Improve: median of 8 known strands is 3 (Improve).');
    expect(oak?.reasons).toContain('Category B agreed at review by CEO on 2025-07-01 (strong recent Ofsted): risk, the summary, the support offer and brokering use it; the computed category C is shown alongside.');
    expect(oak?.reasons).toContain('Agreed category B: +1.');
    expect(oak?.reasons).toContain('30 % of targets well below at the latest milestone: +1.');
  });

  it('leadership 1 gives Stabilise, E, and a risk with no trajectory', () => {
    expect(ash).toMatchObject({ phase: 'Stabilise', category: 'E', trajectory: null, headlineMeasure: 'Progress 8', risk: 'Medium', riskScore: 3 });
    expect(ash?.reasons).toContain('No trajectory: no Progress 8 results with a benchmark for this school.');
  });

  it('too few strands: no category, no risk, and reasons say why; the inspection is not compared', () => {
    expect(elm).toMatchObject({ phase: 'Insufficient evidence', category: null, risk: null, riskScore: null, inspectionMismatch: false, pupils: null });
    expect(elm?.reasons).toContain('No risk rating: there is no category yet, because the evidence is insufficient.');
  });

  it('units: one line per school × unit × measure, phase from data only', () => {
    expect(out.units.map((u) => [u.school, u.unit, u.measure, u.phase, u.trajectory])).toEqual([
      ['Oak Primary', 'Maths', KS2, 'Improve', 'B'],
      ['Oak Primary', 'Maths', 'KS2 GPS %', 'Insufficient evidence', null],
    ]);
    expect(out.units[0]?.reasons[0]).toMatch(/^Phase Improve from data only: KS2 RWM EXS % band position 2 in 2025/);
  });

  it('a measure with no benchmark in any year gets one warning at its value, not an error; an unknown school is an error', () => {
    expect(out.issues.map((i) => [i.sheet, i.severity, i.message.slice(0, 40)])).toEqual([
      ['Performance', 'warning', 'KS2 GPS % has no benchmark row (floor, c'],
      ['Performance', 'error', 'Results for "ghost" were not used: no sc'],
    ]);
    expect(out.issues[0]?.cell).toBe(`D${row - 1}`);
  });
});

describe('categoriseTracker: issues and derived strands end to end', () => {
  it('reports a missing benchmark year once per measure and year, not once per school', () => {
    const t = tracker();
    t.benchmarks = t.benchmarks.filter((b) => b.year !== 2019);
    t.performance = PerformanceValues.of([...perf('oak', [56, 57, 58, 59, 61, 62]), ...perf('elm', [56, 57, 58, 59, 61, 62])]);
    const issues = categoriseTracker(t, S, { asOf: '2025-11-01' }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/no usable benchmark row .* KS2 RWM EXS % in 2019/);
  });

  it('reports thresholds out of order and skips the value', () => {
    const t = tracker();
    t.benchmarks = t.benchmarks.map((b) => (b.year === 2025 ? { ...b, coasting: 65 } : b));
    const res = categoriseTracker(t, S, { asOf: '2025-11-01' });
    expect(res.issues.some((i) => /not in order/.test(i.message))).toBe(true);
    expect(res.schools[0]?.trajectoryFeatures?.last).toBeCloseTo(2.1, 9); // 2024's 61 is now the last point
  });

  it('derives outcomes, attendance, finance and staffing when reviewers left them blank', () => {
    const t = tracker();
    t.schools = [
      record({
        key: 'oak',
        strands: { leadership: 3, governance: 3, teaching: 4, behaviour: 4 },
        data: { persistentAbsencePct: 12, reservesPct: 5, inYearBalancePct: 2, teacherTurnoverPct: 10 },
      }),
    ];
    const [s] = categoriseTracker(t, S, { asOf: '2025-11-01' }).schools;
    expect(s?.strands).toMatchObject({ outcomes: 3, attendance: 4, finance: 4, staffing: 3 });
    expect(s?.strandSources).toEqual({ leadership: 'reviewer', governance: 'reviewer', teaching: 'reviewer', behaviour: 'reviewer', outcomes: 'derived', attendance: 'derived', finance: 'derived', staffing: 'derived' });
    expect(s?.phase).toBe('Improve');
    expect(s?.category).toBe('B');
    expect(s?.reasons).toContain('Category B: Improve, with 4 of 8 known strands at 4 (at least 50 %).');
  });

  it('matches measure names regardless of case and spacing', () => {
    const t = tracker();
    t.benchmarks = t.benchmarks.map((b) => ({ ...b, measure: 'ks2  rwm exs%' }));
    expect(categoriseTracker(t, S, { asOf: '2025-11-01' }).schools[0]?.trajectory).toBe('D');
  });

  it('warns about a second value for the same school, measure and year, and uses the later one', () => {
    const t = tracker();
    t.performance = PerformanceValues.of([...perf('oak', [56, 57, 58]), ...perf('oak', [70], null, KS2, [2025])]);
    const res = categoriseTracker(t, S, { asOf: '2025-11-01' });
    expect(res.issues).toHaveLength(1);
    expect(res.issues[0]).toMatchObject({ severity: 'warning' });
    expect(res.schools[0]?.trajectoryFeatures?.last).toBe(3);
  });
});

describe('categoriseTracker: benchmark direction against the measure settings', () => {
  it('refuses falling thresholds for a higher-is-better measure', () => {
    const t = tracker();
    t.benchmarks = t.benchmarks.map((b) => (b.year === 2025 ? { ...b, floor: 70, coasting: 60, national: 55, top15: 50 } : b));
    const res = categoriseTracker(t, S, { asOf: '2025-11-01' });
    expect(res.issues.filter((i) => /set as higher is better/.test(i.message)).map((i) => i.cell)).toEqual(['A9']);
  });

  const PA = 'Persistent absence %';
  const paTracker = (rising: boolean): Tracker => ({
    ...tracker(),
    performance: PerformanceValues.of(perf('oak', [12, 11, 10], null, PA, [2023, 2024, 2025])),
    benchmarks: [2023, 2024, 2025].map((year) => ({
      measure: PA,
      year,
      ...(rising ? { floor: 5, coasting: 10, national: 15, top15: 20 } : { floor: 20, coasting: 15, national: 10, top15: 5 }),
      source: { sheet: 'Benchmarks', cell: `B${year - 2020}` },
    })),
  });
  const withPaHeadline = { ...S, headlineMeasure: { ...S.headlineMeasure, primary: PA } };

  it('uses falling thresholds for a lower-is-better measure', () => {
    const res = categoriseTracker(paTracker(false), withPaHeadline, { asOf: '2025-11-01' });
    expect(res.issues).toEqual([]);
    expect(res.schools[0]?.trajectoryFeatures).toMatchObject({ first: 1.6, last: 2 });
  });

  it('refuses rising thresholds for a lower-is-better measure, naming the benchmark cell', () => {
    const res = categoriseTracker(paTracker(true), withPaHeadline, { asOf: '2025-11-01' });
    // Once per benchmark row, at its own cell; the values it would have placed add nothing more.
    expect(res.issues.slice(0, 3).map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Benchmarks!B3', 'Benchmarks!B4', 'Benchmarks!B5']);
    // With no school's headline usable, the run also names the headline setting (issue 12 item 7).
    expect(res.issues.slice(3).every((i) => i.severity === 'warning' && /^"Headline measure \(/.test(i.message))).toBe(true);
    expect(res.issues[0]).toMatchObject({ severity: 'error' });
    expect(res.issues[0]?.message).toBe(
      'The Persistent absence % thresholds for 2023 rise (floor 5, coasting 10, national 15, top 15 % 20), but Persistent absence % is set as lower is better, where floor is the highest figure; so Persistent absence % values for 2023 are not used until it is corrected.',
    );
    expect(res.schools[0]?.trajectory).toBeNull();
  });
});

describe('categoriseTracker: the way out of "no trajectory"', () => {
  // Issue 11: a panel whose header names the measure differently used to get no trajectories at all.
  it('uses the one banded measure a school has, says so in its reasons, and names the setting once in Issues', () => {
    const t = tracker();
    const panel = 'rwm_exp_pct';
    t.benchmarks = [...t.benchmarks, ...benchmarks.map((b) => ({ ...b, measure: panel }))];
    t.performance = PerformanceValues.of(perf('oak', [56, 57, 58, 59, 61, 62], null, panel));
    const res = categoriseTracker(t, S, { asOf: '2025-11-01' });
    const oak = res.schools[0];
    expect(oak?.headlineMeasure).toBe(panel);
    expect(oak?.trajectory).not.toBeNull();
    expect(oak?.reasons.some((r) => r.startsWith('No KS2 RWM EXS % results with a benchmark (Headline measure (primary)); rwm_exp_pct is the only measure with benchmarks for this school, so the journey uses it.'))).toBe(true);
    const rows = res.issues.filter((i) => i.message.startsWith('"Headline measure (primary)"'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.message).toContain('Pathway used rwm_exp_pct for 1 instead');
    expect(rows[0]?.message).toContain('The measures with benchmarks it did find: rwm_exp_pct.');
  });

  it('names the banded measures when there are several to choose from, and picks none', () => {
    const t = tracker();
    t.benchmarks = [...t.benchmarks, ...benchmarks.map((b) => ({ ...b, measure: 'rwm_exp_pct' })), ...benchmarks.map((b) => ({ ...b, measure: 'rwm_high_pct' }))];
    t.performance = PerformanceValues.of([...perf('oak', [56, 57, 58, 59, 61, 62], null, 'rwm_exp_pct'), ...perf('oak', [20, 21, 22, 23, 24, 25], null, 'rwm_high_pct')]);
    const oak = categoriseTracker(t, S, { asOf: '2025-11-01' }).schools[0];
    expect(oak?.trajectory).toBeNull();
    expect(oak?.reasons).toContain(
      'No trajectory: no KS2 RWM EXS % results with a benchmark for this school. It has banded results for rwm_exp_pct, rwm_high_pct; to judge its journey on one of them, set "Headline measure (primary)" to it in Pathway Settings.',
    );
  });

  it('says nothing more when the school has no other banded results', () => {
    const t = tracker();
    t.performance = new PerformanceValues();
    const reason = categoriseTracker(t, S, { asOf: '2025-11-01' }).schools[0]?.reasons.find((r) => r.startsWith('No trajectory'));
    expect(reason).toBe('No trajectory: no KS2 RWM EXS % results with a benchmark for this school.');
  });
});
