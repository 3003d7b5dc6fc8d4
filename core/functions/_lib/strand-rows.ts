import type { Safeguarding, StrandScores } from '../../categorise/judge-phase.js';
import { STRAND_WORDS } from '../../categorise/_lib/words.js';
import { DEFAULT_SETTINGS } from '../../settings/defaults.js';
import type { Settings } from '../../settings/types.js';
import { OPTIONAL_STRANDS, STRANDS, type AnyStrandKey } from '../../tracker/types.js';
import type { FunctionError } from '../types.js';
import { fail, grid, isBad, place, toSafeguarding, toStrand } from './args.js';

export interface StrandRow {
  strands: StrandScores;
  safeguarding: Safeguarding;
}

/** The rows, and the framework's default settings with the optional strands the width turned on. */
export interface StrandRows {
  rows: StrandRow[];
  settings: Settings;
}

const ORDER = 'leadership, governance, staffing, attendance, finance, outcomes, teaching & CPD, behaviour';

/**
 * The widths a strands argument may have: the eight; the eight and inclusion; the eight,
 * inclusion and personal development (decision 0214: the optional strands come after the eight
 * in that order, as they do on Pathway Schools). A trust keeping only personal development leaves
 * the inclusion cell blank, which is an unknown strand and changes nothing.
 */
const WIDTHS: ReadonlyMap<number, readonly AnyStrandKey[]> = new Map<number, readonly AnyStrandKey[]>([
  [STRANDS.length, STRANDS],
  [STRANDS.length + 1, [...STRANDS, OPTIONAL_STRANDS[0]]],
  [STRANDS.length + 2, [...STRANDS, ...OPTIONAL_STRANDS]],
]);

function settingsFor(keys: readonly AnyStrandKey[]): Settings {
  if (keys.length === STRANDS.length) return DEFAULT_SETTINGS;
  const optionalStrands = { ...DEFAULT_SETTINGS.optionalStrands };
  for (const k of OPTIONAL_STRANDS) if (keys.includes(k)) optionalStrands[k] = 'yes';
  return { ...DEFAULT_SETTINGS, optionalStrands };
}

/**
 * The strands argument as one school (a row or column of 8, 9 or 10 cells) or several (rows of
 * the same width), with safeguarding as one cell for all or one cell per row.
 */
export function readStrandRows(fn: string, strandsArg: unknown, safeguardingArg: unknown): StrandRows | FunctionError {
  const g = grid(strandsArg);
  const cols = g[0]?.length ?? 0;
  let rows: unknown[][];
  if (WIDTHS.has(g.length) && g.every((r) => r.length === 1)) rows = [g.map((r) => r[0])];
  else if (g.length > 0 && WIDTHS.has(cols) && g.every((r) => r.length === cols)) rows = g;
  else {
    return fail(
      `PATHWAY.${fn} needs the 8 strands in this order: ${ORDER}; then, if the trust keeps them, inclusion (9 cells) and personal development (10 cells). As one row or column, or several rows of the same width. It got ${g.length} × ${cols}.`,
    );
  }
  const keys = WIDTHS.get(rows[0]?.length ?? 0) ?? STRANDS;
  const sg = readSafeguarding(fn, safeguardingArg, rows.length);
  if (!Array.isArray(sg)) return sg;
  const out: StrandRow[] = [];
  for (const [r, row] of rows.entries()) {
    const strands: StrandScores = {};
    for (const [c, key] of keys.entries()) {
      const v = toStrand(row[c]);
      if (isBad(v)) return fail(`PATHWAY.${fn}: ${STRAND_WORDS[key]} (${place(r, c, rows.length, keys.length)} of the strands) is ${v.bad}; use 1–4, Stabilise, Repair, Improve or Sustain, or leave it blank.`);
      strands[key] = v;
    }
    out.push({ strands, safeguarding: sg[r] ?? null });
  }
  return { rows: out, settings: settingsFor(keys) };
}

function readSafeguarding(fn: string, arg: unknown, n: number): Safeguarding[] | FunctionError {
  const cells = grid(arg).flat();
  if (cells.length > 1 && cells.length !== n) {
    return fail(`PATHWAY.${fn}: safeguarding should be one cell, or one cell per row of strands (${n}); it got ${cells.length}.`);
  }
  const out: Safeguarding[] = [];
  for (let i = 0; i < n; i++) {
    const v = toSafeguarding(cells.length === 1 ? cells[0] : cells[i]);
    if (isBad(v)) return fail(`PATHWAY.${fn}: safeguarding is ${v.bad}; use "effective" or "not effective", or leave it blank.`);
    out.push(v);
  }
  return out;
}
