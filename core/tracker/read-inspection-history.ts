import { cellAddress } from '../grid/address.js';
import { cellText, quoted } from '../grid/cell-text.js';
import { parseDate } from '../grid/parse-date.js';
import type { Cell } from '../grid/types.js';
import { cellAt, report, sourceOf, type SheetRead } from './_lib/sheet-read.js';
import { parseInspection } from './inspection.js';
import { reportInspectionProblems } from './read-schools.js';
import { urnText } from './read-urn.js';
import { AMBIGUOUS, lookUpSchool } from './resolve-school.js';
import type { SchoolBook } from './school-book.js';
import type { Inspection } from './types.js';

/** A school's newest row so far, across every history sheet. */
interface Latest {
  read: SheetRead;
  row: number;
  date: string;
}

/** The outcome of an inspection without where or when it was given, to compare two readings. */
function outcomeOf(inspection: Inspection): string {
  const { date: _date, source: _source, ...outcome } = inspection;
  return JSON.stringify(outcome);
}

/**
 * Inspection history sheets (one row per school and inspection, as Ofsted publishes them). Each
 * school's latest dated row is its last inspection when the schools sheet gives none; when it
 * gives one, the schools sheet wins and a newer or different history row is a warning on the
 * history's cell. Rows for schools that are not the trust's are counted, not reported one by
 * one: a national file lists every school in England. Schools are never adopted from a history.
 */
export class InspectionHistory {
  private readonly latest = new Map<string, Latest>();
  /** Every dated row of each of the trust's schools (a school has a handful), for the one before the last. */
  private readonly all = new Map<string, Latest[]>();

  constructor(private readonly book: SchoolBook) {}

  /** Note each of the trust's schools' latest dated row on one history sheet. */
  read(read: SheetRead): void {
    // Rows repeat a school once per inspection: look each URN and name pair up once.
    const found = new Map<string, string | null | typeof AMBIGUOUS>();
    const ambiguous = new Set<string>();
    let outside = 0;
    let named = 0;
    for (let r = read.headerRow + 1; r < read.grid.length; r++) {
      const urnCell = cellAt(read, r, 'urn');
      const name = cellText(cellAt(read, r, 'school'));
      if (name === '' && cellText(urnCell) === '') {
        this.unnamedRow(read, r);
        continue;
      }
      named++;
      const key = this.schoolOf(urnCell, name, found);
      if (key === null) {
        outside++;
        continue;
      }
      if (key === AMBIGUOUS) {
        if (!ambiguous.has(name)) report(read, r, 'school', `More than one school is called "${name}". Pathway skipped its inspection history rows. Add a URN column so each row names one school.`, 'error');
        ambiguous.add(name);
        continue;
      }
      const date = parseDate(cellAt(read, r, 'lastInspectionDate'));
      if (!date.ok) {
        const what = date.missing ? 'has no inspection date' : `has the inspection date ${quoted(cellAt(read, r, 'lastInspectionDate'))}, which could not be read: ${date.reason}`;
        report(read, r, 'lastInspectionDate', `Row ${r + 1} ${what}. Pathway skipped the row, as it cannot tell which inspection is the latest. Type the date as dd/mm/yyyy.`, 'error');
        continue;
      }
      const rows = this.all.get(key) ?? [];
      this.all.set(key, [...rows, { read, row: r, date: date.value }]);
      const best = this.latest.get(key);
      if (!best || date.value > best.date) this.latest.set(key, { read, row: r, date: date.value });
    }
    if (outside > 0) this.reportOutside(read, outside, named);
  }

