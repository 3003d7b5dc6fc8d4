import { cellAddress, columnLetter } from '../../core/grid/address.js';
import type { Cell } from '../../core/grid/types.js';
import { neutralise } from '../../core/grid/neutralise.js';
import { printArea } from '../../core/sheets/print-area.js';
import type { CellStyle, SheetSpec } from '../../core/sheets/types.js';
import { rangeRef, toBox } from '../_lib/range-ref.js';
import type { StyleTable } from './styles.js';
import { escapeXml } from './xml-write.js';

/** Quote a sheet name for a formula or defined name: 'Pathway Schools'!$A$1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function specWidth(spec: SheetSpec): number {
  const widest = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return Math.max(widest, spec.columns?.length ?? 0);
}

/** Overlapping styled ranges merge property by property, later ranges winning (as every host does). */
function cellStyles(spec: SheetSpec): Map<number, Map<number, CellStyle>> {
  const perRow = new Map<number, Map<number, CellStyle>>();
  for (const s of spec.styles ?? []) {
    const b = toBox(s);
    for (let r = b.top; r <= b.bottom; r++) {
      let row = perRow.get(r);
      if (!row) perRow.set(r, (row = new Map()));
      for (let c = b.left; c <= b.right; c++) row.set(c, { ...row.get(c), ...s.style });
    }
  }
  return perRow;
}

function cellXml(ref: string, v: Cell, s: number): string {
  const style = s ? ` s="${s}"` : '';
  if (v === null || v === '') return s ? `<c r="${ref}"${style}/>` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}"${style}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = escapeXml(v);
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

const INLINE_LIST_LIMIT = 255;

function inlineList(items: string[]): string | null {
  if (items.some((i) => i.includes(',') || i.includes('"'))) return null;
  const joined = items.join(',');
  return joined.length <= INLINE_LIST_LIMIT ? `"${joined}"` : null;
}

export interface SheetXmlParts {
  xml: string;
  /** Defined names the workbook must hold for this sheet (print area, titles, filter). */
  definedNames: { name: string; value: string; hidden?: boolean }[];
}

/**
 * A whole SheetSpec as a worksheet part: values (text as inline strings, every one neutralised
 * again here, the last line before the file), styles, widths and heights, merges, freeze, filter,
 * drop-downs, conditional colours, print setup and the drawing that holds its charts.
 */
