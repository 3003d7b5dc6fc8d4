import { cellText } from './cell-text.js';
import { parseNumber } from './parse-number.js';
import { fail, ok, type Parsed } from './parsed.js';
import type { Cell } from './types.js';

/**
 * How a column writes its percentages: `points` (85 means 85 %) or `fraction` (0.85 means 85 %,
 * what Excel stores behind a cell formatted as a percentage).
 */
export type PercentScale = 'points' | 'fraction';

const PERCENT_TEXT = /^(.*?)\s*(%|percent|per cent|pct)$/i;

/**
 * Read a percentage on the 0–100 scale Pathway uses. Text with a % sign ("85%", " 85 % ") is
 * always points; a bare number follows the column's scale (see `percentScale`), points by default.
 *
 * @example parsePercent(0.85, 'fraction') // { ok: true, value: 85 }
 */
export function parsePercent(cell: Cell, scale: PercentScale = 'points'): Parsed<number> {
  if (typeof cell === 'number' && Number.isFinite(cell)) return ok(scale === 'fraction' ? roundTiny(cell * 100) : cell);
  const text = typeof cell === 'string' ? cellText(cell) : '';
  const marked = PERCENT_TEXT.exec(text);
  if (marked) {
    const inner = parseNumber(marked[1] ?? '');
    return inner.ok ? inner : fail(`"${text}" is not a percentage`);
  }
  const plain = parseNumber(cell);
  if (!plain.ok) return plain;
  return ok(scale === 'fraction' ? roundTiny(plain.value * 100) : plain.value);
}

// 0.07 * 100 is 7.000000000000001 in binary floating point; trim the noise a user would see.
function roundTiny(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * Decide a column's scale from all its cells: `fraction` when every bare number lies between
 * −1 and 1 and at least one is not a whole number (so 0 / 1 flags stay points); else `points`.
 * Text with a % sign does not vote: it is unambiguous either way.
 */
export function percentScale(cells: readonly Cell[]): PercentScale {
  const bare = bareNumbers(cells);
  if (bare.length === 0) return 'points';
  const allSmall = bare.every((v) => Math.abs(v) <= 1);
  return allSmall && bare.some((v) => !Number.isInteger(v)) ? 'fraction' : 'points';
}

/**
 * Indexes of cells whose reading is in doubt: in a points column of non-negative values that
 * are otherwise at least 1, a bare value strictly between 0 and 1 may be a fraction typed by
 * mistake. Pathway keeps it as written and the caller warns.
 */
export function ambiguousPercents(cells: readonly Cell[]): number[] {
  if (percentScale(cells) === 'fraction') return [];
  const values = cells.map((c) => (PERCENT_TEXT.test(cellText(c)) ? null : parseNumber(c)));
  const numbers = values.flatMap((p) => (p?.ok ? [p.value] : []));
  if (numbers.some((v) => v < 0)) return [];
  const small = (v: number) => v > 0 && v < 1;
  if (!numbers.some((v) => v >= 1)) return [];
  return values.flatMap((p, i) => (p?.ok && small(p.value) ? [i] : []));
}

function bareNumbers(cells: readonly Cell[]): number[] {
  return cells.flatMap((c) => {
    if (typeof c === 'string' && PERCENT_TEXT.test(cellText(c))) return [];
    const p = parseNumber(c);
    return p.ok ? [p.value] : [];
  });
}
