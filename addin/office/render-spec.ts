import { columnLetter } from '../../core/grid/address.js';
import type { Cell } from '../../core/grid/types.js';
import { neutralise } from '../../core/grid/neutralise.js';
import type { CellRange, CellStyle, ChartSpec, SheetSpec } from '../../core/sheets/types.js';
import type { XlChartSeries, XlRange, XlWorksheet } from './excel-model.js';

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
  queueValidations(ws, spec);
  queueConditional(ws, spec);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    if (spec.freeze.cols === 0) ws.freezePanes.freezeRows(spec.freeze.rows);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(1, spec.freeze.rows), spec.freeze.cols));
  }
  if (spec.filterRow !== undefined && spec.rows.length > spec.filterRow) {
    ws.autoFilter.apply(ws.getRangeByIndexes(spec.filterRow, 0, spec.rows.length - spec.filterRow, width));
  }
  queueRowHeights(ws, spec);
  if (spec.print) queuePrint(ws, spec, width);
  queueCharts(ws, spec);
  if (spec.tabColor) ws.tabColor = hex(spec.tabColor);
}

/** Row heights by runs of equal height: one Range per run, never per cell (P3). */
function queueRowHeights(ws: XlWorksheet, spec: SheetSpec): void {
  const rows = Object.keys(spec.rowHeights ?? {}).map(Number).sort((a, b) => a - b);
  for (let i = 0; i < rows.length; ) {
    const start = rows[i]!;
    const h = spec.rowHeights![start]!;
    let n = 1;
    while (rows[i + n] === start + n && spec.rowHeights![start + n] === h) n++;
    ws.getRangeByIndexes(start, 0, n, 1).format.rowHeight = h;
    i += n;
  }
}

const CHART_TYPES: Record<ChartSpec['kind'], string> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'LineMarkers' };

/** Native charts over the sheet's own cells (`worksheet.charts.add`), queued with the rest: no sync per chart. */
function queueCharts(ws: XlWorksheet, spec: SheetSpec): void {
  for (const [i, c] of (spec.charts ?? []).entries()) {
    const [first, ...rest] = c.series;
    if (!first) continue;
    const chart = ws.charts.add(CHART_TYPES[c.kind], rangeOf(ws, first.values), 'Columns');
    chart.name = `Pathway chart ${i + 1}`;
    chart.title.text = c.title;
    const a = c.anchor;
    chart.setPosition(ws.getRangeByIndexes(a.row, a.col, 1, 1), ws.getRangeByIndexes(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1));
    const style = (s: XlChartSeries, from: ChartSpec['series'][number]) => {
      s.name = from.name;
      s.setXAxisValues(rangeOf(ws, c.categories));
      if (from.color) {
        if (c.kind === 'line') s.format.line.color = hex(from.color);
        else s.format.fill.setSolidColor(hex(from.color));
      }
    };
    style(chart.series.getItemAt(0), first);
    for (const s of rest) {
      const added = chart.series.add(s.name);
      added.setValues(rangeOf(ws, s.values));
      style(added, s);
    }
    if (c.yAxis?.min !== undefined) chart.axes.valueAxis.minimum = c.yAxis.min;
    if (c.yAxis?.max !== undefined) chart.axes.valueAxis.maximum = c.yAxis.max;
    if (c.yAxis?.numFmt) chart.axes.valueAxis.numberFormat = c.yAxis.numFmt;
    if (c.yAxis?.title) chart.axes.valueAxis.title.text = c.yAxis.title;
  }
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
  if (p.fitToWidth || p.fitToHeight) ws.pageLayout.zoom = { horizontalFitToPages: p.fitToWidth ?? 0, verticalFitToPages: p.fitToHeight ?? 0 };
  if (p.repeatRows) ws.pageLayout.setPrintTitleRows(ws.getRange(`1:${p.repeatRows}`));
  const area = p.area ?? { row: 0, col: 0, rows: Math.max(1, spec.rows.length), cols: width };
  ws.pageLayout.setPrintArea(rangeOf(ws, area));
}
