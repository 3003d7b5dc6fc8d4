import type { Safeguarding, StrandScores } from '../../categorise/judge-phase.js';
import { STRANDS } from '../../tracker/types.js';
import type { FunctionError } from '../types.js';
import { fail, grid, isBad, place, toSafeguarding, toStrand } from './args.js';

export interface StrandRow {
  strands: StrandScores;
  safeguarding: Safeguarding;
}

const ORDER = 'leadership, governance, staffing, attendance, finance, outcomes, teaching & CPD, behaviour';

/**
 * The strands argument as one school (a row or column of 8 cells) or several (rows of 8), with
 * safeguarding as one cell for all or one cell per row.
 */
export function readStrandRows(fn: string, strandsArg: unknown, safeguardingArg: unknown): StrandRow[] | FunctionError {
  const g = grid(strandsArg);
  const cols = g[0]?.length ?? 0;
  let rows: unknown[][];
  if (g.length === STRANDS.length && g.every((r) => r.length === 1)) rows = [g.map((r) => r[0])];
  else if (g.length > 0 && cols === STRANDS.length && g.every((r) => r.length === cols)) rows = g;
  else return fail(`PATHWAY.${fn} needs the 8 strands in this order: ${ORDER}; as one row or column of 8 cells, or several rows of 8. It got ${g.length} × ${cols}.`);
  const sg = readSafeguarding(fn, safeguardingArg, rows.length);
  if (!Array.isArray(sg)) return sg;
  const out: StrandRow[] = [];
  for (const [r, row] of rows.entries()) {
    const strands: StrandScores = {};
    for (const [c, key] of STRANDS.entries()) {
      const v = toStrand(row[c]);
      if (isBad(v)) return fail(`PATHWAY.${fn}: ${key} (${place(r, c, rows.length, STRANDS.length)} of the strands) is ${v.bad}; use 1–4, Stabilise, Repair, Improve or Sustain, or leave it blank.`);
      strands[key] = v;
    }
    out.push({ strands, safeguarding: sg[r] ?? null });
  }
  return out;
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
