import type { EducationPhase } from '../tracker/types.js';

export type Category = 'A' | 'B' | 'C' | 'D' | 'E';
export type Journey = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';
export type Phase = 'Stabilise' | 'Repair' | 'Improve' | 'Sustain';

/** How a measure behaves: direction, precision and range (used by bands and, later, targets). */
export interface MeasureSettings {
  lowerIsBetter: boolean;
  /** Decimal places targets are rounded to. */
  decimals: number;
  min: number | null;
  max: number | null;
}

/**
 * Every default of FRAMEWORK.md as one typed object. A trust changes any of them in its
 * `Pathway Settings` sheet; nothing in the rules is hard-wired.
 */
/** A yes/no setting as typed in the settings sheet. */
export type YesNo = 'yes' | 'no';

export interface Settings {
  /** Headline measure per phase of education (section 4), by measure name. */
  headlineMeasure: Partial<Record<EducationPhase, string>> & { default: string };
  /**
   * The next measure per phase, used when the headline was never published for the latest years
   * (Progress 8 for 2025 and 2026) or has no results at all. Blank: no fallback.
   */
  headlineFallback: Partial<Record<EducationPhase, string>> & { default: string };
  /** Per-measure behaviour; measures not listed are higher-is-better, 1 dp, unbounded. */
  measures: Record<string, MeasureSettings>;
  /**
   * What the trust set its two lower band lines as, for output text. Floor and coasting standards
   * were abolished after 2018, so the lines are the trust's (e.g. the lowest 10 % and 25 % of
   * schools), not DfE standards (issue 12).
   */
  bandNames: { floor: string; coasting: string };
  phase: {
    /** Fewer known strands than this → "Insufficient evidence". */
    minStrands: number;
    /** Cap the phase at leadership + this when leadership is known. */
    leadershipCap: number;
  };
  category: {
    /** Share of known strands at 4 that lifts an Improve school from C to B. */
    bShareAt4: number;
    supportOffer: Record<Category, string>;
  };
  derive: {
    /** PA ≥ national + this (pp) → attendance 1. */
    paFarAbove: number;
    /** PA ≤ national − this (pp) → attendance 4. */
    paWellBelow: number;
    /** In-year balance within ± this % of income counts as balanced. */
    balancedTolerance: number;
    reservesTargetMin: number;
    reservesTargetMax: number;
    /** Teacher turnover % thresholds: ≥ first → 1, ≥ second → 2, ≥ third → 3, else 4. */
    turnoverBands: [number, number, number];
    /** Outcomes = 4 needs p ≥ 2 in each of this many latest years. */
    outcomesSustainYears: number;
  };
  trajectory: {
    /** Use the last N available points. */
    points: number;
    minPoints: number;
    /** `recent` looks back at most this many years from the last point. */
    recentYears: number;
    aMin: number;
    aMean: number;
    hSlope: number;
    bSlope: number;
    bRecent: number;
    cSlope: number;
    cRecent: number;
    gRise: number;
    gFall: number;
    steadySlope: number;
    eMean: number;
  };
  risk: {
    category: Record<Category, number>;
    trajectory: Partial<Record<Journey, number>>;
    wellBelowHigh: { share: number; points: number };
    wellBelowSome: { share: number; points: number };
    worseThanInspection: number;
    inspectionAgeYears: number;
    inspectionOld: number;
    /** Points for a school in a category of concern at its last inspection. */
    categoryOfConcern: number;
    /** Points for a "stuck" school: below good at its last two inspections. */
    stuck: number;
    /** Upper bounds (inclusive) for Low, Medium, High; above the last → Critical. */
    bands: [number, number, number];
  };
  /**
   * Values that break a line (a 0 between 78 and 80, a swing of over 40 points): a warning at the
   * cell, and left out of the journey unless `leaveOut` is no (decision 0213). In the measure's units.
   */
  seriesBreaks: { swing: number; zeroAbove: number; leaveOut: YesNo };
  /** Optional strands beyond the eight, each off ("no") by default (decision 0214). */
  optionalStrands: { inclusion: YesNo; personalDevelopment: YesNo };
  capacity: {
    giverDaysPerTerm: number;
    takerDaysPerTerm: Record<'C' | 'D' | 'E', number>;
    /**
     * Whether a school that needs support itself may still lend days on its strengths: one that is a
     * taker (a strand at 1–2, journey C/D/H), one in category D or E, one at High or Critical risk.
     * "no" by default: such a school gives nothing (decision 0806).
     */
    takersGive: YesNo;
    categoryDEGive: YesNo;
    highRiskGive: YesNo;
  };
}
