import type { Journey } from '../settings/types.js';
import type { AnyStrandKey } from '../tracker/types.js';

/** Journey names as trusts say them (FRAMEWORK.md section 4). */
export const JOURNEY_NAMES: Record<Journey, string> = {
  A: 'Strongest performers',
  B: 'Rapid improvers',
  C: 'Rapid decliners',
  D: 'Slow decliners',
  E: 'Steady and secure',
  F: 'Steady improvers',
  G: 'Improver / decliners',
  H: 'Weakest performers',
};

export const STRAND_LABELS: Record<AnyStrandKey, string> = {
  leadership: 'Leadership',
  governance: 'Governance',
  staffing: 'Staffing',
  attendance: 'Attendance',
  finance: 'Finance',
  outcomes: 'Outcomes',
  teaching: 'Teaching & CPD',
  behaviour: 'Behaviour',
  inclusion: 'Inclusion',
  personalDevelopment: 'Personal development',
};

export const STRAND_PHASE_WORDS = ['', 'Stabilise', 'Repair', 'Improve', 'Sustain'] as const;
