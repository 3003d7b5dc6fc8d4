import { STRANDS, type StrandKey } from '../tracker/types.js';
import type { FormRecord } from './types.js';

// Words that tie an area of excellence to one of the eight strands (section 2), checked in order.
// Phonics, early reading and curriculum come first: "Early reading leadership and phonics" is
// teaching, not leadership (decision 0807). Then the other strands, then teaching's general words.
const STRAND_WORDS: [StrandKey, RegExp][] = [
  ['teaching', /\bphonics\b|\bearly reading\b|\bcurricul(um|a|ar)\b/i],
  ['governance', /\bgovern(ance|ors?|ing)\b|\blgb\b|\btrustees?\b/i],
  ['finance', /\bfinanc\w*|\bbudget\w*|\bprocure\w*/i],
  ['attendance', /\battendance\b|\babsen\w*|\bpunctual\w*/i],
  ['behaviour', /\bbehaviour\w*|\bconduct\b|\bexclusions?\b|\brelationships\b/i],
  ['staffing', /\brecruit\w*|\bretention\b|\bstaff (wellbeing|well-being|deployment)|\bworkload\b|\bearly career\b|\bect\b/i],
  ['leadership', /\bleader\w*|\bslt\b|\bmiddle leaders?\b|\bsubject leads?\b/i],
  ['outcomes', /\boutcomes?\b|\bresults\b|\battainment\b|\bprogress\b|\bgcse\b|\bsats\b/i],
  [
    'teaching',
    /\bteach\w*|\blessons?\b|\bpedagog\w*|\bcpd\b|\bcoaching\b|\binstruction\w*|\bquestioning\b|\bfeedback\b|\bmarking\b|\bassessment\b|\badaptive\b|\bscaffold\w*|\bmodelling\b|\bretrieval\b|\boracy\b|\bvocabulary\b|\bfluency\b|\breading\b|\bwriting\b|\bmaths\b|\bmathematics\b|\bscience\b|\benglish\b|\bhistory\b|\bgeography\b|\beyfs\b|\bearly years\b|\bsend\b|\bsubjects?\b/i,
  ],
];

/**
 * The strand an area of excellence names by its words, or null when it names none. Only a named
 * strand makes a school a giver (decision 0807).
 */
export function strandNamedBy(text: string): StrandKey | null {
  return STRAND_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/**
 * The strand an area of excellence belongs to, from its words. Forms record teaching evidence
 * above all, so text that names no strand is shown under teaching & CPD (decision 0802), but it
 * makes no school a giver (`strandNamedBy`, decision 0807).
 */
export function strandOfExcellence(text: string): StrandKey {
  return strandNamedBy(text) ?? 'teaching';
}

/** One school's shareable strength, from a form. It makes the school a giver for that strand. */
export interface ExcellenceEntry {
  school: string;
  strand: StrandKey;
  text: string;
  formId: string;
}

/** Every area of excellence recorded on the forms: the capacity register's input (section 6). */
export function excellenceRegister(records: FormRecord[]): ExcellenceEntry[] {
  return records
    .filter((r) => r.excellence.trim() !== '' && r.school !== '')
    .map((r) => ({ school: r.school, strand: strandOfExcellence(r.excellence), text: r.excellence, formId: r.id }));
}

export { STRANDS };
