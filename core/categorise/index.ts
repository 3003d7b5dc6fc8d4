// The framework's rules (FRAMEWORK.md sections 2–6) as pure functions over plain data.
export { bandPosition, type BandThresholds } from './band-position.js';
export { judgePhase, type PhaseJudgement, type StrandScores, type Safeguarding } from './judge-phase.js';
export { categoryFor } from './category-for.js';
export { classifyTrajectory } from './classify-trajectory.js';
export { trajectoryFeatures, type SeriesPoint } from './trajectory-features.js';
