import { bandPosition } from '../categorise/band-position.js';
import type { Cell } from '../grid/types.js';
import type { FunctionDef, FunctionError, FunctionResult } from './types.js';
import { fail, grid, isBad, place, toNumber } from './_lib/args.js';

const ARGS = ['value', 'floor', 'coasting', 'national', 'top15'] as const;

/** =PATHWAY.BANDPOSITION(value, floor, coasting, national, top15): where a value sits on the 0–3 band scale. */
export const BANDPOSITION: FunctionDef = {
  id: 'BANDPOSITION',
  description:
    'Band position p of a value against its four thresholds: 0 at floor, 1 at coasting, 2 at national, 3 at top 15 %, straight lines between, extended past the ends and kept within −1 to 4. Falling thresholds mean lower is better. Give a range of values to get a range of positions back.',
  params: [
    { name: 'value', description: 'The measure’s value, or a range of values; blank cells give blank results.', type: 'any', dimensionality: 'matrix' },
    { name: 'floor', description: 'Floor threshold (one cell, or a range the same shape as value).', type: 'any', dimensionality: 'matrix' },
    { name: 'coasting', description: 'Coasting threshold (one cell, or a range the same shape as value).', type: 'any', dimensionality: 'matrix' },
    { name: 'national', description: 'National average (one cell, or a range the same shape as value).', type: 'any', dimensionality: 'matrix' },
    { name: 'top15', description: 'Top 15 % threshold (one cell, or a range the same shape as value).', type: 'any', dimensionality: 'matrix' },
  ],
  result: { type: 'number', dimensionality: 'matrix' },
  example: '=PATHWAY.BANDPOSITION(75, 60, 65, 70, 80) → 2.5',
  impl: (...args) => bandPositions(args.slice(0, ARGS.length)),
};

function bandPositions(args: unknown[]): FunctionResult {
  const grids = ARGS.map((_, i) => grid(args[i]));
  const big = grids.find((g) => g.length * (g[0]?.length ?? 0) > 1);
  const rows = big?.length ?? 1;
  const cols = big?.[0]?.length ?? 1;
  for (const [i, g] of grids.entries()) {
    const single = g.length === 1 && g[0]?.length === 1;
    if (!single && (g.length !== rows || g.some((r) => r.length !== cols))) {
      return fail(`PATHWAY.BANDPOSITION: ${ARGS[i]} must be one cell or a range of ${rows} × ${cols} like the others; it is ${g.length} × ${g[0]?.length ?? 0}.`);
    }
  }
  const at = (g: unknown[][], r: number, c: number) => (g.length === 1 && g[0]?.length === 1 ? g[0][0] : g[r]?.[c]);
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < cols; c++) {
      const p = onePosition(grids.map((g) => at(g, r, c)), place(r, c, rows, cols), rows * cols > 1);
      if (typeof p === 'object' && p !== null) return p;
      row.push(p);
    }
    out.push(row);
  }
  return rows * cols === 1 ? (out[0]?.[0] ?? null) : out;
}

function onePosition(cells: unknown[], where: string, many: boolean): number | null | FunctionError {
  const nums: (number | null)[] = [];
  for (const [i, v] of cells.entries()) {
    const n = toNumber(v);
    if (isBad(n)) return fail(`PATHWAY.BANDPOSITION: ${ARGS[i]}${many ? ` (${where})` : ''} is ${n.bad}, not a number.`);
    nums.push(n);
  }
  const [value, floor, coasting, national, top15] = nums;
  if (value === null || value === undefined) return null;
  if ([floor, coasting, national, top15].some((t) => t === null || t === undefined)) {
    return fail(`PATHWAY.BANDPOSITION: a threshold is blank${many ? ` for ${where}` : ''}; floor, coasting, national and top 15 % are all needed.`);
  }
  const p = bandPosition(value, { floor: floor as number, coasting: coasting as number, national: national as number, top15: top15 as number });
  if (p === null) {
    return fail(`PATHWAY.BANDPOSITION: the thresholds${many ? ` for ${where}` : ''} (${floor}, ${coasting}, ${national}, ${top15}) must all rise, or all fall for a lower-is-better measure.`, '#NUM!');
  }
  return Math.round(p * 1e9) / 1e9;
}
