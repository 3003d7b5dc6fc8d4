import { cellText, quoted } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import { parseDate } from '../grid/parse-date.js';
import { parseNumber } from '../grid/parse-number.js';
import { parsePercent, percentScale, type PercentScale } from '../grid/parse-percent.js';
import { doubtfulPercents, placeId, warnDoubtfulPercent } from './_lib/doubtful-percent.js';
import { cellAt, dataRows, report, sourceOf, type SheetRead } from './_lib/sheet-read.js';
import { parseEducationPhase, parseSafeguarding, parseStrandScore, parseYesNo } from './cell-words.js';
import { parseInspection, type InspectionRead } from './inspection.js';
import { mergeSchool } from './merge-school.js';
import { readOverride } from './read-override.js';
import { readUrn } from './read-urn.js';
import { nameKey, type SchoolBook } from './school-book.js';
import { OPTIONAL_STRANDS, STRANDS, type OptionalStrandKey, type SchoolData, type SchoolRecord } from './types.js';

const PERCENT_FIELDS = ['persistentAbsencePct', 'reservesPct', 'inYearBalancePct', 'teacherTurnoverPct'] as const;

/** Per percent column: its scale and the cells (placeId) whose reading is in doubt. */
type Scales = Record<string, { scale: PercentScale; doubtful: Set<string> }>;

function columnScales(read: SheetRead, rows: Int32Array): Scales {
  const out: Scales = {};
  for (const field of PERCENT_FIELDS) {
    const col = read.columns[field];
    if (col === undefined) continue;
    const cells = Array.from(rows, (r) => ({ row: r, col, cell: cellAt(read, r, field) }));
    out[field] = { scale: percentScale(cells.map((c) => c.cell)), doubtful: doubtfulPercents(cells) };
  }
  return out;
}

const OPTIONAL_WORDS: Record<OptionalStrandKey, string> = { inclusion: 'inclusion', personalDevelopment: 'personal development' };
const isOptional = (k: string): k is OptionalStrandKey => (OPTIONAL_STRANDS as readonly string[]).includes(k);
const warnedOptional = new WeakMap<SheetRead, Set<OptionalStrandKey>>();

/**
 * A column headed Inclusion or Personal development may be a trust's notes rather than a strand,
 * and the strand may be off: a cell that is not a score is one warning for the column, not an
 * error a row.
 */
function optionalNotAScore(read: SheetRead, r: number, strand: OptionalStrandKey): void {
  const seen = warnedOptional.get(read) ?? new Set<OptionalStrandKey>();
  warnedOptional.set(read, seen);
  if (seen.has(strand)) return;
  seen.add(strand);
  const words = OPTIONAL_WORDS[strand];
  report(read, r, strand, `This column is read as the optional ${words} strand, but holds ${quoted(cellAt(read, r, strand))}, which is not a score. Pathway treats such cells as unknown and says so once for the column. If the column is not a strand, rename its header; the strand is used only when "Strand: ${words}" is yes.`, 'warning');
}

function readStrands(read: SheetRead, r: number): SchoolRecord['strands'] {
  const strands: SchoolRecord['strands'] = {};
  for (const strand of [...STRANDS, ...OPTIONAL_STRANDS]) {
    if (read.columns[strand] === undefined) continue;
    const parsed = parseStrandScore(cellAt(read, r, strand));
    if (!parsed.ok && isOptional(strand)) {
      optionalNotAScore(read, r, strand);
      strands[strand] = null;
      continue;
    }
    if (!parsed.ok) {
      report(read, r, strand, `The ${strand} strand holds ${quoted(cellAt(read, r, strand))}, which is not a score Pathway knows. Pathway treated the strand as unknown. Type 1–4 or Stabilise, Repair, Improve or Sustain, or leave it blank.`, 'error');
      strands[strand] = null;
      continue;
    }
    if (parsed.note) report(read, r, strand, `Pathway ${parsed.note} for the ${strand} strand. Correct the spelling to silence this.`, 'warning');
    strands[strand] = parsed.value;
  }
  return strands;
}

function readData(read: SheetRead, r: number, scales: Scales): SchoolData {
  const data: SchoolData = {};
  for (const field of PERCENT_FIELDS) {
    const scale = scales[field];
    if (!scale) continue;
    const cell = cellAt(read, r, field);
    const parsed = parsePercent(cell, scale.scale);
    if (parsed.ok) {
      data[field] = parsed.value;
      if (scale.doubtful.has(placeId(r, read.columns[field] ?? 0))) warnDoubtfulPercent(read, r, field, cell, parsed.value, 'the other values in the column');
    } else if (!parsed.missing) {
      report(read, r, field, `${quoted(cell)} is not a percentage (${parsed.reason}). Pathway left it out. Type a number such as 12.5 or 12.5%.`, 'error');
    }
  }
  const pupils = parseNumber(cellAt(read, r, 'pupils'));
  if (pupils.ok && Number.isInteger(pupils.value) && pupils.value >= 0) data.pupils = pupils.value;
  else if (read.columns.pupils !== undefined && (pupils.ok || !pupils.missing)) {
    report(read, r, 'pupils', `${quoted(cellAt(read, r, 'pupils'))} is not a number of pupils. Pathway left it out. Type a whole number.`, 'error');
  }
  return data;
}

