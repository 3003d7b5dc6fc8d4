import { columnLetter } from '../../core/grid/address.js';
import type { Cell } from '../../core/grid/types.js';
import { neutralise } from '../../core/grid/neutralise.js';
import { printArea } from '../../core/sheets/print-area.js';
import type { CellRange, CellStyle, SheetSpec } from '../../core/sheets/types.js';
import type { XlRange, XlWorksheet } from './excel-model.js';

/** Excel's column width unit in Office.js is points; one character of the default font ≈ 7 px ≈ 5.25 pt. */
const POINTS_PER_CHAR = 5.6;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

export function specWidth(spec: SheetSpec): number {
  return Math.max(1, spec.columns?.length ?? 0, ...spec.rows.map((r) => r.length));
}

/**
 * Values for Excel: every text cell neutralised (R5, again here so no path skips it), and empty
 * cells as "" because `null` in an Office.js values array means "leave this cell as it is".
 */
export function excelValues(rows: Cell[][], width: number): (string | number | boolean)[][] {
  return rows.map((row) => {
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const v = neutralise(row[c] ?? null);
      out.push(v === null ? '' : v);
    }
    return out;
  });
}

/**
 * Number formats as one 2-D array: the spec's format where a style sets one, "@" (text) for text
 * cells so Excel never turns "01/04" or "1-2" into a date, General otherwise.
 */
export function numberFormats(spec: SheetSpec, width: number): string[][] {
  const grid: string[][] = spec.rows.map((row) => Array.from({ length: width }, (_, c) => (typeof row[c] === 'string' ? '@' : 'General')));
  for (const s of spec.styles ?? []) {
    if (!s.style.numFmt) continue;
    forEachCell(s, spec.rows.length, width, (r, c) => {
      if (typeof spec.rows[r]?.[c] !== 'string') grid[r]![c] = s.style.numFmt!;
    });
  }
  return grid;
}

function forEachCell(range: CellRange, maxRows: number, maxCols: number, fn: (r: number, c: number) => void): void {
  const rEnd = Math.min(maxRows, range.row + (range.rows ?? 1));
  const cEnd = Math.min(maxCols, range.col + (range.cols ?? 1));
  for (let r = range.row; r < rEnd; r++) for (let c = range.col; c < cEnd; c++) fn(r, c);
}

export function rangeOf(ws: XlWorksheet, r: CellRange): XlRange {
  return ws.getRangeByIndexes(r.row, r.col, r.rows ?? 1, r.cols ?? 1);
}

function hex(color: string): string {
  return color.startsWith('#') ? color : `#${color}`;
}

function applyStyle(range: XlRange, style: CellStyle): void {
  const f = range.format;
  if (style.fill) f.fill.color = hex(style.fill);
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor) f.font.color = hex(style.fontColor);
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.align) f.horizontalAlignment = H_ALIGN[style.align];
  if (style.valign) f.verticalAlignment = V_ALIGN[style.valign];
  if (style.border) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = style.border === 'medium' ? 'Medium' : 'Thin';
    }
  }
}

/** Undo whatever a previous run (or the user) left on an owned sheet, so rendering twice equals once. */
export function queueReset(ws: XlWorksheet): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear('All');
  ws.freezePanes.unfreeze();
  ws.autoFilter.remove();
  ws.horizontalPageBreaks.removePageBreaks();
}

/** Everything except values and number formats, which go in row blocks: one Range per styled range, never per cell (P3). */
export function queueLayout(ws: XlWorksheet, spec: SheetSpec, width: number): void {
  for (const s of spec.styles ?? []) applyStyle(rangeOf(ws, s), s.style);
  for (const m of spec.merges ?? []) rangeOf(ws, m).merge(false);
  spec.columns?.forEach((col, i) => {
    const f = ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format;
    if (col.width !== undefined) f.columnWidth = Math.round(col.width * POINTS_PER_CHAR);
    if (col.hidden) f.columnHidden = true;
  });
  // Rows that need more than one line: Excel measures them itself with one call over the sheet,
  // after the widths are set, rather than a Range per row (P3).
  if (spec.rowHeights && Object.keys(spec.rowHeights).length > 0 && spec.rows.length > 0) {
    ws.getRangeByIndexes(0, 0, spec.rows.length, width).format.autofitRows();
  }
  queueValidations(ws, spec);
  queueConditional(ws, spec);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    if (spec.freeze.cols === 0) ws.freezePanes.freezeRows(spec.freeze.rows);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(1, spec.freeze.rows), spec.freeze.cols));
  }
  if (spec.filterRow !== undefined && spec.rows.length > spec.filterRow) {
    ws.autoFilter.apply(ws.getRangeByIndexes(spec.filterRow, 0, spec.rows.length - spec.filterRow, width));
  }
  if (spec.print) queuePrint(ws, spec, width);
  if (spec.tabColor) ws.tabColor = hex(spec.tabColor);
}

function queueValidations(ws: XlWorksheet, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) {
    const dv = rangeOf(ws, v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    dv.ignoreBlanks = v.allowBlank ?? true;
    if (v.prompt) dv.prompt = { message: v.prompt, showPrompt: true, title: 'Pathway' };
  }
}

/** RAG colours as "cell value equals text" rules, so a user's later edit recolours the cell. */
function queueConditional(ws: XlWorksheet, spec: SheetSpec): void {
  for (const rule of spec.conditional ?? []) {
    const cf = rangeOf(ws, rule.range).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = hex(rule.fill);
    if (rule.fontColor) cf.cellValue.format.font.color = hex(rule.fontColor);
    cf.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
  }
}

function queuePrint(ws: XlWorksheet, spec: SheetSpec, width: number): void {
  const p = spec.print!;
  ws.pageLayout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = 'A4';
  if (p.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight ?? 0 };
  // A break above each listed row (one queued call per break, e.g. per school, never per row).
  for (const row of p.rowBreaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
  if (p.repeatRows) ws.pageLayout.setPrintTitleRows(ws.getRange(`1:${p.repeatRows}`));
  if (p.repeatCols) ws.pageLayout.setPrintTitleColumns(ws.getRange(`A:${columnLetter(p.repeatCols - 1)}`));
  ws.pageLayout.setPrintArea(rangeOf(ws, printArea(spec)));
}
