import { cellText } from '../grid/cell-text.js';
import { parseDate } from '../grid/parse-date.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { FORM_PREFIX } from './form-id.js';
import { LABELS, type LabelField } from './form-labels.js';
import { readJudgement, scaleFor } from './judgement-word.js';
import { locateFields, type LocatedFields } from './locate-fields.js';
import { parseTime } from './parse-time.js';
import { isTicked } from './read-activities.js';
import { JUDGEMENT_SCHEMES, type FormsSettings } from './settings.js';
import { ACTIVITIES, type Activity, type FieldValue, type FormRecord } from './types.js';

const TICKS: [LabelField, Activity][] = [
  ['lessonObservation', ACTIVITIES[0]],
  ['workAnalysis', ACTIVITIES[1]],
  ['discussion', ACTIVITIES[2]],
  ['other', ACTIVITIES[3]],
];

/** One form read back: the record, where each field sits (for later checks) and what went wrong. */
export interface FormRead {
  record: FormRecord;
  cells: Partial<Record<LabelField, string>>;
  judgementCells: Record<string, string>;
  issues: Issue[];
}

/** Every area a form might carry: the trust's own and every inspection framework's. */
export function knownAreas(settings: FormsSettings): string[] {
  return [...new Set([...settings.scheme.areas, ...Object.values(JUDGEMENT_SCHEMES).flatMap((s) => s.areas)])];
}

type Reader<T> = (cell: Cell) => { ok: true; value: T } | { ok: false; reason: string; missing: boolean };

function parsed<T>(sheet: string, field: FieldValue | undefined, parse: Reader<T>, label: string, issues: Issue[]): T | null {
  if (!field) return null;
  const result = parse(field.value);
  if (result.ok) return result.value;
  if (!result.missing) issues.push({ sheet, cell: field.cell, severity: 'error', message: `The ${label} in ${sheet}!${field.cell} could not be read: ${result.reason}.` });
  return null;
}

function judgementsOf(sheet: string, located: LocatedFields, settings: FormsSettings, issues: Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const j of located.judgements) {
    const scale = scaleFor(j.area, settings);
    const read = readJudgement(cellText(j.value), settings, scale);
    if (read.kind === 'blank') out[j.area] = '';
    else if (read.kind === 'unknown') {
      out[j.area] = read.text;
      const allowed = [...scale, settings.notJudged].join(', ');
      issues.push({ sheet, cell: j.cell, severity: 'error', message: `"${read.text}" in ${sheet}!${j.cell} is not on the judgement scale for ${j.area}; use one of: ${allowed}.` });
    } else {
      out[j.area] = read.word;
      if (read.assumed) issues.push({ sheet, cell: j.cell, severity: 'warning', message: `"${cellText(j.value)}" in ${sheet}!${j.cell} was read as "${read.word}" for ${j.area}.` });
    }
  }
  return out;
}

/** Read one "Pathway Form …" sheet by its labels into a record, with the cells each value came from. */
export function readForm(sheet: SheetGrid, settings: FormsSettings): FormRead {
  const located = locateFields(sheet.grid, sheet.name, knownAreas(settings));
  const issues = [...located.issues];
  const name = sheet.name;
  const f = located.inline;
  const txt = (field: LabelField) => cellText(f[field]?.value ?? null);
  const box = (field: LabelField) => located.boxes[field]?.text ?? '';
  const judgements = judgementsOf(name, located, settings, issues);
  const record: FormRecord = {
    id: txt('formId') || name.slice(FORM_PREFIX.length),
    sheet: name,
    school: txt('school'),
    observer: txt('observer'),
    date: parsed(name, f.date, parseDate, 'date', issues),
    from: parsed(name, f.from, parseTime, 'start time', issues),
    to: parsed(name, f.to, parseTime, 'end time', issues),
    activities: TICKS.filter(([field]) => isTicked(txt(field))).map(([, a]) => a),
    focus: txt('focus'),
    yearClass: txt('yearClass'),
    mixedAbility: txt('mixedAbility'),
    subject: txt('subject'),
    numberInClass: parsed(name, f.numberInClass, parseNumber, 'number in class', issues),
    notes: box('notes'),
    www: box('www'),
    ebi: box('ebi'),
    judgements,
    excellence: box('excellence'),
    completed: false,
  };
  record.completed = [record.notes, record.www, record.ebi, record.excellence, ...Object.values(judgements)].some((t) => t !== '');
  const cells: Partial<Record<LabelField, string>> = {};
  for (const [field, v] of Object.entries(f) as [LabelField, FieldValue][]) cells[field] = v.cell;
  for (const [field, v] of Object.entries(located.boxes) as [LabelField, { cell: string }][]) cells[field] = v.cell;
  if (located.missingLabels.includes('formId')) {
    issues.push({ sheet: name, cell: 'A1', severity: 'warning', message: `${name} has lost its "${LABELS.formId}" label; it was read as form ${record.id}.` });
  }
  return { record, cells, judgementCells: Object.fromEntries(located.judgements.map((j) => [j.area, j.cell])), issues };
}
