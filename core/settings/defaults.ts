import type { Settings } from './types.js';

/** FRAMEWORK.md's defaults. Trusts override them in the `Pathway Settings` sheet. */
export const DEFAULT_SETTINGS: Settings = {
  headlineMeasure: {
    default: 'KS2 RWM EXS %',
    primary: 'KS2 RWM EXS %',
    secondary: 'Progress 8',
    'all-through': 'Progress 8',
  },
  headlineFallback: {
    default: 'KS2 RWM EXS %',
    secondary: 'Attainment 8',
    'all-through': 'Attainment 8',
  },
  measures: {
    'KS2 RWM EXS %': { lowerIsBetter: false, decimals: 1, min: 0, max: 100 },
    'KS2 RWM GDS %': { lowerIsBetter: false, decimals: 1, min: 0, max: 100 },
    'Progress 8': { lowerIsBetter: false, decimals: 2, min: -5, max: 5 },
    'Attainment 8': { lowerIsBetter: false, decimals: 1, min: 0, max: 90 },
    'Persistent absence %': { lowerIsBetter: true, decimals: 1, min: 0, max: 100 },
  },
  phase: { minStrands: 4, leadershipCap: 1 },
  category: {
    bShareAt4: 0.5,
    supportOffer: {
      A: 'Keep excellence going and lead support for other schools in the trust.',
      B: 'Keep improving towards excellence; begin to share strengths with other schools.',
      C: 'Keep improving, with trust networks and data to sustain good practice.',
      D: 'Support brokered from skilled trust leaders and teachers, coaching, and the trust data systems.',
      E: 'Intensive executive leadership support until a substantive head is in place, and a review of governance.',
    },
  },
  derive: {
    paFarAbove: 5,
    paWellBelow: 2,
    balancedTolerance: 1,
    reservesTargetMin: 3,
    reservesTargetMax: 8,
    turnoverBands: [25, 15, 8],
    outcomesSustainYears: 3,
  },
  trajectory: {
    points: 5,
    minPoints: 3,
    recentYears: 3,
    aMin: 2.5,
    aMean: 3,
    hSlope: 0.25,
    bSlope: 0.5,
    bRecent: 1.5,
    cSlope: -0.5,
    cRecent: -1.5,
    gRise: 1,
    gFall: 0.5,
    steadySlope: 0.15,
    eMean: 2,
  },
  risk: {
    category: { A: 0, B: 1, C: 1, D: 2, E: 3 },
    trajectory: { C: 2, H: 2, D: 1, G: 1, B: -1 },
    wellBelowHigh: { share: 0.5, points: 2 },
    wellBelowSome: { share: 0.25, points: 1 },
    worseThanInspection: 1,
    inspectionAgeYears: 4,
    inspectionOld: 1,
    bands: [1, 3, 5],
  },
  capacity: {
    giverDaysPerTerm: 2,
    takerDaysPerTerm: { E: 10, D: 6, C: 3 },
  },
};
