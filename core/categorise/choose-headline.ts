import type { Settings } from '../settings/types.js';
import type { SchoolRecord } from '../tracker/types.js';
import type { BandLine, BandSeries } from './band-series.js';
import type { SeriesPoint } from './trajectory-features.js';
import { academicYearOf, yearLabel } from '../grid/academic-year.js';
import { isUnpublished } from '../tracker/publication-calendar.js';
import { measureKey } from './_lib/measure-key.js';
import { listWords } from './_lib/words.js';

export interface HeadlineChoice {
  /** The measure the journey and outcomes use. */
  measure: string;
  series: SeriesPoint[];
  /** The configured headline, and why another was used (null when the configured one was). */
  configured: string;
  switched: null | { why: 'unpublished' | 'absent'; reason: string };
  /** The setting that names the configured headline for this school's phase. */
  setting: string;
}

/** The setting a school's headline comes from: its phase's when set, else the default. */
export function headlineSetting(school: SchoolRecord, settings: Settings): { setting: string; measure: string } {
  const phase = school.educationPhase;
  if (phase && settings.headlineMeasure[phase]) return { setting: `Headline measure (${phase})`, measure: settings.headlineMeasure[phase] as string };
  return { setting: 'Headline measure (default)', measure: settings.headlineMeasure.default };
}

function fallbackOf(school: SchoolRecord, settings: Settings): string | null {
  const phase = school.educationPhase;
  return (phase && settings.headlineFallback[phase]) || settings.headlineFallback.default || null;
}

/**
 * One mechanism for three cases (issue 12 items 3 and 7, issue 11):
 * 1. the configured headline stops because its latest years were never published (Progress 8 for
 *    2025 and 2026, KS2 progress for 2024 and 2025): the fallback measure is used when it has
 *    results for those years;
 * 2. the configured headline has no banded results at all: the fallback, when it has some;
 * 3. else, when the school has exactly one banded whole-school measure, that one.
 * Each switch says why in the reasons; otherwise the configured measure is kept.
 */
export function chooseHeadline(school: SchoolRecord, bands: BandSeries, settings: Settings, asOf: string): HeadlineChoice {
  const { setting, measure } = headlineSetting(school, settings);
  const series = bands.find(school.key, null, measure)?.series ?? [];
  const keep: HeadlineChoice = { measure, series, configured: measure, switched: null, setting };
  const fallback = fallbackOf(school, settings);
  const fb = fallback && measureKey(fallback) !== measureKey(measure) ? bands.find(school.key, null, fallback) : undefined;
  const fbSeries = fb?.series ?? [];
  if (series.length > 0) {
    const missing = unpublishedTail(measure, series, asOf);
    const newer = fbSeries.filter((pt) => missing.includes(pt.year));
    if (!fb || missing.length === 0 || newer.length === 0) return keep;
    const years = listWords(missing.map((y) => `${y} (${yearLabel(y)})`));
    const has = newer.length === missing.length ? (missing.length === 1 ? 'that year' : 'those years') : listWords(newer.map((pt) => String(pt.year)));
    return { ...keep, measure: fb.measure, series: fbSeries, switched: { why: 'unpublished', reason: `${measure} is not published for ${years}, so the journey uses the next measure, ${fb.measure} ("Headline fallback" setting), which has results for ${has}.` } };
  }
  if (fb && fbSeries.length > 0) {
    return { ...keep, measure: fb.measure, series: fbSeries, switched: { why: 'absent', reason: `No ${measure} results with a benchmark (${setting}), so the journey uses the fallback measure ${fb.measure}.` } };
  }
  const banded = bands.linesOf(school.key).filter((l: BandLine) => l.unit === null && l.series.length > 0);
  const only = banded.length === 1 ? banded[0] : undefined;
  if (!only) return keep;
  return { ...keep, measure: only.measure, series: only.series, switched: { why: 'absent', reason: `No ${measure} results with a benchmark (${setting}); ${only.measure} is the only measure with benchmarks for this school, so the journey uses it. Set "${setting}" to it to make this the choice.` } };
}

/** The years after the series' last point, up to the last summer before the run, that were never published. */
function unpublishedTail(measure: string, series: SeriesPoint[], asOf: string): number[] {
  const last = Math.max(...series.map((pt) => pt.year));
  const newestPossible = academicYearOf(asOf) - 1;
  const out: number[] = [];
  for (let y = last + 1; y <= newestPossible; y++) if (isUnpublished(measure, y)) out.push(y);
  return out;
}
