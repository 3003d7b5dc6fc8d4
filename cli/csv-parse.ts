import type { Cell, Grid } from '../core/grid/types.js';

const QUOTE = 34; // "
const COMMA = 44;
const CR = 13;
const LF = 10;

interface ParseState {
  rows: string[][];
  row: string[];
  field: string;
  /** The current field has content or an opening quote: a later quote is a plain character. */
  started: boolean;
  /** Something since the last line end, so end of input closes a row ("a," ends with an empty field). */
  pending: boolean;
}

function endField(s: ParseState): void {
  s.row.push(s.field);
  s.field = '';
  s.started = false;
}

function endRow(s: ParseState): void {
  endField(s);
  s.rows.push(s.row);
  s.row = [];
  s.pending = false;
}

/** Read a quoted field starting after its opening quote; returns the index after the closing quote. */
function readQuoted(text: string, start: number, s: ParseState): number {
  let i = start;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      if (text.charCodeAt(i + 1) === QUOTE) {
        s.field += '"';
        i += 2;
        continue;
      }
      return i + 1;
    }
    s.field += text[i];
    i += 1;
  }
  return i; // unterminated: keep what there is rather than fail
}

function lastFilled(row: Cell[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (row[c] !== null) return c;
  return -1;
}

function toGrid(rows: string[][]): Grid {
  const cells: Cell[][] = rows.map((r) => r.map((v) => (v === '' ? null : v)));
  // Trailing blank rows and columns are outside the used range, as in a workbook.
  while (cells.length > 0 && cells[cells.length - 1]!.every((v) => v === null)) cells.pop();
  const width = cells.reduce((w, r) => Math.max(w, lastFilled(r) + 1), 0);
  return cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

/**
 * RFC 4180 CSV → Grid. Accepts CRLF, LF or CR line ends, a leading byte-order mark, quoted
 * fields with doubled quotes and embedded line breaks. Every value stays text (the core's
 * parsers decide what "85%" or "01/04/2018" mean); empty fields are null. Never throws:
 * a stray quote inside an unquoted field is kept as a character, an unclosed quote runs to the end.
 */
export function parseCsv(input: string): Grid {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const s: ParseState = { rows: [], row: [], field: '', started: false, pending: false };
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === CR || ch === LF) {
      endRow(s);
      i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      continue;
    }
    s.pending = true;
    if (ch === QUOTE && !s.started) {
      s.started = true;
      i = readQuoted(text, i + 1, s);
    } else if (ch === COMMA) {
      endField(s);
      i += 1;
    } else {
      s.field += text[i];
      s.started = true;
      i += 1;
    }
  }
  if (s.pending) endRow(s);
  return toGrid(s.rows);
}
