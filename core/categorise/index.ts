// The framework's rules (FRAMEWORK.md sections 2–6) as pure functions over plain data.
export { bandPosition, type BandThresholds } from './band-position.js';
export { judgePhase, type PhaseJudgement, type StrandScores, type Safeguarding } from './judge-phase.js';
export { categoryFor } from './category-for.js';
export { effectiveCategory, categorySource, categoryWords, type Categorised } from './effective-category.js';
export { classifyTrajectory } from './classify-trajectory.js';
export { trajectoryFeatures, type SeriesPoint } from './trajectory-features.js';
export { deriveStrands, type DeriveContext, type DerivedStrands } from './derive-strands.js';
export { outcomesStrand, type DerivedScore } from './outcomes-strand.js';
export { inspectionMismatch, type MismatchResult } from './inspection-mismatch.js';
export { rateRisk, type RiskInput, type RiskRating } from './rate-risk.js';
export { capacityRole, capacityVerdict, type CapacityVerdict } from './capacity-role.js';
export { bandSeries, type BandLine, type BandSeries } from './band-series.js';
export { categoriseTracker, type CategoriseTrackerOptions, type CategoriseTrackerResult } from './categorise-tracker.js';
