import { cellText } from '../grid/cell-text.js';
import { cellAt, report, sourceOf, type SheetRead } from './_lib/sheet-read.js';
import { urnText } from './read-urn.js';
import { nameKey, type SchoolBook } from './school-book.js';

/** lookUpSchool's answer when a name without a URN fits several schools. */
export const AMBIGUOUS = Symbol('several schools have this name');

/**
 * The school a URN and name point to in the book, without adopting or reporting: its key, null
 * when neither finds one, AMBIGUOUS when the name alone fits several schools.
 */
export function lookUpSchool(book: SchoolBook, urn: string | null, name: string): string | null | typeof AMBIGUOUS {
  if (urn !== null && book.byUrn(urn)) return urn;
  const named = name === '' ? [] : book.named(name);
  if (named.length === 1 && (urn === null || named[0]?.urn === null)) return named[0]?.key ?? null;
  return named.length > 1 && urn === null ? AMBIGUOUS : null;
}

/**
 * Find the school a data row is about, by URN first and then by name. When the workbook has no
 * schools sheet (`adopt`), a school seen for the first time is added with what the row gives.
 * Reports an unknown or ambiguous school on the row and returns null.
 */
export function resolveSchool(read: SheetRead, r: number, book: SchoolBook, adopt: boolean, reported = new Set<string>()): string | null {
  const urn = urnText(cellAt(read, r, 'urn'));
  const name = cellText(cellAt(read, r, 'school'));
  const found = lookUpSchool(book, urn, name);
  if (typeof found === 'string') return found;
  if (found === AMBIGUOUS) {
    report(read, r, 'school', `More than one school is called "${name}". Pathway skipped this row. Add a URN column so each row names one school.`, 'error');
    return null;
  }
  if (adopt && (urn !== null || name !== '')) {
    const label = urn !== null ? 'urn' : 'school';
    book.add({
      key: urn ?? nameKey(name), school: name || urn || '', urn, educationPhase: null, strands: {}, safeguarding: null,
      inspection: null, data: {}, override: null, groupsUnderperforming: false, source: sourceOf(read, r, label),
    });
    return urn ?? nameKey(name);
  }
  const what = urn !== null ? `URN ${urn}${name ? ` (${name})` : ''}` : `"${name}"`;
  const field = urn !== null ? 'urn' : 'school';
  if (urn === null && name === '') {
    report(read, r, field, `Row ${r + 1} names no school. Pathway skipped it. Fill in the school or URN.`, 'error');
    return null;
  }
  // One issue per unknown school and sheet: a school missing from the list has many rows.
  const id = `${read.sheet}|${urn ?? nameKey(name)}`;
  if (!reported.has(id)) {
    reported.add(id);
    report(read, r, field, `${what} is not on the schools sheet. Pathway skipped this row and any later rows for it on this sheet. Add the school to the schools sheet or correct the name or URN.`, 'error');
  }
  return null;
}
