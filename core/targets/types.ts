/** How a target is made from a baseline and benchmarks (FRAMEWORK.md section 7). */
export type TargetMethod = 'percentile' | 'national-plus' | 'top-quartile' | 'stretch';

export const TARGET_METHODS: readonly TargetMethod[] = ['percentile', 'national-plus', 'top-quartile', 'stretch'];

/** What kind of figure a measure is: decides the progress tolerance. */
export type MeasureKind = 'percent' | 'progress' | 'score';

/** A measure as targets need it: direction, precision, range and kind. */
export interface TargetMeasure {
  name: string;
  lowerIsBetter: boolean;
  /** Decimal places targets and milestones are rounded to. */
  decimals: number;
  min: number | null;
  max: number | null;
  kind: MeasureKind;
}

/** One benchmark point: the value reached at percentile `p` of similar schools. */
export interface PercentilePoint {
  p: number;
  value: number;
}

/** What a trust supplies per measure to set targets from. */
export interface Benchmarks {
  /** Percentile points (P50, P75, P90…), in any order. Percentiles rank performance: P90 is better than P50. */
  percentiles: PercentilePoint[];
  national: number | null;
  /** The top-quartile threshold when supplied directly; else read off the percentile points at 75. */
  topQuartile: number | null;
}

/** The knobs a trust can turn; every default is FRAMEWORK.md's. */
export interface TargetSettings {
  method: TargetMethod;
  /** Percentile for the percentile method (King's Group: 80). */
  percentile: number;
  /** Added to national for national-plus (in the measure's units, towards better). */
  margin: number;
  /** Stretch factor: baseline + k × (benchmark − baseline). */
  stretchK: number;
  /** Tolerance per measure kind for progress at a data drop. */
  tolerance: Record<MeasureKind, number>;
  /** Milestones: 3 terms or 6 half-terms. */
  periods: 3 | 6;
  /** Cumulative % of the way from baseline to target at each period; null = linear. */
  weights: number[] | null;
  /** Pupil targets: the estimate percentile used (commercial services give 50th and 80th…). */
  pupilPercentile: number;
  /** Pupil targets are rounded up to a multiple of this (1 = the next whole grade or scaled-score point). */
  pupilStep: number;
  /** Value added compares actual with the estimate at this percentile. */
  valueAddedPercentile: number;
}

/** A target with the method and numbers that made it, so a head can check it by hand. */
export interface Target {
  value: number;
  method: TargetMethod;
  /** Plain English: which method, which numbers, and any floor, rounding or clamp applied. */
  basis: string;
  /** True when the value is the target agreed by hand (the baselines sheet's Agreed target). */
  agreed?: boolean;
}

/** A result or the reason there is none (never thrown). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One staged, timed point on the way from baseline to target. */
export interface Milestone {
  /** "Autumn", "Spring 2"… */
  label: string;
  /** ISO date the milestone is due. */
  date: string;
  /** Cumulative share of the way from baseline to target, 0–100. */
  weight: number;
  value: number;
}

export type ProgressStatus = 'above' | 'on track' | 'slightly below' | 'well below';

/** The words cells hold, as a head would write them. */
export const PROGRESS_LABELS: Record<ProgressStatus, string> = {
  above: 'Above',
  'on track': 'On track',
  'slightly below': 'Slightly below',
  'well below': 'Well below',
};
