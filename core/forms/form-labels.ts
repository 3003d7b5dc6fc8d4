import { normaliseHeader } from '../grid/normalise-header.js';

/**
 * The printed labels of a form. Collation finds each field by its label, wherever the reviewer
 * has moved it, so these texts are the form's markers: change one and old forms stop reading.
 */
export const LABELS = {
  formId: 'Pathway form id:',
  school: 'School',
  date: 'Date',
  observer: 'Observer & role',
  from: 'Time from',
  to: 'Time to',
  lessonObservation: 'Lesson observation',
  workAnalysis: 'Work analysis',
  discussion: 'Discussion',
  other: 'Other',
  focus: 'Focus (purpose)',
  yearClass: 'Year / class',
  mixedAbility: 'Mixed ability (Y/N)',
  subject: 'Subject',
  numberInClass: 'No. in class',
  notes: 'Notes',
  www: 'Strengths (WWW)',
  ebi: 'Areas for development (EBI)',
  judgements: 'Judgements',
  excellence: 'Area of excellence (what can we share?)',
} as const;

export type LabelField = keyof typeof LABELS;

/** Printed text that is not a field: headings and guidance. Never read as a reviewer's words. */
export const FURNITURE = {
  title: 'Monitoring / evidence form',
  activity: 'Activity: put Y under each that applies',
  evaluation: 'Evaluation',
  judgementHint: 'Pick from the list; Not judged is allowed',
  footer: 'Pathway reads this form by its labels: move or add rows freely, but keep the label texts.',
} as const;

/** Fields whose value sits beside the label; the rest are boxes below their label. */
export const INLINE_FIELDS: readonly LabelField[] = [
  'formId', 'school', 'date', 'observer', 'from', 'to', 'lessonObservation', 'workAnalysis', 'discussion', 'other',
  'focus', 'yearClass', 'mixedAbility', 'subject', 'numberInClass',
];

export const BOX_FIELDS: readonly LabelField[] = ['notes', 'www', 'ebi', 'excellence'];

const FIELD_BY_KEY = new Map<string, LabelField>(
  (Object.entries(LABELS) as [LabelField, string][]).map(([field, text]) => [normaliseHeader(text), field]),
);
const FURNITURE_KEYS = new Set(Object.values(FURNITURE).map((t) => normaliseHeader(t)));

/** The field a cell's text labels, if it is one of the form's labels. */
export function labelField(text: string): LabelField | null {
  return FIELD_BY_KEY.get(normaliseHeader(text)) ?? null;
}

/** True for headings and guidance Pathway printed (the footer may carry more after it), never evidence. */
export function isFurniture(text: string): boolean {
  const key = normaliseHeader(text);
  if (key === '') return false;
  for (const f of FURNITURE_KEYS) if (key.startsWith(f)) return true;
  return false;
}
