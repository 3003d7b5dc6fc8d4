import type { SchoolResult, UnitResult } from '../../../core/categorise/types.js';

/** A judged school with every field set, for building output sheets without running the rules. */
export function school(overrides: Partial<SchoolResult> = {}): SchoolResult {
  return {
    school: 'Oak Lane Primary',
    urn: '900001',
    educationPhase: 'primary',
    phase: 'Improve',
    category: 'C',
    agreed: null,
    trajectory: 'F',
    trajectoryFeatures: { points: 5, slope: 0.2, first: 1.1, last: 2, mean: 1.6, min: 1.1, peak: 2, recent: 0.6 },
    capacity: 'giver',
    strands: { leadership: 3, governance: 3, staffing: 3, attendance: 2, finance: 3, outcomes: 3, teaching: 3, behaviour: null },
    strandSources: { outcomes: 'derived', leadership: 'reviewer' },
    inspectionMismatch: false,
    inspectionCompared: false,
    lastInspection: null,
    lastInspectionDate: null,
    risk: 'Low',
    riskScore: 1,
    reasons: ['Phase Improve: median of 7 known strands is 3.', 'Category C: Improve.'],
    headlineMeasure: 'KS2 RWM EXS %',
    pupils: 210,
    ...overrides,
  };
}

export function unit(overrides: Partial<UnitResult> = {}): UnitResult {
  return {
    school: 'Hill Top Academy',
    urn: '900010',
    unit: 'Maths',
    measure: 'Progress 8',
    phase: 'Improve',
    trajectory: 'E',
    trajectoryFeatures: null,
    capacity: 'giver',
    reasons: ['Outcomes from data only.'],
    ...overrides,
  };
}
