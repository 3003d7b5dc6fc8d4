import type { Style } from 'exceljs';
import type { CellStyle } from '../../core/sheets/types.js';

/** "c6efce" → "FFC6EFCE": ExcelJS wants opaque ARGB. */
export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '').toUpperCase();
  return clean.length === 8 ? clean : `FF${clean}`;
}

function font(style: CellStyle): Partial<Style>['font'] | undefined {
  if (style.bold === undefined && style.italic === undefined && style.fontColor === undefined) return undefined;
  return {
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
}

function alignment(style: CellStyle): Partial<Style>['alignment'] | undefined {
  if (style.wrap === undefined && style.align === undefined && style.valign === undefined) return undefined;
  return {
    ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    ...(style.align ? { horizontal: style.align } : {}),
    ...(style.valign ? { vertical: style.valign } : {}),
  };
}

/** The spec's small style vocabulary → an ExcelJS cell style (only the parts the spec sets). */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  const f = font(style);
  if (f) out.font = f;
  const a = alignment(style);
  if (a) out.alignment = a;
  if (style.numFmt) out.numFmt = style.numFmt;
  if (style.border) {
    const side = { style: style.border, color: { argb: 'FF808080' } } as const;
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  return out;
}
