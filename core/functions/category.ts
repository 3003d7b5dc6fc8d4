import { categoryFor } from '../categorise/category-for.js';
import { judgePhase } from '../categorise/judge-phase.js';
import type { FunctionDef } from './types.js';
import { readStrandRows } from './_lib/strand-rows.js';

/** =PATHWAY.CATEGORY(strands, [safeguarding]): the trust category A–E. */
export const CATEGORY: FunctionDef = {
  id: 'CATEGORY',
  description:
    'Trust category A–E from the eight strands (and inclusion and personal development, when given) (via the phase), using the framework’s default rules; "Insufficient evidence" when fewer than 4 strands are known. Several rows of strands give a column of categories.',
  params: [
    { name: 'strands', description: 'The 8 strands in order: leadership, governance, staffing, attendance, finance, outcomes, teaching & CPD, behaviour; then inclusion and personal development if the trust keeps them (9 or 10 cells). Each 1–4 or a phase name; blank = unknown.', type: 'any', dimensionality: 'matrix' },
    { name: 'safeguarding', description: '"effective" or "not effective" (one cell, or one per row); blank = not recorded.', type: 'any', dimensionality: 'matrix', optional: true },
  ],
  result: { type: 'string', dimensionality: 'matrix' },
  example: '=PATHWAY.CATEGORY(B2:I2, J2) with 4, 4, 3, 4, 3, 4, 3, 3 and "effective" → B',
  impl: (strands, safeguarding) => {
    const read = readStrandRows('CATEGORY', strands, safeguarding);
    if ('error' in read) return read;
    const { rows, settings } = read;
    const cats = rows.map((r) => categoryFor(judgePhase(r.strands, r.safeguarding, settings).phase, r.strands, settings) ?? 'Insufficient evidence');
    return cats.length === 1 ? (cats[0] as string) : cats.map((c) => [c]);
  },
};
