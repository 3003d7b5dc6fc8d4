import { neutralise } from '../grid/neutralise.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Cell } from '../grid/types.js';
import { formatIsoDate } from '../report/dates.js';
import { HEADER_FILL, HEADER_FONT, TAB_COLOUR, TITLE_FONT } from '../sheets/palette.js';
import { wrappedRowHeights } from '../sheets/row-heights.js';
import type { SheetSpec, StyledRange } from '../sheets/types.js';
import type { FormRecord } from './types.js';

export const FEEDBACK_SHEET = 'Pathway Feedback';

/** One wide column, in characters: an A4 portrait page at a readable size. */
const WIDTH = 100;

// The three headings of a QA feedback report (seed 003), each with the question it answers.
const SECTIONS: [keyof Pick<FormRecord, 'www' | 'ebi' | 'excellence'>, string][] = [
  ['www', 'What went well: our strengths'],
  ['ebi', 'Even better if: where we can improve'],
  ['excellence', 'Area of excellence: what we can share'],
];

function context(r: FormRecord): string {
  const what = [r.yearClass, r.subject].filter(Boolean).join(' ');
  return [what, r.date ? formatIsoDate(r.date) : ''].filter(Boolean).join(', ');
}

function bullets(forms: FormRecord[], field: 'www' | 'ebi' | 'excellence'): string[] {
  return forms.flatMap((f) =>
    f[field].split('\n').map((line) => line.trim()).filter(Boolean).map((line) => `• ${line}${context(f) ? ` (${context(f)})` : ''}`),
  );
}

function schoolBlock(forms: FormRecord[], rows: Cell[][], styles: StyledRange[]): void {
  const dates = forms.map((f) => f.date).filter((d): d is string => d !== null).sort();
  const span = dates.length ? `${formatIsoDate(dates[0] ?? '')}${dates.length > 1 && dates[0] !== dates[dates.length - 1] ? ` to ${formatIsoDate(dates[dates.length - 1] ?? '')}` : ''}` : 'dates not recorded';
  const reviewers = [...new Set(forms.map((f) => f.observer).filter(Boolean))].join('; ');
  styles.push({ row: rows.length, col: 0, style: { bold: true, fontColor: TITLE_FONT } });
  rows.push([`QA review feedback: ${forms[0]?.school ?? ''}`]);
  styles.push({ row: rows.length, col: 0, style: { italic: true, wrap: true } });
  rows.push([`${forms.length} form${forms.length === 1 ? '' : 's'}, ${span}. Reviewers: ${reviewers || 'not recorded'}.`]);
  for (const [field, heading] of SECTIONS) {
    styles.push({ row: rows.length, col: 0, style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } });
    rows.push([heading]);
    const items = bullets(forms, field);
    for (const item of items.length ? items : ['Nothing recorded on the forms.']) {
      styles.push({ row: rows.length, col: 0, style: { wrap: true, valign: 'top' } });
      rows.push([item]);
    }
  }
  rows.push([null]);
}

/**
 * The feedback report for a QA review spanning several forms: per school, What went well /
 * Even better if / Area of excellence, each point with the class and date it came from. Print-ready.
 */
export function feedbackSheet(records: FormRecord[]): SheetSpec {
  const rows: Cell[][] = [];
  const styles: StyledRange[] = [];
  const bySchool = new Map<string, FormRecord[]>();
  for (const r of records.filter((f) => f.completed)) bySchool.set(normaliseHeader(r.school), [...(bySchool.get(normaliseHeader(r.school)) ?? []), r]);
  // Each school's report starts a new page, so it can be handed to that school alone.
  const starts: number[] = [];
  for (const forms of bySchool.values()) {
    starts.push(rows.length);
    schoolBlock(forms, rows, styles);
  }
  if (rows.length === 0) rows.push(['No completed forms to report on yet.']);
  const cells = rows.map((r) => r.map(neutralise));
  const rowHeights = wrappedRowHeights(cells, [WIDTH], () => true);
  return {
    name: FEEDBACK_SHEET,
    rows: cells,
    columns: [{ width: WIDTH }],
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    styles,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1, ...(starts.length > 1 ? { rowBreaks: starts.slice(1) } : {}) },
    tabColor: TAB_COLOUR,
  };
}
