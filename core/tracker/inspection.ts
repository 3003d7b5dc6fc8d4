import { cellText } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import { parseDate } from '../grid/parse-date.js';
import type { Cell } from '../grid/types.js';
import { lookUp, vocabulary } from './_lib/vocabulary.js';
import { digitOrWord } from './cell-words.js';
import type { Inspection, LegacyGrade, LegacySubjudgement, ReportCardArea, ReportCardGrade, SourceRef } from './types.js';

const LEGACY_WORDS = vocabulary<LegacyGrade>({
  outstanding: 1, good: 2, 'requires improvement': 3, ri: 3, satisfactory: 3,
  inadequate: 4, 'special measures': 4, 'serious weaknesses': 4, 'serious weakness': 4,
});

const CARD_WORDS = vocabulary<ReportCardGrade>({
  exceptional: 1, exemplary: 1,
  'strong standard': 2, strong: 2,
  'expected standard': 3, expected: 3, secure: 3,
  'needs attention': 4, 'attention needed': 4, 'needs improvement': 4,
  'urgent improvement': 5, 'urgent improvement needed': 5, 'causing concern': 5,
});

const LEGACY_LABELS = vocabulary<LegacySubjudgement>({
  qoe: 'qualityOfEducation', 'quality of education': 'qualityOfEducation',
  'b&a': 'behaviourAttitudes', ba: 'behaviourAttitudes', 'behaviour and attitudes': 'behaviourAttitudes', 'behavior and attitudes': 'behaviourAttitudes',
  pd: 'personalDevelopment', 'personal development': 'personalDevelopment',
  'l&m': 'leadershipManagement', lm: 'leadershipManagement', 'leadership and management': 'leadershipManagement',
  ey: 'earlyYears', 'early years': 'earlyYears', 'early years provision': 'earlyYears', eyfs: 'earlyYears',
  sf: 'sixthForm', 'sixth form': 'sixthForm', 'sixth form provision': 'sixthForm', '16 to 19': 'sixthForm',
});

const CARD_LABELS = vocabulary<ReportCardArea | 'safeguarding'>({
  inclusion: 'inclusion',
  'curriculum and teaching': 'curriculumTeaching',
  achievement: 'achievement',
  'attendance and behaviour': 'attendanceBehaviour', 'attendance and behavior': 'attendanceBehaviour',
  'personal development and wellbeing': 'personalDevelopment', 'personal development and well being': 'personalDevelopment',
  'leadership and governance': 'leadershipGovernance',
  'early years': 'earlyYears', 'early years provision': 'earlyYears', eyfs: 'earlyYears',
  'sixth form': 'sixthForm', 'sixth form provision': 'sixthForm', 'post 16': 'sixthForm',
  safeguarding: 'safeguarding',
});

const SAFEGUARDING_MET = vocabulary<boolean>({ met: true, 'not met': false, effective: true, 'not effective': false, yes: true, no: false });

/** What reading an inspection cell gave: the inspection (or none) and anything to tell the user. */
export interface InspectionRead {
  inspection: Inspection | null;
  problems: { message: string; severity: 'error' | 'warning' }[];
}

interface Item {
  label: string;
  value: string;
}

function splitItems(text: string): Item[] | null {
  const parts = text.split(/[;\n|]/).map((p) => p.trim()).filter((p) => p !== '');
  const items = (parts.length === 1 ? text.split(',') : parts).map((p) => p.trim()).filter((p) => p !== '');
  const read = items.map((p) => /^(.+?)\s*(?::|=|\s[-–]\s)\s*(.+)$/.exec(p));
  if (read.some((m) => !m)) return null;
  return read.map((m) => ({ label: (m?.[1] ?? '').trim(), value: (m?.[2] ?? '').trim() }));
}

/** Which scale a list uses: report-card labels or words make it a report card; else legacy. */
function isReportCard(items: Item[]): boolean {
  const cardOnly = (i: Item) =>
    (lookUp(CARD_LABELS, i.label) !== null && lookUp(LEGACY_LABELS, i.label) === null) || lookUp(CARD_WORDS, i.value) !== null;
  return items.some(cardOnly);
}