export function sheetXml(spec: SheetSpec, styles: StyleTable, drawingRelId: string | null): SheetXmlParts {
  const rowsIn = spec.rows.map((row) => row.map((v) => neutralise(v)));
  // Lists too long to write inline go into hidden columns past the spec's own, one each.
  const width = specWidth(spec);
  const validations: string[] = [];
  const hiddenCols: number[] = [];
  let nextCol = width + 1; // one spare column between the sheet and its lists, as before
  for (const v of spec.validations ?? []) {
    let formula = inlineList(v.list);
    if (formula === null) {
      const col = nextCol++;
      hiddenCols.push(col);
      v.list.forEach((item, i) => {
        while (rowsIn.length <= i) rowsIn.push([]);
        rowsIn[i]![col] = neutralise(item);
      });
      formula = `$${columnLetter(col)}$1:$${columnLetter(col)}$${Math.max(1, v.list.length)}`;
    }
    const prompt = v.prompt ? ` showInputMessage="1" prompt="${escapeXml(v.prompt)}"` : '';
    validations.push(`<dataValidation type="list" allowBlank="${v.allowBlank ?? true ? 1 : 0}" showErrorMessage="1" errorStyle="stop" error="Choose a value from the list."${prompt} sqref="${rangeRef(v.range)}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`);
  }
  const styled = cellStyles(spec);
  const heights = spec.rowHeights ?? {};
  const out: string[] = [];
  let height = rowsIn.length;
  for (const r of styled.keys()) if (r + 1 > height) height = r + 1;
  let maxCol = 0;
  for (let r = 0; r < height; r++) {
    const row = rowsIn[r] ?? [];
    const rowStyles = styled.get(r);
    const cols = Math.max(row.length, rowStyles ? Math.max(...rowStyles.keys()) + 1 : 0);
    let cells = '';
    for (let c = 0; c < cols; c++) {
      const style = rowStyles?.get(c);
      const xml = cellXml(cellAddress(r, c), row[c] ?? null, style ? styles.xf(style) : 0);
      if (xml) {
        cells += xml;
        if (c + 1 > maxCol) maxCol = c + 1;
      }
    }
    const ht = heights[r];
    const rowAttrs = ht !== undefined ? ` ht="${ht}" customHeight="1"` : '';
    if (cells || rowAttrs) out.push(`<row r="${r + 1}"${rowAttrs}>${cells}</row>`);
  }
  // Heights for rows past the values (rare) still need a row element.
  for (const [r, ht] of Object.entries(heights)) {
    if (Number(r) >= height) out.push(`<row r="${Number(r) + 1}" ht="${ht}" customHeight="1"/>`);
  }

  const parts: string[] = [];
  const print = spec.print;
  const sheetPr = `${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.replace(/^#/, '').toUpperCase()}"/>` : ''}${print?.fitToWidth !== undefined || print?.fitToHeight !== undefined ? '<pageSetUpPr fitToPage="1"/>' : ''}`;
  if (sheetPr) parts.push(`<sheetPr>${sheetPr}</sheetPr>`);
  const lastRow = Math.max(1, height);
  parts.push(`<dimension ref="A1${maxCol > 0 ? `:${cellAddress(lastRow - 1, maxCol - 1)}` : ''}"/>`);
  const f = spec.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    parts.push(`<sheetViews><sheetView workbookViewId="0"><pane${f.cols ? ` xSplit="${f.cols}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''} topLeftCell="${cellAddress(f.rows, f.cols)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`);
  } else {
    parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const colXml: string[] = [];
  (spec.columns ?? []).forEach((c, i) => {
    if (c.width === undefined && !c.hidden) return;
    colXml.push(`<col min="${i + 1}" max="${i + 1}"${c.width !== undefined ? ` width="${c.width}" customWidth="1"` : ' width="8.43"'}${c.hidden ? ' hidden="1"' : ''}/>`);
  });
  for (const col of hiddenCols) colXml.push(`<col min="${col + 1}" max="${col + 1}" width="8.43" hidden="1"/>`);
  if (colXml.length) parts.push(`<cols>${colXml.join('')}</cols>`);
  parts.push(`<sheetData>${out.join('')}</sheetData>`);

  const definedNames: SheetXmlParts['definedNames'] = [];
  const q = quoteSheet(spec.name);
  if (spec.filterRow !== undefined && width > 0) {
    const last = Math.max(spec.filterRow, spec.rows.length - 1);
    const ref = rangeRef({ row: spec.filterRow, col: 0, rows: last - spec.filterRow + 1, cols: width });
    parts.push(`<autoFilter ref="${ref}"/>`);
    definedNames.push({ name: '_xlnm._FilterDatabase', value: `${q}!${absolute(ref)}`, hidden: true });
  }
  const merges = (spec.merges ?? []).filter((m) => (m.rows ?? 1) > 1 || (m.cols ?? 1) > 1);
  if (merges.length) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`);
  (spec.conditional ?? []).forEach((rule, i) => {
    const box = toBox(rule.range);
    const formula = `${cellAddress(box.top, box.left)}="${rule.equals.replace(/"/g, '""')}"`;
    parts.push(`<conditionalFormatting sqref="${rangeRef(rule.range)}"><cfRule type="expression" dxfId="${styles.dxf(rule)}" priority="${i + 1}"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`);
  });
  if (validations.length) parts.push(`<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (print) {
    const fit = print.fitToWidth !== undefined || print.fitToHeight !== undefined ? ` fitToWidth="${print.fitToWidth ?? 1}" fitToHeight="${print.fitToHeight ?? 0}"` : '';
    parts.push(`<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`);
    const breaks = (print.rowBreaks ?? []).filter((r) => r > 0);
    if (breaks.length) parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
    const area = toBox(printArea(spec));
    definedNames.push({ name: '_xlnm.Print_Area', value: `${q}!$${columnLetter(area.left)}$${area.top + 1}:$${columnLetter(area.right)}$${area.bottom + 1}` });
    const titles: string[] = [];
    if (print.repeatCols) titles.push(`${q}!$A:$${columnLetter(print.repeatCols - 1)}`);
    if (print.repeatRows) titles.push(`${q}!$1:$${print.repeatRows}`);
    if (titles.length) definedNames.push({ name: '_xlnm.Print_Titles', value: titles.join(',') });
  }
  if (drawingRelId) parts.push(`<drawing r:id="${drawingRelId}"/>`);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${parts.join('')}</worksheet>`;
  return { xml, definedNames };
}

function absolute(ref: string): string {
  return ref.split(':').map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')).join(':');
}
