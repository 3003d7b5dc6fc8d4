import type { CellRange, CellStyle, SheetSpec } from '../core/sheets/types.js';

/**
 * A SheetSpec's styles compiled into the 2-D arrays Apps Script's Range setters take, so each
 * attribute is one service call however many rows the sheet has (goal P4). Each array covers
 * only the bounding box of the ranges that set that attribute, filled with Sheets' defaults.
 */
export interface FormatBlock<T> {
  /** Zero-based top-left of the block inside the sheet. */
  row: number;
  col: number;
  values: T[][];
}

export interface CompiledFormats {
  backgrounds?: FormatBlock<string | null>;
  fontColors?: FormatBlock<string>;
  fontWeights?: FormatBlock<'bold' | 'normal'>;
  fontStyles?: FormatBlock<'italic' | 'normal'>;
  wraps?: FormatBlock<boolean>;
  horizontal?: FormatBlock<'left' | 'center' | 'right' | null>;
  vertical?: FormatBlock<'top' | 'middle' | 'bottom'>;
  /** Always the whole written block: text cells are marked as text so Sheets never re-parses them. */
  numberFormats: FormatBlock<string>;
  /** A1 ranges per border weight, for one RangeList call each. */
  borders: { thin: CellRange[]; medium: CellRange[] };
}

/** Sheets' "Automatic" format, and "Plain text" (decision 0601). */
export const AUTOMATIC_FORMAT = 'General';
export const TEXT_FORMAT = '@';

interface Painter<T> {
  pick(style: CellStyle): T | undefined;
  fallback: T;
}

function extent(r: CellRange): { r0: number; c0: number; r1: number; c1: number } {
  return { r0: r.row, c0: r.col, r1: r.row + (r.rows ?? 1) - 1, c1: r.col + (r.cols ?? 1) - 1 };
}

function paint<T>(spec: SheetSpec, painter: Painter<T>): FormatBlock<T> | undefined {
  const ranges = (spec.styles ?? []).filter((s) => painter.pick(s.style) !== undefined);
  if (ranges.length === 0) return undefined;
  const boxes = ranges.map(extent);
  const r0 = Math.min(...boxes.map((b) => b.r0));
  const c0 = Math.min(...boxes.map((b) => b.c0));
  const r1 = Math.max(...boxes.map((b) => b.r1));
  const c1 = Math.max(...boxes.map((b) => b.c1));
  const values = Array.from({ length: r1 - r0 + 1 }, () => Array<T>(c1 - c0 + 1).fill(painter.fallback));
  ranges.forEach((s, i) => {
    const value = painter.pick(s.style) as T;
    const b = boxes[i]!;
    for (let r = b.r0; r <= b.r1; r++) {
      const line = values[r - r0]!;
      for (let c = b.c0; c <= b.c1; c++) line[c - c0] = value;
    }
  });
  return { row: r0, col: c0, values };
}

const hex = (colour: string | undefined): string | undefined => (colour ? `#${colour}` : undefined);

function numberFormats(spec: SheetSpec, width: number): FormatBlock<string> {
  const formats = spec.rows.map((row) =>
    Array.from({ length: width }, (_, c): string => (typeof row[c] === 'string' ? TEXT_FORMAT : AUTOMATIC_FORMAT)),
  );
  for (const s of spec.styles ?? []) {
    if (!s.style.numFmt) continue;
    const b = extent(s);
    for (let r = b.r0; r <= Math.min(b.r1, formats.length - 1); r++) {
      const line = formats[r]!;
      // A number format on a text cell would let Sheets re-read the text; text stays text.
      for (let c = b.c0; c <= Math.min(b.c1, width - 1); c++) if (line[c] !== TEXT_FORMAT) line[c] = s.style.numFmt;
    }
  }
  return { row: 0, col: 0, values: formats };
}

export function specWidth(spec: SheetSpec): number {
  return Math.max(1, spec.columns?.length ?? 0, ...spec.rows.map((r) => r.length));
}

export function compileFormats(spec: SheetSpec): CompiledFormats {
  const width = specWidth(spec);
  const borders = { thin: [] as CellRange[], medium: [] as CellRange[] };
  for (const s of spec.styles ?? []) if (s.style.border) borders[s.style.border].push(s);
  const compiled: CompiledFormats = { numberFormats: numberFormats(spec, width), borders };
  const set = <K extends keyof CompiledFormats>(key: K, block: CompiledFormats[K] | undefined): void => {
    if (block) compiled[key] = block;
  };
  set('backgrounds', paint<string | null>(spec, { pick: (s) => hex(s.fill), fallback: null }));
  set('fontColors', paint(spec, { pick: (s) => hex(s.fontColor), fallback: '#000000' }));
  set('fontWeights', paint<'bold' | 'normal'>(spec, { pick: (s) => (s.bold === undefined ? undefined : s.bold ? 'bold' : 'normal'), fallback: 'normal' }));
  set('fontStyles', paint<'italic' | 'normal'>(spec, { pick: (s) => (s.italic === undefined ? undefined : s.italic ? 'italic' : 'normal'), fallback: 'normal' }));
  set('wraps', paint(spec, { pick: (s) => s.wrap, fallback: false }));
  set('horizontal', paint<'left' | 'center' | 'right' | null>(spec, { pick: (s) => s.align, fallback: null }));
  set('vertical', paint<'top' | 'middle' | 'bottom'>(spec, { pick: (s) => s.valign, fallback: 'bottom' }));
  return compiled;
}
