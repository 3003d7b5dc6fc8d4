import { serialFromIso } from '../grid/parse-date.js';
import { neutralise } from '../grid/neutralise.js';
import type { Cell } from '../grid/types.js';
import { HEADER_FILL, HEADER_FONT, TAB_COLOUR, TITLE_FONT } from '../sheets/palette.js';
import type { CellRange, CellStyle, ListValidation, SheetSpec, StyledRange } from '../sheets/types.js';
import { formSheetName } from './form-id.js';
import { FURNITURE, LABELS } from './form-labels.js';
import { dayFraction } from './parse-time.js';
import { scaleWithNotJudged, type FormsSettings } from './settings.js';
import { ACTIVITIES, type Visit } from './types.js';

const WIDTH = 8;
// Box heights in rows, chosen so a form with four judgement areas fills one A4 page.
const BOX_ROWS = { notes: 17, evaluation: 17, excellence: 8 };
const LABEL: CellStyle = { bold: true, fill: 'DDEBF7', border: 'thin', wrap: true, valign: 'middle' };
const VALUE: CellStyle = { border: 'thin', valign: 'middle', wrap: true };
const BAR: CellStyle = { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT };
const BOX: CellStyle = { border: 'thin', wrap: true, valign: 'top' };
const GREY: CellStyle = { italic: true, fontColor: '808080' };

/** Builds a form row by row, so rows can be added without renumbering by hand. */
class FormBuilder {
  rows: Cell[][] = [];
  styles: StyledRange[] = [];
  merges: CellRange[] = [];
  validations: ListValidation[] = [];

  row(cells: Cell[]): number {
    this.rows.push([...cells.map(neutralise), ...Array<Cell>(Math.max(0, WIDTH - cells.length)).fill(null)]);
    return this.rows.length - 1;
  }
  style(row: number, col: number, cols: number, style: CellStyle, rows = 1): void {
    this.styles.push({ row, col, cols, rows, style });
    if (cols > 1 || rows > 1) this.merges.push({ row, col, cols, rows });
  }
  list(row: number, col: number, list: string[], prompt: string): void {
    this.validations.push({ range: { row, col }, list, allowBlank: true, prompt });
  }
  bar(text: string): number {
    const r = this.row([text]);
    this.styles.push({ row: r, col: 0, cols: WIDTH, style: BAR });
    return r;
  }
  box(rows: number, col = 0, cols = WIDTH): void {
    const first = this.rows.length;
    for (let i = 0; i < rows; i++) this.row([]);
    this.style(first, col, cols, BOX, rows);
  }
}

type Pair = [label: string, value: Cell, span: number, extra?: CellStyle];

/** Label–value pairs across one row: [label, value, label, value, …], each value `span` columns. */
function pairs(b: FormBuilder, items: Pair[]): number {
  const cells: Cell[] = [];
  for (const [label, value, span] of items) cells.push(label, value, ...Array<Cell>(span - 1).fill(null));
  const r = b.row(cells);
  let col = 0;
  for (const [, , span, extra] of items) {
    b.style(r, col, 1, LABEL);
    b.style(r, col + 1, span, { ...VALUE, ...extra });
    col += 1 + span;
  }
  return r;
}

// LibreOffice truncates times to the minute, so 10:15 stored as 0.42708333… can print as 10:14;
// half a second more prints right everywhere and still reads back as 10:15.
const printedTime = (hhmm: string) => dayFraction(hhmm) + 0.5 / 86400;

const DATE: CellStyle = { numFmt: 'dd/mm/yyyy', align: 'left' };
const TIME: CellStyle = { numFmt: 'hh:mm', align: 'left' };