function readInspectionCells(read: SheetRead, r: number): SchoolRecord['inspection'] {
  let date: string | null = null;
  if (read.columns.lastInspectionDate !== undefined) {
    const parsed = parseDate(cellAt(read, r, 'lastInspectionDate'));
    if (parsed.ok) date = parsed.value;
    else if (!parsed.missing) {
      report(read, r, 'lastInspectionDate', `The inspection date ${quoted(cellAt(read, r, 'lastInspectionDate'))} could not be read: ${parsed.reason}. Pathway treated it as unknown. Type it as dd/mm/yyyy.`, 'error');
    }
  }
  if (read.columns.lastInspection === undefined) return null;
  const got = parseInspection(cellAt(read, r, 'lastInspection'), date, sourceOf(read, r, 'lastInspection'));
  reportInspectionProblems(read, r, got);
  return got.inspection;
}

/** What reading an inspection cell (the Last inspection column) found wrong, on that cell. */
export function reportInspectionProblems(read: SheetRead, r: number, got: InspectionRead): void {
  for (const p of got.problems) {
    const did = p.severity === 'error' ? 'Pathway left that part out. Write a grade (Good), sub-judgements (QoE: Good; B&A: Good) or report card areas (Inclusion: Strong standard).' : 'Correct it to silence this.';
    report(read, r, 'lastInspection', `In the last inspection ${quoted(cellAt(read, r, 'lastInspection'))}: ${p.message}. ${did}`, p.severity);
  }
}

function readWords(read: SheetRead, r: number): Pick<SchoolRecord, 'educationPhase' | 'safeguarding' | 'groupsUnderperforming'> {
  const phase = parseEducationPhase(cellAt(read, r, 'educationPhase'));
  if (!phase.ok) report(read, r, 'educationPhase', `${phase.reason}. Pathway left the phase of education unknown, so no headline measure can be chosen for this school.`, 'error');
  const safe = parseSafeguarding(cellAt(read, r, 'safeguarding'));
  if (!safe.ok) report(read, r, 'safeguarding', `${safe.reason}. Pathway treated safeguarding as unknown.`, 'error');
  for (const [field, parsed] of [['educationPhase', phase], ['safeguarding', safe]] as const) {
    if (parsed.note) report(read, r, field, `Pathway ${parsed.note}. Correct the spelling to silence this.`, 'warning');
  }
  // Trackers often name the groups ("Disadvantaged, SEND") rather than writing Y: that is a yes.
  const groupsCell = cellAt(read, r, 'groupsUnderperforming');
  const yesNo = parseYesNo(groupsCell);
  const missing = missingReason(groupsCell);
  const groups = yesNo.ok || cellText(groupsCell).startsWith('#') ? yesNo : { ok: true as const, value: missing === null };
  if (!groups.ok) report(read, r, 'groupsUnderperforming', `${groups.reason}. Pathway read it as no. Type Y or N, or name the groups.`, 'error');
  return {
    educationPhase: phase.ok ? phase.value : null,
    safeguarding: safe.ok ? safe.value : null,
    groupsUnderperforming: groups.ok ? groups.value : false,
  };
}

function readRow(read: SheetRead, r: number, scales: Scales): SchoolRecord | null {
  const name = cellText(cellAt(read, r, 'school'));
  if (name === '') {
    report(read, r, 'school', `Row ${r + 1} has data but no school name. Pathway skipped it. Type the school's name.`, 'error');
    return null;
  }
  const urn = readUrn(read, r);
  return {
    key: urn ?? nameKey(name),
    school: name,
    urn,
    ...readWords(read, r),
    strands: readStrands(read, r),
    inspection: readInspectionCells(read, r),
    data: readData(read, r, scales),
    override: readOverride(read, r),
    source: sourceOf(read, r, 'school'),
  };
}

/**
 * Read a schools sheet into the book. A school seen twice on the same sheet is an error (the
 * first row is kept); a school already read from an earlier sheet has this sheet's columns merged in.
 */
export function readSchools(read: SheetRead, book: SchoolBook): void {
  const rows = dataRows(read, 'school');
  const scales = columnScales(read, rows);
  const seenHere = new Map<string, number>();
  for (const r of rows) {
    const record = readRow(read, r, scales);
    if (!record) continue;
    const dupKeys = [record.key, ...(record.urn === null ? [nameKey(record.school)] : [])];
    const firstRow = dupKeys.map((k) => seenHere.get(k)).find((x) => x !== undefined);
    if (firstRow !== undefined) {
      report(read, r, 'school', `${record.school} appears again (first on row ${firstRow + 1}${record.urn ? `, same URN ${record.urn}` : ', same name'}). Pathway kept the first row and ignored this one. Remove or merge the duplicate.`, 'error');
      continue;
    }
    seenHere.set(record.key, r);
    seenHere.set(nameKey(record.school), r);
    mergeSchool(book, record, read);
  }
}
