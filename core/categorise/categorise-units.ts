import type { Settings } from '../settings/types.js';
import type { SchoolRecord } from '../tracker/types.js';
import type { BandLine } from './band-series.js';
import { capacityVerdict } from './capacity-role.js';
import { classifyTrajectory } from './classify-trajectory.js';
import { outcomesStrand } from './outcomes-strand.js';
import { breaksReason } from './series-breaks.js';
import type { UnitResult } from './types.js';
import { PHASE_BY_SCORE } from './_lib/words.js';

/**
 * A subject, year group or team judged on its own data: its phase is its outcomes strand worked
 * out from the measure's band positions (a unit has no reviewer strands of its own; see
 * docs/decisions/0204), its trajectory from the same series.
 */
export function categoriseUnit(school: SchoolRecord, line: BandLine & { unit: string }, settings: Settings): UnitResult {
  // Pupil-group flags are recorded for the whole school, not per unit, so they do not block a unit's 4.
  const outcomes = outcomesStrand(line.series, line.measure, false, settings.derive.outcomesSustainYears, settings.bandNames.coasting);
  const trajectory = classifyTrajectory(line.series, settings);
  const capacity = capacityVerdict(outcomes ? { outcomes: outcomes.score } : {}, trajectory.journey);
  const phaseReason = outcomes
    ? `Phase ${PHASE_BY_SCORE[outcomes.score]} from data only: ${outcomes.reason.replace(/^Outcomes \d from data: /, '')}`
    : `Phase Insufficient evidence: no ${line.measure} results with a benchmark for ${line.unit}.`;
  return {
    school: school.school,
    urn: school.urn,
    unit: line.unit,
    measure: line.measure,
    phase: outcomes ? PHASE_BY_SCORE[outcomes.score] : 'Insufficient evidence',
    trajectory: trajectory.journey,
    trajectoryFeatures: trajectory.features,
    capacity: capacity.role,
    reasons: [phaseReason, trajectory.reason, ...(line.breaks.length ? [breaksReason(line.measure, line.breaks, settings.seriesBreaks.swing)] : []), ...(capacity.reason ? [capacity.reason] : [])],
  };
}
