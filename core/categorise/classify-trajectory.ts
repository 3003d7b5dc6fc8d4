import { JOURNEY_NAMES } from '../sheets/labels.js';
import type { Journey, Settings } from '../settings/types.js';
import type { TrajectoryResult } from './types.js';
import { trajectoryFeatures, type FeaturesWithPeak, type SeriesPoint } from './trajectory-features.js';
import { fmt, listWords } from './_lib/words.js';

type Rules = Settings['trajectory'];
interface Rule {
  journey: Journey;
  test: (f: FeaturesWithPeak, r: Rules) => boolean;
  why: (f: FeaturesWithPeak, r: Rules) => string;
}

// A band position below 1 is below the coasting line by definition of p, so H's "every point < 1"
// is part of the scale, not a trust default.
const COASTING_P = 1;

/** FRAMEWORK.md section 4's table, in the order it is tried. */
const RULES: Rule[] = [
  { journey: 'A', test: (f, r) => f.min >= r.aMin && f.mean >= r.aMean, why: (f) => `lowest point ${fmt(f.min)} and mean ${fmt(f.mean)} are both high` },
  { journey: 'H', test: (f, r) => f.peak < COASTING_P && f.slope < r.hSlope, why: (f) => `every point is below the trust's coasting line (highest ${fmt(f.peak)}) and the slope is only ${fmt(f.slope)} a year` },
  { journey: 'B', test: (f, r) => f.slope >= r.bSlope || f.recent >= r.bRecent, why: (f) => `slope ${fmt(f.slope)} a year, recent change ${fmt(f.recent)}` },
  { journey: 'C', test: (f, r) => f.slope <= r.cSlope || f.recent <= r.cRecent, why: (f) => `slope ${fmt(f.slope)} a year, recent change ${fmt(f.recent)}` },
  {
    journey: 'G',
    test: (f, r) => !f.peakIsLast && f.peak - f.first >= r.gRise && f.peak - f.last >= r.gFall,
    why: (f) => `rose ${fmt(f.peak - f.first)} from the first point to a peak of ${fmt(f.peak)}, then fell ${fmt(f.peak - f.last)}`,
  },
  { journey: 'F', test: (f, r) => f.slope >= r.steadySlope && f.slope < r.bSlope, why: (f) => `steady rise of ${fmt(f.slope)} a year` },
  {
    journey: 'D',
    test: (f, r) => (f.slope > r.cSlope && f.slope <= -r.steadySlope) || (Math.abs(f.slope) < r.steadySlope && f.mean < r.eMean),
    why: (f, r) => (f.slope <= -r.steadySlope ? `slow fall of ${fmt(f.slope)} a year` : `flat (slope ${fmt(f.slope)}) with a mean of ${fmt(f.mean)}, below national: no momentum`),
  },
  { journey: 'E', test: (f, r) => Math.abs(f.slope) < r.steadySlope && f.mean >= r.eMean, why: (f) => `flat (slope ${fmt(f.slope)}) with a mean of ${fmt(f.mean)}, at or above national` },
];

/**
 * The journey A–H of a series of band positions, using its last N available points (gaps are
 * gaps: the x axis is the real year). Too few points gives no journey and says so; never throws.
 *
 * @example classifyTrajectory([{ year: 2022, p: 1 }, { year: 2023, p: 1.2 }, { year: 2024, p: 1.4 }], DEFAULT_SETTINGS).journey // 'F'
 */
export function classifyTrajectory(series: SeriesPoint[], settings: Settings): TrajectoryResult {
  const r = settings.trajectory;
  const usable = series.filter((pt) => Number.isFinite(pt.p) && Number.isFinite(pt.year)).sort((a, b) => a.year - b.year);
  const used = usable.slice(-Math.max(1, r.points));
  if (used.length < Math.max(1, r.minPoints)) {
    const reason = `Too little data: ${used.length} year${used.length === 1 ? '' : 's'} with a band position, at least ${r.minPoints} needed for a trajectory.`;
    return { journey: null, features: null, series: used, reason };
  }
  const f = trajectoryFeatures(used, r.recentYears);
  // The table covers every slope (B ≥ 0.5, F, D, E, C ≤ −0.5), so a rule always fires with valid settings.
  const rule = RULES.find((x) => x.test(f, r)) ?? (RULES[RULES.length - 1] as Rule);
  const { peakIsLast: _peakIsLast, ...features } = f;
  const reason = `Journey ${rule.journey} (${JOURNEY_NAMES[rule.journey].toLowerCase()}): ${rule.why(f, r)}, over ${f.points} points ${span(used)}.`;
  return { journey: rule.journey, features, series: used, reason };
}

/** "2019–2025 (no results in 2020 and 2021)": the gaps are named so nobody reads them as zeros. */
function span(used: SeriesPoint[]): string {
  const first = (used[0] as SeriesPoint).year;
  const last = (used[used.length - 1] as SeriesPoint).year;
  const have = new Set(used.map((pt) => pt.year));
  const gaps: string[] = [];
  for (let y = first + 1; y < last; y++) if (!have.has(y)) gaps.push(String(y));
  return gaps.length ? `${first}–${last} (no results in ${listWords(gaps)})` : `${first}–${last}`;
}
