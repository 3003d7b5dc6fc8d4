import type { Category } from '../settings/types.js';
import type { AnyStrandKey, Inspection, LegacyGrade, StrandScore } from '../tracker/types.js';
import type { Safeguarding, StrandScores } from './judge-phase.js';
import { isScore } from './judge-phase.js';
import {
  CATEGORY_GRADES,
  LEGACY_GRADE_WORDS,
  REPORT_CARD_AREA_WORDS,
  REPORT_CARD_STRANDS,
  REPORT_CARD_WORDS,
  SUBJUDGEMENT_STRANDS,
  SUBJUDGEMENT_WORDS,
} from './_lib/inspection-words.js';
import { listWords, PHASE_BY_SCORE, STRAND_WORDS } from './_lib/words.js';

export interface MismatchResult {
  mismatch: boolean;
  reason: string | null;
  /** True when today's evidence is worse than the inspection said (a risk point, section 5). */
  evidenceWorse: boolean;
  /** True when anything was compared at all: an inspection and, on its scale, something to set against it. */
  compared: boolean;
}

interface Disagreement {
  text: string;
  worse: boolean;
}

/**
 * Does today's evidence disagree with the last inspection? Each inspection shape is judged on its
 * own scale and never converted: a legacy grade against the grade the category stands for; areas
 * and sub-judgements against their matching strands (good side of each scale vs the other);
 * safeguarding met / not met against the safeguarding judgement.
 */
export function inspectionMismatch(category: Category | null, strands: StrandScores, safeguarding: Safeguarding, inspection: Inspection | null): MismatchResult {
  if (!inspection) return { mismatch: false, reason: null, evidenceWorse: false, compared: false };
  const compared = comparable(category, strands, safeguarding, inspection);
  const found = disagreements(category, strands, safeguarding, inspection);
  if (!found.length) return { mismatch: false, reason: null, evidenceWorse: false, compared };
  const when = inspection.date ? ` (${inspection.date})` : '';
  const reason = `Evidence disagrees with the last inspection${when}: ${found.map((d) => d.text).join('; ')}.`;
  return { mismatch: true, reason, evidenceWorse: found.some((d) => d.worse), compared: true };
}

function disagreements(category: Category | null, strands: StrandScores, safeguarding: Safeguarding, inspection: Inspection): Disagreement[] {
  switch (inspection.kind) {
    case 'legacy-grade':
      return category ? gradeVsCategory(category, inspection.grade) : [];
    case 'legacy-subjudgements':
      return Object.entries(inspection.judgements).flatMap(([area, grade]) =>
        sides(SUBJUDGEMENT_STRANDS[area as keyof typeof SUBJUDGEMENT_STRANDS], strands, grade <= 2, `${SUBJUDGEMENT_WORDS[area as keyof typeof SUBJUDGEMENT_WORDS]} was ${LEGACY_GRADE_WORDS[grade]}`),
      );
    case 'report-card':
      return [
        ...Object.entries(inspection.areas).flatMap(([area, grade]) =>
          sides(REPORT_CARD_STRANDS[area as keyof typeof REPORT_CARD_STRANDS], strands, grade <= 3, `${REPORT_CARD_AREA_WORDS[area as keyof typeof REPORT_CARD_AREA_WORDS]} was ${REPORT_CARD_WORDS[grade]}`),
        ),
        ...safeguardingVs(inspection.safeguardingMet, safeguarding),
      ];
  }
}

/**
 * Whether the inspection had anything to be set against: a legacy grade needs a category; an area
 * needs a known matching strand; safeguarding needs both sides. Nothing compared is not "no
 * mismatch", and the Schools sheet leaves the cell blank (issue 12).
 */
function comparable(category: Category | null, strands: StrandScores, safeguarding: Safeguarding, inspection: Inspection): boolean {
  const known = (keys: AnyStrandKey[] | undefined) => (keys ?? []).some((k) => isScore(strands[k]));
  switch (inspection.kind) {
    case 'legacy-grade':
      return category !== null;
    case 'legacy-subjudgements':
      return Object.keys(inspection.judgements).some((a) => known(SUBJUDGEMENT_STRANDS[a as keyof typeof SUBJUDGEMENT_STRANDS]));
    case 'report-card':
      return Object.keys(inspection.areas).some((a) => known(REPORT_CARD_STRANDS[a as keyof typeof REPORT_CARD_STRANDS])) || (inspection.safeguardingMet !== null && safeguarding !== null);
  }
}

function gradeVsCategory(category: Category, grade: LegacyGrade): Disagreement[] {
  const range = CATEGORY_GRADES[category];
  if (range.includes(grade)) return [];
  const matches = [...range].reverse().map((g) => LEGACY_GRADE_WORDS[g]).join(' to '); // "Good to Outstanding", as trusts say it
  return [{ text: `category ${category} matches ${matches}, but the inspection grade was ${LEGACY_GRADE_WORDS[grade]}`, worse: Math.min(...range) > grade }];
}

/**
 * An area on the good side of its scale (legacy Good or better; report card expected standard or
 * better) against a strand below Improve, or the other way round.
 */
function sides(keys: AnyStrandKey[], strands: StrandScores, areaGood: boolean, said: string): Disagreement[] {
  const against = keys.filter((k) => {
    const s = strands[k];
    return isScore(s) && s >= 3 !== areaGood;
  });
  if (!against.length) return [];
  const now = against.map((k) => `${STRAND_WORDS[k]} is now ${strands[k]} (${PHASE_BY_SCORE[strands[k] as StrandScore]})`);
  return [{ text: `${said}, but ${listWords(now)}`, worse: areaGood }];
}

function safeguardingVs(met: boolean | null, now: Safeguarding): Disagreement[] {
  if (met === true && now === 'not effective') return [{ text: 'safeguarding was met, but it is now judged not effective', worse: true }];
  if (met === false && now === 'effective') return [{ text: 'safeguarding was not met, but it is now judged effective', worse: false }];
  return [];
}
