import { normaliseHeader } from '../grid/normalise-header.js';
import { ACTIVITIES, type Activity } from './types.js';

// Words reviewers use for each activity, as normaliseHeader keys.
const WORDS: Record<string, Activity> = {
  lessonobservation: 'Lesson observation',
  lessonobs: 'Lesson observation',
  lessonobserved: 'Lesson observation',
  observation: 'Lesson observation',
  obs: 'Lesson observation',
  lo: 'Lesson observation',
  workanalysis: 'Work analysis',
  workscrutiny: 'Work analysis',
  bookscrutiny: 'Work analysis',
  booklook: 'Work analysis',
  books: 'Work analysis',
  discussion: 'Discussion',
  pupilvoice: 'Discussion',
  meeting: 'Discussion',
  conversation: 'Discussion',
  other: 'Other',
};

/**
 * Activities named in one schedule cell ("Lesson obs; work scrutiny"), in the form's order.
 * Words that name none of the four count as "Other", so nothing typed is lost.
 */
export function readActivities(text: string): Activity[] {
  const found = new Set<Activity>();
  for (const piece of text.split(/[,;/+&\n]|\band\b/i)) {
    const key = normaliseHeader(piece);
    if (key === '') continue;
    found.add(WORDS[key] ?? 'Other');
  }
  return ACTIVITIES.filter((a) => found.has(a));
}

/** Y, yes, x, a tick or TRUE count as ticked; N, no, FALSE and blank as not. */
export function isTicked(text: string): boolean {
  return /^(y|yes|x|true|✓|✔|☑|1)$/i.test(text.trim());
}

/** "Y" / "N" from the words people type, or null when the cell says neither. */
export function yesNo(text: string): 'Y' | 'N' | null {
  if (isTicked(text)) return 'Y';
  if (/^(n|no|false|0)$/i.test(text.trim())) return 'N';
  return null;
}
