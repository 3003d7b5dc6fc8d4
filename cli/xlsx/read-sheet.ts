import type { Cell, Grid } from '../../core/grid/types.js';
import { decodeXml, stringItemText } from './xml-text.js';

/** Days between the 1904 and 1900 date systems' day 0: a 1904 workbook's serials are this much smaller. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
const EPOCH_OFFSET_DAYS = 25_569; // 1899-12-30 to 1970-01-01

export interface SheetReadContext {
  sharedStrings: () => string[];
  date1904: boolean;
}

/** "BC12" → zero-based [row, col]; null for a malformed reference. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return null;
  return [row - 1, col - 1];
}

function attrOf(attrs: string, name: string): string | undefined {
  // Cell and row attributes are short and unprefixed: a plain scan is faster than a RegExp per cell.
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) {
    const single = attrs.indexOf(` ${name}='`);
    if (single < 0) return undefined;
    return attrs.slice(single + name.length + 3, attrs.indexOf("'", single + name.length + 3));
  }
  const start = at + name.length + 3;
  return attrs.slice(start, attrs.indexOf('"', start));
}

const PREFIXED: Record<string, RegExp> = {
  v: /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/,
  is: /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/,
};

function innerOf(body: string, tag: 'v' | 'is'): string | undefined {
  // The common case, <v>…</v>, by indexOf; prefixes and attributes through the RegExp.
  const open = body.indexOf(`<${tag}>`);
  if (open >= 0) {
    const close = body.indexOf(`</${tag}>`, open);
    if (close >= 0) return body.slice(open + tag.length + 2, close);
  }
  return PREFIXED[tag]!.exec(body)?.[1];
}

/** An ISO date-time (t="d" cells) as a 1900-system serial. */
function isoToSerial(iso: string): Cell {
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}${iso.includes('T') ? '' : 'T00:00:00'}Z`);
  if (Number.isNaN(t)) return null;
  return Math.round((t / MS_PER_DAY + EPOCH_OFFSET_DAYS) * MS_PER_DAY) / MS_PER_DAY;
}

function cellValue(type: string | undefined, body: string, ctx: SheetReadContext): Cell {
  if (type === 'inlineStr') {
    const is = innerOf(body, 'is');
    const text = is === undefined ? '' : stringItemText(is);
    return text === '' ? null : text;
  }
  const v = innerOf(body, 'v');
  if (v === undefined) return null; // a formula never calculated has no cached value: blank, as before
  switch (type) {
    case 's': {
      const text = ctx.sharedStrings()[Number(v)] ?? '';
      return text === '' ? null : text;
    }
    case 'str':
    case 'e': {
      const text = decodeXml(v);
      return text === '' ? null : text;
    }
    case 'b':
      return v.trim() === '1' || v.trim() === 'true';
    case 'd':
      return isoToSerial(v.trim());
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) return null;
      return n;
    }
  }
}

/** Values of a date-formatted cell in a 1904 workbook are moved to the 1900 system the core uses. */
function isDateStyle(style: string | undefined, dateStyles: ReadonlySet<number>): boolean {
  return style !== undefined && dateStyles.has(Number(style));
}

/**
 * A worksheet part's cells as the core's Grid: the used range from A1, values only (formulas as
 * their cached results, strings shared, inline or rich as plain text, booleans, errors as their
 * text, dates as 1900-system serials), a merged range's value in its first cell only.
 */
export function readSheetXml(xml: string, ctx: SheetReadContext, dateStyles: ReadonlySet<number> = new Set()): Grid {
  const rows: (Cell[] | undefined)[] = [];
  let width = 0;
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  if (start >= 0 && end > start) {
    const data = xml.slice(start, end);
    const re = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>/g;
    let row = -1;
    let col = -1;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const attrs = m[2]!;
      if (m[1] === 'row') {
        const r = attrOf(attrs, 'r');
        row = r === undefined ? row + 1 : Number(r) - 1;
        col = -1;
        continue;
      }
      let body = '';
      if (m[3] !== '/') {
        // The cell's body runs to its own </c> (or </x:c>); its children never contain one.
        const tag = /^<([\w.:-]+)/.exec(m[0])![1]!;
        const cEnd = data.indexOf(`</${tag}>`, re.lastIndex);
        if (cEnd < 0) break;
        body = data.slice(re.lastIndex, cEnd);
        re.lastIndex = cEnd;
      }
      const ref = attrOf(attrs, 'r');
      const at = ref ? parseRef(ref) : null;
      if (at) {
        if (row < 0) row = at[0];
        col = at[1];
        row = at[0];
      } else {
        col += 1;
        if (row < 0) row = 0;
      }
      if (body === '') continue;
      let v = cellValue(attrOf(attrs, 't'), body, ctx);
      if (v === null) continue;
      if (ctx.date1904 && typeof v === 'number' && attrOf(attrs, 't') !== 'd' && isDateStyle(attrOf(attrs, 's'), dateStyles)) v += DAYS_1904;
      const line = (rows[row] ??= []);
      line[col] = v;
      if (col + 1 > width) width = col + 1;
    }
    for (const ref of mergedRanges(xml)) {
      for (let r = ref.top; r <= ref.bottom; r++) {
        const line = rows[r];
        if (!line) continue;
        for (let c = ref.left; c <= ref.right; c++) if (r !== ref.top || c !== ref.left) line[c] = null;
      }
    }
  }
  let height = rows.length;
  while (height > 0 && !(rows[height - 1] ?? []).some((v) => v !== null && v !== undefined)) height--;
  let used = 0;
  for (let r = 0; r < height; r++) {
    const line = rows[r];
    if (!line) continue;
    for (let c = line.length - 1; c >= used; c--) if (line[c] !== null && line[c] !== undefined) { used = c + 1; break; }
  }
  width = Math.min(width, used);
  const grid: Grid = new Array(height);
  for (let r = 0; r < height; r++) {
    const line = rows[r];
    const out = new Array<Cell>(width);
    for (let c = 0; c < width; c++) out[c] = line?.[c] ?? null;
    grid[r] = out;
  }
  return grid;
}

interface Box { top: number; left: number; bottom: number; right: number }

function mergedRanges(xml: string): Box[] {
  const at = xml.indexOf('<mergeCells');
  if (at < 0) return [];
  const out: Box[] = [];
  const re = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?"/g;
  re.lastIndex = at;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = parseRef(m[1]!);
    const b = parseRef(m[2] ?? m[1]!);
    if (a && b) out.push({ top: Math.min(a[0], b[0]), left: Math.min(a[1], b[1]), bottom: Math.max(a[0], b[0]), right: Math.max(a[1], b[1]) });
  }
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  if (/general/i.test(bare) && !/[dmyhs]/i.test(bare.replace(/general/gi, ''))) return false;
  return /[dmyhs]/i.test(bare);
}

/** The cell style indexes (cellXfs) whose number format is a date or time, from styles.xml. */
export function dateStyleIndexes(stylesXml: string | null): Set<number> {
  const out = new Set<number>();
  if (!stylesXml) return out;
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g)) custom.set(Number(m[1]), decodeXml(m[2]!));
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) out.add(i);
    i++;
  }
  return out;
}
