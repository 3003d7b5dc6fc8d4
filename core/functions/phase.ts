import { judgePhase } from '../categorise/judge-phase.js';
import type { FunctionDef } from './types.js';
import { readStrandRows } from './_lib/strand-rows.js';

/** =PATHWAY.PHASE(strands, [safeguarding]): the overall phase by the framework's default rules. */
export const PHASE: FunctionDef = {
  id: 'PHASE',
  description:
    'Overall phase (Stabilise, Repair, Improve, Sustain or Insufficient evidence) from the eight strands (and inclusion and personal development, when given), using the framework’s default rules. Several rows of strands give a column of phases.',
  params: [
    { name: 'strands', description: 'The 8 strands in order: leadership, governance, staffing, attendance, finance, outcomes, teaching & CPD, behaviour; then inclusion and personal development if the trust keeps them (9 or 10 cells). Each 1–4 or a phase name; blank = unknown.', type: 'any', dimensionality: 'matrix' },
    { name: 'safeguarding', description: '"effective" or "not effective" (one cell, or one per row); blank = not recorded.', type: 'any', dimensionality: 'matrix', optional: true },
  ],
  result: { type: 'string', dimensionality: 'matrix' },
  example: '=PATHWAY.PHASE(B2:I2, J2) with 3, 3, 2, 3, 3, 4, 3, 3 and "effective" → Improve',
  impl: (strands, safeguarding) => {
    const read = readStrandRows('PHASE', strands, safeguarding);
    if ('error' in read) return read;
    const phases = read.rows.map((r) => judgePhase(r.strands, r.safeguarding, read.settings).phase);
    return phases.length === 1 ? (phases[0] as string) : phases.map((p) => [p]);
  },
};
