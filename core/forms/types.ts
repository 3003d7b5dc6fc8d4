import type { Cell } from '../grid/types.js';

/** The four activities of the monitoring form; a visit may tick more than one. */
export const ACTIVITIES = ['Lesson observation', 'Work analysis', 'Discussion', 'Other'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** One row of the visit schedule, as read (values kept as the user typed them, numbers as numbers). */
export interface Visit {
  /** Short stable id, also the end of the form's sheet name. */
  id: string;
  /** Where the visit was read from, for messages. */
  sheet: string;
  /** One-based row number in the schedule sheet, as the user sees it. */
  row: number;
  school: string;
  observer: string;
  role: string;
  /** ISO date, or null when the schedule had none. */
  date: string | null;
  /** "HH:MM" (24-hour), or null. */
  from: string | null;
  to: string | null;
  activities: Activity[];
  focus: string;
  yearClass: string;
  subject: string;
  numberInClass: number | null;
  mixedAbility: 'Y' | 'N' | null;
  /** "core" or "optional" QA time (seed 003's offer); core unless the schedule says otherwise. */
  offer: 'core' | 'optional';
}

/** What a reviewer recorded on one form, read back by its labels. */
export interface FormRecord {
  id: string;
  sheet: string;
  school: string;
  observer: string;
  date: string | null;
  from: string | null;
  to: string | null;
  activities: Activity[];
  focus: string;
  yearClass: string;
  mixedAbility: string;
  subject: string;
  numberInClass: number | null;
  notes: string;
  www: string;
  ebi: string;
  /** Area name as printed on the form → the scale word chosen ("" when left blank). */
  judgements: Record<string, string>;
  excellence: string;
  /** True when the reviewer recorded anything beyond what the schedule prefilled. */
  completed: boolean;
}

/** Raw cells of a form keyed by field, with where each came from (for issues). */
export interface FieldValue {
  value: Cell;
  /** A1 address of the cell the value came from, or of the label when the field is empty. */
  cell: string;
}