  /** Give each school its last inspection from the history, or compare with the schools sheet's. */
  apply(): void {
    for (const [key, at] of this.latest) {
      const record = this.book.get(key);
      if (!record) continue;
      const cell = cellAt(at.read, at.row, 'lastInspection');
      const got = parseInspection(cell, at.date, sourceOf(at.read, at.row, 'lastInspection'));
      reportInspectionProblems(at.read, at.row, got);
      const listed = record.inspection;
      record.previousInspection = this.before(key, listed?.date ?? at.date, listed ? at : null);
      if (record.inspection === null) {
        if (got.inspection) record.inspection = got.inspection;
        else if (got.problems.length === 0) {
          report(at.read, at.row, 'lastInspection', `${record.school}'s latest inspection in the history (${at.date}) has no outcome. Pathway took no last inspection for this school from the history. Fill in the outcome, or give the last inspection on the schools sheet.`, 'warning');
        }
        continue;
      }
      const clash = got.inspection ? disagreement(record.school, record.inspection, got.inspection, quoted(cell)) : null;
      if (clash) report(at.read, at.row, 'lastInspection', `${clash} Pathway kept the schools sheet's. Update whichever is out of date.`, 'warning');
    }
  }

  /**
   * The newest history row dated before `date` (the last inspection's), read quietly: its problems
   * were or will be reported where it is the latest, and an older row is only used for "stuck".
   * With the schools sheet's inspection dated the same as the history's latest, that row is the
   * last inspection itself, so the one before it is used.
   */
  private before(key: string, date: string, _latest: Latest | null): Inspection | null {
    const rows = (this.all.get(key) ?? []).filter((x) => x.date < date).sort((a, b) => (a.date < b.date ? 1 : -1));
    for (const x of rows) {
      const got = parseInspection(cellAt(x.read, x.row, 'lastInspection'), x.date, sourceOf(x.read, x.row, 'lastInspection'));
      if (got.inspection) return got.inspection;
    }
    return null;
  }

  private schoolOf(urnCell: Cell, name: string, found: Map<string, string | null | typeof AMBIGUOUS>): string | null | typeof AMBIGUOUS {
    const id = `${cellText(urnCell)}\u0000${name}`;
    let key = found.get(id);
    if (key === undefined) found.set(id, (key = lookUpSchool(this.book, urnText(urnCell), name)));
    return key;
  }

  private unnamedRow(read: SheetRead, r: number): void {
    const data = cellText(cellAt(read, r, 'lastInspection')) !== '' || cellText(cellAt(read, r, 'lastInspectionDate')) !== '';
    if (data) report(read, r, read.columns.urn !== undefined ? 'urn' : 'school', `Row ${r + 1} has an inspection but no school or URN. Pathway skipped it. Fill in the URN.`, 'error');
  }

  private reportOutside(read: SheetRead, outside: number, named: number): void {
    const size = this.book.size;
    const message =
      size === 0
        ? `${read.sheet} has ${named} inspection rows, but no other sheet gave a school to match them to. Pathway ignored them.`
        : outside === named
          ? `None of the ${named} rows on ${read.sheet} names one of the ${size} schools Pathway read from the other sheets. Pathway ignored them. Check that the URNs or names match those on the schools sheet.`
          : `${outside} of the ${named} rows on ${read.sheet} are for schools that are not among the ${size} Pathway read from the other sheets (a national file lists every school). Pathway ignored them and used the other ${named - outside}.`;
    read.issues.push({ sheet: read.sheet, cell: cellAddress(read.headerRow, read.columns.urn ?? read.columns.school ?? 0), message, severity: 'warning' });
  }
}

/**
 * How the history's latest row disagrees with the schools sheet's last inspection, or null: it is
 * newer, or (same date, or the schools sheet gives no date) its outcome differs on its own scale.
 */
function disagreement(school: string, listed: Inspection, history: Inspection, text: string): string | null {
  const where = `${listed.source.sheet}!${listed.source.cell}`;
  const when = history.date ?? '';
  if (listed.date !== null && when < listed.date) return null;
  if (listed.date !== null && when > listed.date) {
    return `The inspection history has a newer inspection for ${school}: ${text} on ${when}, after the one on ${listed.date} given at ${where}.`;
  }
  if (outcomeOf(listed) === outcomeOf(history)) return null;
  return `The inspection history says ${text} for ${school}'s inspection on ${when}, which differs from the last inspection given at ${where}.`;
}
