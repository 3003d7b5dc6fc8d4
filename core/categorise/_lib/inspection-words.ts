import type { Category } from '../../settings/types.js';
import type { AnyStrandKey, Inspection, LegacyGrade, LegacySubjudgement, ReportCardArea, ReportCardGrade } from '../../tracker/types.js';

export const LEGACY_GRADE_WORDS: Record<LegacyGrade, string> = { 1: 'Outstanding', 2: 'Good', 3: 'Requires improvement', 4: 'Inadequate' };

export const REPORT_CARD_WORDS: Record<ReportCardGrade, string> = {
  1: 'exceptional',
  2: 'strong standard',
  3: 'expected standard',
  4: 'needs attention',
  5: 'urgent improvement',
};

/** The legacy grades each category stands for (FRAMEWORK.md section 3); B spans Good to Outstanding. */
export const CATEGORY_GRADES: Record<Category, LegacyGrade[]> = { A: [1], B: [1, 2], C: [2], D: [3], E: [4] };

/**
 * Which strands speak to which inspection area. Inclusion and personal development match the
 * optional strands of those names, compared only when the trust keeps them (a strand not in use
 * is never known); early years and sixth form have no strand and are never compared. See
 * docs/decisions/0202 and 0214.
 */
export const REPORT_CARD_STRANDS: Record<ReportCardArea, AnyStrandKey[]> = {
  inclusion: ['inclusion'],
  curriculumTeaching: ['teaching'],
  achievement: ['outcomes'],
  attendanceBehaviour: ['attendance', 'behaviour'],
  personalDevelopment: ['personalDevelopment'],
  leadershipGovernance: ['leadership', 'governance'],
  earlyYears: [],
  sixthForm: [],
};

export const SUBJUDGEMENT_STRANDS: Record<LegacySubjudgement, AnyStrandKey[]> = {
  qualityOfEducation: ['teaching', 'outcomes'],
  behaviourAttitudes: ['behaviour', 'attendance'],
  personalDevelopment: ['personalDevelopment'],
  leadershipManagement: ['leadership', 'governance'],
  earlyYears: [],
  sixthForm: [],
};

export const REPORT_CARD_AREA_WORDS: Record<ReportCardArea, string> = {
  inclusion: 'inclusion',
  curriculumTeaching: 'curriculum and teaching',
  achievement: 'achievement',
  attendanceBehaviour: 'attendance and behaviour',
  personalDevelopment: 'personal development and wellbeing',
  leadershipGovernance: 'leadership and governance',
  earlyYears: 'early years',
  sixthForm: 'sixth form',
};

export const SUBJUDGEMENT_WORDS: Record<LegacySubjudgement, string> = {
  qualityOfEducation: 'quality of education',
  behaviourAttitudes: 'behaviour and attitudes',
  personalDevelopment: 'personal development',
  leadershipManagement: 'leadership and management',
  earlyYears: 'early years',
  sixthForm: 'sixth form',
};

/** An inspection in words on its own scale: "Good", "QoE Good; …", "inclusion expected standard; …; safeguarding met". */
export function inspectionWords(inspection: Inspection): string {
  switch (inspection.kind) {
    case 'legacy-grade':
      return LEGACY_GRADE_WORDS[inspection.grade];
    case 'legacy-subjudgements':
      return Object.entries(inspection.judgements).map(([a, g]) => `${SUBJUDGEMENT_WORDS[a as LegacySubjudgement]}: ${LEGACY_GRADE_WORDS[g]}`).join('; ');
    case 'report-card': {
      const areas = Object.entries(inspection.areas).map(([a, g]) => `${REPORT_CARD_AREA_WORDS[a as ReportCardArea]}: ${REPORT_CARD_WORDS[g]}`);
      const sg = inspection.safeguardingMet === null ? [] : [`safeguarding: ${inspection.safeguardingMet ? 'met' : 'not met'}`];
      return [...areas, ...sg].join('; ');
    }
  }
}