function readLegacyList(items: Item[], date: string | null, source: SourceRef, out: InspectionRead): Inspection | null {
  const judgements: Partial<Record<LegacySubjudgement, LegacyGrade>> = {};
  for (const item of items) {
    if (lookUp(CARD_LABELS, item.label)?.value === 'safeguarding') continue;
    const label = lookUp(LEGACY_LABELS, item.label);
    const grade = digitOrWord(item.value, LEGACY_WORDS, 4, 'grade');
    if (!label) out.problems.push({ message: `"${item.label}" is not an inspection judgement Pathway knows`, severity: 'error' });
    else if (!grade.ok || grade.value === null) out.problems.push({ message: `"${item.value}" for ${item.label} is not a grade (Outstanding, Good, Requires improvement, Inadequate)`, severity: 'error' });
    else judgements[label.value] = grade.value;
  }
  return Object.keys(judgements).length > 0 ? { kind: 'legacy-subjudgements', judgements, date, source } : null;
}

function readCard(items: Item[], date: string | null, source: SourceRef, out: InspectionRead): Inspection | null {
  const areas: Partial<Record<ReportCardArea, ReportCardGrade>> = {};
  let safeguardingMet: boolean | null = null;
  for (const item of items) {
    const label = lookUp(CARD_LABELS, item.label);
    if (label?.value === 'safeguarding') {
      const met = lookUp(SAFEGUARDING_MET, item.value);
      if (met) safeguardingMet = met.value;
      else out.problems.push({ message: `"${item.value}" for safeguarding is not Met or Not met`, severity: 'error' });
      continue;
    }
    const grade = lookUp(CARD_WORDS, item.value);
    if (!label) out.problems.push({ message: `"${item.label}" is not a report card area Pathway knows`, severity: 'error' });
    else if (!grade) out.problems.push({ message: `"${item.value}" for ${item.label} is not on the report card scale (exceptional, strong standard, expected standard, needs attention, urgent improvement)`, severity: 'error' });
    else {
      areas[label.value] = grade.value;
      if (grade.correctedFrom) out.problems.push({ message: `Pathway read "${item.value}" as "${grade.correctedFrom}"`, severity: 'warning' });
    }
  }
  const any = Object.keys(areas).length > 0 || safeguardingMet !== null;
  return any ? { kind: 'report-card', areas, safeguardingMet, date, source } : null;
}

// Trackers often add when the grade was given: "Good (2019)", "Outstanding - 12/03/2013".
const TRAILING_WHEN = /\s*[-–,(]?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d{2})\)?\s*$/;

/** Split a trailing date or year off a grade; a full date fills a missing inspection date. */
function splitWhen(text: string, date: string | null): { grade: string; date: string | null } {
  const m = TRAILING_WHEN.exec(text);
  if (!m || m.index === 0) return { grade: text, date };
  const when = parseDate(m[1] ?? '');
  return { grade: text.slice(0, m.index), date: date ?? (when.ok ? when.value : null) };
}

/**
 * Read a "Last inspection" cell in any of its three shapes, each kept on its own scale: a legacy
 * grade (1–4 or its word), legacy sub-judgements ("QoE: Good; B&A: Outstanding"), or a report
 * card ("Inclusion: Strong standard; …; Safeguarding: Met").
 */
export function parseInspection(cell: Cell, date: string | null, source: SourceRef): InspectionRead {
  const out: InspectionRead = { inspection: null, problems: [] };
  if (missingReason(cell) !== null && !cellText(cell).startsWith('#')) return out;
  const text = cellText(cell);
  const items = /[:=;\n]/.test(text) ? splitItems(text) : null;
  if (items) {
    out.inspection = isReportCard(items) ? readCard(items, date, source, out) : readLegacyList(items, date, source, out);
    return out;
  }
  const plain = typeof cell === 'string' ? splitWhen(text, date) : { grade: cell, date };
  const grade = digitOrWord(plain.grade, LEGACY_WORDS, 4, 'inspection grade');
  if (grade.ok && grade.value !== null) {
    out.inspection = { kind: 'legacy-grade', grade: grade.value, date: plain.date, source };
    if (grade.note) out.problems.push({ message: `Pathway ${grade.note}`, severity: 'warning' });
    return out;
  }
  const cardWord = lookUp(CARD_WORDS, text) !== null;
  out.problems.push({
    message: cardWord
      ? `"${text}" is a report card grade, but report cards have no overall grade; write each area, e.g. "Inclusion: Strong standard; Achievement: Expected standard"`
      : `"${text}" is not an inspection outcome Pathway knows`,
    severity: 'error',
  });
  return out;
}
