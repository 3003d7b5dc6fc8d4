import type { Category, Journey, Phase } from '../settings/types.js';
import type { AnyStrandKey, CategoryOverride, EducationPhase, OptionalStrandKey, StrandKey, StrandScore } from '../tracker/types.js';

export type PhaseResult = Phase | 'Insufficient evidence';
export type RiskLevel = 'Low' | 'Medium' | 'High' | 'Critical';
export type CapacityRole = 'giver' | 'taker';
export type StrandSource = 'reviewer' | 'derived';

/** Why a trajectory is what it is: every figure a reviewer needs to check it. */
export interface TrajectoryFeatures {
  points: number;
  slope: number;
  first: number;
  last: number;
  mean: number;
  min: number;
  peak: number;
  recent: number;
}

export interface TrajectoryResult {
  journey: Journey | null; // null = too little data
  features: TrajectoryFeatures | null;
  /** The band positions used, oldest first. */
  series: { year: number; p: number }[];
  reason: string;
}

/** One line of the --json contract (issue 2). Field names are a public contract: keep them. */
export interface SchoolResult {
  school: string;
  urn: string | null;
  educationPhase: EducationPhase | null;
  phase: PhaseResult;
  category: Category | null;
  /** The category agreed at review, when there is one; `category` stays the computed one. */
  agreed: CategoryOverride | null;
  trajectory: Journey | null;
  trajectoryFeatures: TrajectoryFeatures | null;
  capacity: CapacityRole | null;
  /** The eight always; an optional strand only when the trust has turned it on. */
  strands: Record<StrandKey, StrandScore | null> & Partial<Record<OptionalStrandKey, StrandScore | null>>;
  strandSources: Partial<Record<AnyStrandKey, StrandSource>>;
  inspectionMismatch: boolean;
  /** False when there was no inspection, or nothing on its scale to compare (the sheet leaves the cell blank). */
  inspectionCompared?: boolean;
  /** Category of concern at the last inspection, and "stuck" (below good at the last two). */
  categoryOfConcern?: boolean;
  stuck?: boolean;
  /** The last inspection in words on its own scale, and its ISO date, when known. */
  lastInspection?: string | null;
  lastInspectionDate?: string | null;
  risk: RiskLevel | null;
  riskScore: number | null;
  /** Plain-English reasons, one per rule that fired, phase first, then category, trajectory, risk. */
  reasons: string[];
  headlineMeasure: string | null;
  pupils: number | null;
}

/** The same judgement for a subject, year group or team inside a school. */
export interface UnitResult {
  school: string;
  urn: string | null;
  unit: string;
  measure: string;
  phase: PhaseResult;
  trajectory: Journey | null;
  trajectoryFeatures: TrajectoryFeatures | null;
  capacity: CapacityRole | null;
  reasons: string[];
}