function header(b: FormBuilder, visit: Visit): void {
  const r = b.row([FURNITURE.title, null, null, null, LABELS.formId, null, visit.id]);
  b.style(r, 0, 4, { bold: true, fontColor: TITLE_FONT });
  b.style(r, 4, 2, { ...GREY, align: 'right' });
  b.style(r, 6, 2, GREY);
  const date = visit.date ? serialFromIso(visit.date) : null;
  pairs(b, [[LABELS.school, visit.school, 3], [LABELS.date, date, 3, DATE]]);
  const observer = [visit.observer, visit.role].filter((t) => t !== '').join(', ');
  const from = visit.from ? printedTime(visit.from) : null;
  const to = visit.to ? printedTime(visit.to) : null;
  pairs(b, [[LABELS.observer, observer, 3], [LABELS.from, from, 1, TIME], [LABELS.to, to, 1, TIME]]);
}

function activityAndClass(b: FormBuilder, visit: Visit): void {
  b.bar(FURNITURE.activity);
  const labels = [LABELS.lessonObservation, LABELS.workAnalysis, LABELS.discussion, LABELS.other];
  const r = pairs(b, ACTIVITIES.map((a, i) => [labels[i] ?? a, visit.activities.includes(a) ? 'Y' : null, 1]));
  for (let i = 0; i < 4; i++) b.list(r, i * 2 + 1, ['Y', 'N'], 'Y if this activity was part of the visit');
  pairs(b, [[LABELS.focus, visit.focus, 7]]);
  const c = pairs(b, [[LABELS.yearClass, visit.yearClass, 1], [LABELS.mixedAbility, visit.mixedAbility, 1], [LABELS.subject, visit.subject, 1], [LABELS.numberInClass, visit.numberInClass, 1]]);
  b.list(c, 3, ['Y', 'N'], 'Y or N');
}

function evidence(b: FormBuilder): void {
  b.bar(LABELS.notes);
  b.box(BOX_ROWS.notes);
  b.bar(FURNITURE.evaluation);
  const r = b.row([LABELS.www, null, null, null, LABELS.ebi]);
  b.style(r, 0, 4, LABEL);
  b.style(r, 4, 4, LABEL);
  const first = b.rows.length;
  for (let i = 0; i < BOX_ROWS.evaluation; i++) b.row([]);
  b.style(first, 0, 4, BOX, BOX_ROWS.evaluation);
  b.style(first, 4, 4, BOX, BOX_ROWS.evaluation);
}

function judgements(b: FormBuilder, settings: FormsSettings): void {
  if (settings.judgements === 'none') return;
  const r = b.row([LABELS.judgements, null, null, null, FURNITURE.judgementHint]);
  b.styles.push({ row: r, col: 0, cols: WIDTH, style: BAR });
  b.style(r, 4, 4, { ...BAR, italic: true, align: 'right' });
  for (const area of settings.scheme.areas) {
    const scale = scaleWithNotJudged(settings, area);
    const a = b.row([area, null, null, null, null, null]);
    b.style(a, 0, 5, LABEL);
    b.style(a, 5, 3, { ...VALUE, align: 'center' });
    b.list(a, 5, scale, `${area}: a word from the scale, or ${settings.notJudged}`);
  }
}

/**
 * One print-ready monitoring/evidence form for one visit: A4 portrait, one page wide, prefilled
 * from the schedule, with drop-downs and boxes. Every text from the schedule is neutralised.
 */
export function formSheet(visit: Visit, settings: FormsSettings): SheetSpec {
  const b = new FormBuilder();
  header(b, visit);
  activityAndClass(b, visit);
  evidence(b);
  judgements(b, settings);
  b.bar(LABELS.excellence);
  b.box(BOX_ROWS.excellence);
  const f = b.row([`${FURNITURE.footer} Visit: ${visit.sheet} row ${visit.row}.`]);
  b.style(f, 0, WIDTH, { ...GREY, wrap: true });
  return {
    name: formSheetName(visit.id),
    rows: b.rows,
    columns: [19, 11, 20, 9, 16, 11, 11, 11].map((width) => ({ width })),
    styles: b.styles,
    merges: b.merges,
    validations: b.validations,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1, area: { row: 0, col: 0, rows: b.rows.length, cols: WIDTH } },
    tabColor: TAB_COLOUR,
  };
}
