import type { Worksheet } from 'exceljs';
import { cellAddress } from '../../core/grid/address.js';
import type { Cell } from '../../core/grid/types.js';
import { neutralise } from '../../core/grid/neutralise.js';
import type { CellStyle, PrintSetup, SheetSpec, StyledRange } from '../../core/sheets/types.js';
import { rangeRef, toBox } from './range-ref.js';
import { addConditionalColours, addValidations } from './render-rules.js';
import { toExcelStyle } from './render-style.js';

const A4 = 9; // OOXML paperSize code

function specWidth(spec: SheetSpec): number {
  const widest = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return Math.max(widest, spec.columns?.length ?? 0);
}

function writeValues(ws: Worksheet, rows: Cell[][]): void {
  // Every text is guarded here as well as in the core: the adapter is the last line before the file (R5).
  ws.addRows(rows.map((row) => row.map((v) => neutralise(v))));
}

/** Overlapping ranges merge property by property, later ranges winning, then each distinct style is built once. */
function applyStyles(ws: Worksheet, styled: StyledRange[]): void {
  const perCell = new Map<string, { row: number; col: number; style: CellStyle }>();
  for (const s of styled) {
    const b = toBox(s);
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const key = `${r},${c}`;
        const prev = perCell.get(key);
        perCell.set(key, { row: r, col: c, style: { ...prev?.style, ...s.style } });
      }
    }
  }
  const built = new Map<string, ReturnType<typeof toExcelStyle>>();
  for (const { row, col, style } of perCell.values()) {
    const key = JSON.stringify(style);
    let excelStyle = built.get(key);
    if (!excelStyle) {
      excelStyle = toExcelStyle(style);
      built.set(key, excelStyle);
    }
    // Shared by reference across cells: safe because nothing mutates a style after this point.
    ws.getCell(row + 1, col + 1).style = excelStyle;
  }
}

function applyLayout(ws: Worksheet, spec: SheetSpec, width: number): void {
  spec.columns?.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const m of spec.merges ?? []) {
    const b = toBox(m);
    if (b.bottom > b.top || b.right > b.left) ws.mergeCells(b.top + 1, b.left + 1, b.bottom + 1, b.right + 1);
  }
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    const { rows, cols } = spec.freeze;
    ws.views = [{ state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: cellAddress(rows, cols) }];
  }
  if (spec.filterRow !== undefined && width > 0) {
    const lastRow = Math.max(spec.filterRow, spec.rows.length - 1);
    ws.autoFilter = rangeRef({ row: spec.filterRow, col: 0, rows: lastRow - spec.filterRow + 1, cols: width });
  }
}

function applyPrint(ws: Worksheet, print: PrintSetup, spec: SheetSpec, width: number): void {
  const area = toBox(print.area ?? { row: 0, col: 0, rows: Math.max(1, spec.rows.length), cols: Math.max(1, width) });
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    // Always "first:last", even for one cell: ExcelJS splits the print area on the colon.
    printArea: `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`,
    ...(print.fitToWidth !== undefined || print.fitToHeight !== undefined
      ? { fitToPage: true, fitToWidth: print.fitToWidth ?? 0, fitToHeight: print.fitToHeight ?? 0 }
      : {}),
    ...(print.repeatRows ? { printTitlesRow: `1:${print.repeatRows}` } : {}),
  };
}

/** Render a whole SheetSpec onto an empty worksheet: values, layout, styles, rules and print setup. */
export function renderSheet(ws: Worksheet, spec: SheetSpec): void {
  const width = specWidth(spec);
  writeValues(ws, spec.rows);
  applyStyles(ws, spec.styles ?? []);
  applyLayout(ws, spec, width);
  addValidations(ws, spec.validations ?? [], width + 1);
  addConditionalColours(ws, spec.conditional ?? []);
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  if (spec.print) applyPrint(ws, spec.print, spec, width);
  for (const at of spec.print?.rowBreaks ?? []) if (at > 0) ws.getRow(at).addPageBreak();
}
