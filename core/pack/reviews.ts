import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseDate, serialFromIso } from '../grid/parse-date.js';
import type { Cell, SheetGrid } from '../grid/types.js';
import { isOwnedSheet } from '../ports/workbook.js';
import { formatIsoDate } from '../report/dates.js';
import { tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import type { QaDaysRow } from '../forms/qa-days.js';
import { RAG_COLOURS } from './latest-progress.js';
import { REVIEWS_SHEET } from './sheet-names.js';

/** The reviews each school has every year (Educational Excellence and Amadeus models). */
export const REVIEW_KINDS = ['Curriculum', 'Safeguarding', 'SEND', 'Peer', 'Annual review', 'External'] as const;
export type ReviewStatus = 'Done' | 'Due' | 'Overdue' | 'Not booked';

export interface ReviewRow {
  school: string;
  year: string;
  review: string;
  due: string | null;
  done: string | null;
}

/** Where a Reviews sheet's columns are: School, Review, and a Due or Done date. */
export function findReviewsHeader(grid: Cell[][]): { row: number; school: number; review: number; year: number; due: number; done: number } | null {
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const k = headerKeys(grid[r]);
    const school = k.indexOf('school');
    const review = k.findIndex((x) => x === 'review' || x === 'reviewtype' || x === 'type');
    const due = k.findIndex((x) => x === 'due' || x === 'duedate' || x === 'planned');
    const done = k.findIndex((x) => x === 'done' || x === 'donedate' || x === 'completed');
    // An improvement plan has a "Review" (implementation / impact) column too; its actions tell it apart.
    const plan = k.includes('action') || k.includes('priority');
    if (school >= 0 && review >= 0 && (due >= 0 || done >= 0) && !plan) return { row: r, school, review, year: k.findIndex((x) => x === 'year' || x === 'academicyear'), due, done };
  }
  return null;
}

export function isReviewsSheet(sheet: SheetGrid): boolean {
  return !isOwnedSheet(sheet.name) && findReviewsHeader(sheet.grid) !== null;
}

export function readReviews(sheets: readonly SheetGrid[]): ReviewRow[] {
  const sheet = sheets.find(isReviewsSheet);
  const h = sheet ? findReviewsHeader(sheet.grid) : null;
  if (!sheet || !h) return [];
  const date = (c: Cell | undefined) => {
    const d = parseDate(c ?? null);
    return d.ok ? d.value : null;
  };
  return sheet.grid.slice(h.row + 1).flatMap((row) => {
    const school = cellText(row[h.school] ?? null);
    const review = cellText(row[h.review] ?? null);
    if (!school || !review) return [];
    return [{ school, review, year: h.year >= 0 ? cellText(row[h.year] ?? null) : '', due: h.due >= 0 ? date(row[h.due]) : null, done: h.done >= 0 ? date(row[h.done]) : null }];
  });
}

/** Done on or before the as-of date; else overdue once its due date has passed; else due; no row: not booked. */
export function reviewStatus(r: ReviewRow | undefined, asOf: string): ReviewStatus {
  if (!r) return 'Not booked';
  if (r.done && r.done <= asOf) return 'Done';
  if (r.due && r.due < asOf) return 'Overdue';
  return r.due || r.done ? 'Due' : 'Not booked';
}

const STATUS_COLOURS = { Done: RAG_COLOURS.Green, Due: RAG_COLOURS.Amber, Overdue: RAG_COLOURS.Red, 'Not booked': { fill: 'EDEDED', font: '595959' } };

/**
 * The review cycle: a row per school and year, each review's status (with its date) across, then
 * the school's QA days. Every school of the trust gets a row, with reviews or QA days or not.
 */
export function reviewsSheet(schools: readonly string[], reviews: readonly ReviewRow[], qa: readonly QaDaysRow[], asOf: string): SheetSpec {
  const years = [...new Set(reviews.map((r) => r.year))].sort();
  const rows: Cell[][] = [];
  for (const school of schools) {
    const mine = reviews.filter((r) => normaliseHeader(r.school) === normaliseHeader(school));
    const days = qa.filter((q) => normaliseHeader(q.school) === normaliseHeader(school));
    const core = days.find((d) => d.offer === 'core');
    const optional = days.find((d) => d.offer === 'optional');
    for (const year of years.length ? years : ['']) {
      const ofYear = mine.filter((r) => r.year === year);
      const statuses = REVIEW_KINDS.map((k) => reviewStatus(ofYear.find((r) => normaliseHeader(r.review) === normaliseHeader(k)), asOf));
      const next = ofYear.filter((r) => !(r.done && r.done <= asOf) && r.due).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))[0];
      rows.push([
        school, year || null, ...statuses,
        next?.due ? serialFromIso(next.due) : null,
        core ? `${core.used} used, ${core.booked} booked of ${core.allocated}` : 'None booked',
        optional ? `${optional.used} used, ${optional.booked} booked of ${optional.allocated}` : 'None booked',
      ]);
    }
  }
  const spec = tableSheet({
    name: REVIEWS_SHEET,
    title: `Pathway: review cycle and QA days, as of ${formatIsoDate(asOf)}`,
    note: 'From your Reviews sheet (School, Year, Review, Due, Done) and the visit schedule.',
    columns: [
      { header: 'School', width: 28 }, { header: 'Year', width: 9 },
      ...REVIEW_KINDS.map((k) => ({ header: k, width: 11, colours: STATUS_COLOURS })),
      { header: 'Earliest outstanding', width: 11, numFmt: 'dd/mm/yyyy' }, { header: 'Core QA days', width: 16, wrap: true }, { header: 'Optional QA days', width: 16, wrap: true },
    ],
    rows,
  });
  return spec;
}
