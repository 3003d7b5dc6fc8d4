import { normaliseHeader } from '../grid/normalise-header.js';

/** Every form sheet's name starts with this; collation looks at these sheets only. */
export const FORM_PREFIX = 'Pathway Form ';

/** Excel allows 31 characters in a sheet name; the prefix takes 13. */
const MAX_ID = 31 - FORM_PREFIX.length;

/** FNV-1a, 32 bit: a small, stable hash so the same visit always gets the same id. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function initials(school: string): string {
  const words = school.replace(/['’]/g, '').split(/[^A-Za-z0-9]+/).filter((w) => w && !/^(the|of|and|st)$/i.test(w));
  if (words.length === 0) return 'X';
  if (words.length === 1) return (words[0] ?? 'X').slice(0, 3).toUpperCase();
  return words.map((w) => w[0]).join('').slice(0, 4).toUpperCase();
}

export interface VisitKey {
  school: string;
  date: string | null;
  from: string | null;
  observer: string;
  subject: string;
  yearClass: string;
}

/**
 * A short id for a visit that stays the same when rows of the schedule move: school initials,
 * the date as yymmdd and four characters hashed from what makes the visit itself.
 *
 * @example formId({ school: 'Oakfield Primary', date: '2025-11-12', … }) // "OP-251112-k3f9"
 */
export function formId(visit: VisitKey): string {
  const day = visit.date ? visit.date.slice(2).replace(/-/g, '') : 'nodate';
  const key = [visit.school, visit.date ?? '', visit.from ?? '', visit.observer, visit.subject, visit.yearClass]
    .map((part) => normaliseHeader(part))
    .join('|');
  const hash = fnv1a(key).toString(36).padStart(7, '0').slice(-4);
  return `${initials(visit.school)}-${day}-${hash}`;
}

/** An id the trust chose in its own schedule, cut down to what a sheet name allows. */
export function cleanId(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._-]/g, '').trim().slice(0, MAX_ID);
}

export function formSheetName(id: string): string {
  return `${FORM_PREFIX}${id}`;
}

export function isFormSheet(name: string): boolean {
  return name.startsWith(FORM_PREFIX);
}
