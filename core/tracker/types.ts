/** The typed model the tracker parser produces and the framework's rules consume. */
import type { PerformanceValues } from './performance-values.js';

export const STRANDS = [
  'leadership',
  'governance',
  'staffing',
  'attendance',
  'finance',
  'outcomes',
  'teaching',
  'behaviour',
] as const;
export type StrandKey = (typeof STRANDS)[number];

/**
 * Strands a trust may add to the eight, off by default (settings `Strand: inclusion`, `Strand:
 * personal development`): the 2025 report card's areas with no strand among the eight (issue 12,
 * decision 0214). When on they count in the phase and category and are set against the report
 * card; brokering and the strand functions stay on the eight.
 */
export const OPTIONAL_STRANDS = ['inclusion', 'personalDevelopment'] as const;
export type OptionalStrandKey = (typeof OPTIONAL_STRANDS)[number];
export type AnyStrandKey = StrandKey | OptionalStrandKey;

/** 1 Stabilise, 2 Repair, 3 Improve, 4 Sustain. */
export type StrandScore = 1 | 2 | 3 | 4;

export type EducationPhase = 'primary' | 'secondary' | 'all-through' | 'special' | 'alternative' | 'nursery' | 'post-16';

/** Where a value came from in the user's workbook, so results and issues can point back to it. */
export interface SourceRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

export type LegacyGrade = 1 | 2 | 3 | 4; // Outstanding, Good, Requires improvement, Inadequate

/** Report card scale (Nov 2025): 1 exceptional … 5 urgent improvement. */
export type ReportCardGrade = 1 | 2 | 3 | 4 | 5;

export const REPORT_CARD_AREAS = [
  'inclusion',
  'curriculumTeaching',
  'achievement',
  'attendanceBehaviour',
  'personalDevelopment',
  'leadershipGovernance',
  'earlyYears',
  'sixthForm',
] as const;
export type ReportCardArea = (typeof REPORT_CARD_AREAS)[number];

export const LEGACY_SUBJUDGEMENTS = [
  'qualityOfEducation',
  'behaviourAttitudes',
  'personalDevelopment',
  'leadershipManagement',
  'earlyYears',
  'sixthForm',
] as const;
export type LegacySubjudgement = (typeof LEGACY_SUBJUDGEMENTS)[number];

/** Three shapes, each kept on its own scale; never converted into another. */
export type Inspection =
  | { kind: 'legacy-grade'; grade: LegacyGrade; date: string | null; source: SourceRef }
  | {
      kind: 'legacy-subjudgements';
      judgements: Partial<Record<LegacySubjudgement, LegacyGrade>>;
      date: string | null;
      source: SourceRef;
    }
  | {
      kind: 'report-card';
      areas: Partial<Record<ReportCardArea, ReportCardGrade>>;
      safeguardingMet: boolean | null;
      date: string | null;
      source: SourceRef;
    };

/** Figures from which strands can be derived (section 2). Percentages are 0–100. */
export interface SchoolData {
  persistentAbsencePct?: number;
  reservesPct?: number;
  inYearBalancePct?: number;
  teacherTurnoverPct?: number;
  pupils?: number;
}

/** A category agreed at the annual review; never erases the computed one. */
export interface CategoryOverride {
  category: 'A' | 'B' | 'C' | 'D' | 'E';
  agreedBy: string | null;
  agreedOn: string | null; // ISO date
  why: string | null;
}

export interface SchoolRecord {
  /** Stable key for joining: the URN when present, otherwise the normalised name. */
  key: string;
  school: string;
  urn: string | null;
  educationPhase: EducationPhase | null;
  /** Reviewer scores as typed in the tracker; absent/null = unknown. */
  strands: Partial<Record<AnyStrandKey, StrandScore | null>>;
  safeguarding: 'effective' | 'not effective' | null;
  inspection: Inspection | null;
  /** The inspection before the last one, from an inspection history, when there is one (for "stuck"). */
  previousInspection?: Inspection | null;
  data: SchoolData;
  override: CategoryOverride | null;
  /** Pupil groups flagged as significantly underperforming (blocks outcomes = 4). */
  groupsUnderperforming: boolean;
  source: SourceRef; // the school's name cell
}

/** One measure value for one school (or unit inside it) in one year (the summer it ends in). */
export interface PerformancePoint {
  key: string; // SchoolRecord.key
  measure: string; // normalised measure name, e.g. "KS2 RWM EXS %"
  unit: string | null; // subject / year group / team, null = whole school
  year: number;
  value: number;
  source: SourceRef;
}

/** Thresholds for one measure in one year. Lower-is-better measures have decreasing thresholds. */
export interface Benchmark {
  measure: string;
  year: number;
  floor: number;
  coasting: number;
  national: number;
  top15: number;
  source: SourceRef; // the measure's cell
  /** The floor threshold's cell: where thresholds running the wrong way are reported. */
  floorSource?: SourceRef;
}

/** Everything the parser found, plus every problem it met. */
export interface Tracker {
  schools: SchoolRecord[];
  /** Every performance value, stored by column (PerformanceValues.of makes one from plain points). */
  performance: PerformanceValues;
  benchmarks: Benchmark[];
  /** National persistent-absence % by education phase and year, when the trust supplies it. */
  nationalPA: { phase: EducationPhase; year: number; value: number }[];
  /** Which user sheet was recognised as what, with the column mapping used (for the UI). */
  recognised: RecognisedSheet[];
}

export type SheetRole = 'schools' | 'performance-long' | 'performance-wide' | 'benchmarks' | 'settings' | 'national-pa' | 'overrides' | 'inspection-history';

export interface RecognisedSheet {
  sheet: string;
  role: SheetRole;
  /** Zero-based index of the header row (the last header row when headers span two rows). */
  headerRow: number;
  /** field name → zero-based column index. */
  columns: Record<string, number>;
  /** For wide performance sheets: the measure the sheet holds (a panel's measures, comma separated). */
  measure?: string;
  /** For a panel sheet (several measures, columns such as `rwm_exp_pct_2016`): its measures in sheet order. */
  measures?: string[];
}
