import type { Inspection } from '../tracker/types.js';
import { LEGACY_GRADE_WORDS } from './_lib/inspection-words.js';

export interface InterventionStatus {
  /** In a category of concern at the last inspection: special measures or serious weaknesses. */
  concern: boolean;
  /** Below good at the last inspection and at the one before (the DfE's "stuck" schools). */
  stuck: boolean;
  reasons: string[];
}

/**
 * Category of concern: legacy Inadequate (every Inadequate school is in special measures or has
 * serious weaknesses); report card "urgent improvement" in leadership and governance, or
 * safeguarding not met. Legacy sub-judgements (2024–25) carry no overall grade: Inadequate
 * leadership and management is the sign used.
 */
function concernOf(i: Inspection): string | null {
  switch (i.kind) {
    case 'legacy-grade':
      return i.grade === 4 ? 'judged Inadequate (special measures or serious weaknesses)' : null;
    case 'legacy-subjudgements':
      return i.judgements.leadershipManagement === 4 ? 'leadership and management Inadequate' : null;
    case 'report-card':
      if (i.safeguardingMet === false) return 'safeguarding not met';
      return i.areas.leadershipGovernance === 5 ? 'leadership and governance needs urgent improvement' : null;
  }
}

/**
 * Below good, each inspection on its own scale (decision 0209): legacy grade 3 or 4; any legacy
 * sub-judgement Requires improvement or worse; any report-card area at needs attention or urgent
 * improvement, or safeguarding not met. Expected standard is not below good: it is the report
 * card's standard a school is meant to meet.
 */
function belowGood(i: Inspection): string | null {
  switch (i.kind) {
    case 'legacy-grade':
      return i.grade >= 3 ? LEGACY_GRADE_WORDS[i.grade] : null;
    case 'legacy-subjudgements':
      return Object.values(i.judgements).some((g) => g >= 3) ? 'a judgement below Good' : null;
    case 'report-card':
      return i.safeguardingMet === false || Object.values(i.areas).some((g) => g >= 4) ? 'an area at needs attention or below' : null;
  }
}

/** Intervention awareness from the last two inspections (issue 12 item 2). */
export function interventionStatus(last: Inspection | null, previous: Inspection | null): InterventionStatus {
  const reasons: string[] = [];
  const c = last ? concernOf(last) : null;
  if (c) reasons.push(`Category of concern: at the last inspection${last?.date ? ` (${last.date})` : ''} the school was ${c}.`);
  const now = last ? belowGood(last) : null;
  const before = previous ? belowGood(previous) : null;
  const stuck = now !== null && before !== null;
  if (stuck) reasons.push(`Stuck: below good at the last inspection${last?.date ? ` (${last.date}, ${now})` : ` (${now})`} and at the one before${previous?.date ? ` (${previous.date}, ${before})` : ` (${before})`}.`);
  return { concern: c !== null, stuck, reasons };
}
