import type { SchoolResult } from '../categorise/types.js';
import type { ExcellenceEntry } from '../forms/excellence.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Journey, Settings } from '../settings/types.js';
import { JOURNEY_NAMES, STRAND_LABELS, STRAND_PHASE_WORDS } from '../sheets/labels.js';
import { STRANDS, type EducationPhase, type StrandKey } from '../tracker/types.js';

/** Journeys describe the headline measure, so they make a school a giver or taker in outcomes. */
export const JOURNEY_STRAND: StrandKey = 'outcomes';
const GIVING_JOURNEYS: Journey[] = ['A', 'B', 'E', 'F', 'G'];
const TAKING_JOURNEYS: Journey[] = ['C', 'D', 'H'];

export interface Giver {
  key: string;
  school: string;
  phase: EducationPhase | null;
  days: number;
  /** Strand → why this school can lead it. */
  strands: Partial<Record<StrandKey, string>>;
}

export type Severity = 'C' | 'D' | 'E';

export interface Taker {
  key: string;
  school: string;
  phase: EducationPhase | null;
  /** The category its need follows: the agreed one when the annual review set one. */
  category: Severity;
  need: number;
  /** Strand → how weak it is (1 = the weakest: a strand at 1, or journey C or H) and why. */
  strands: Partial<Record<StrandKey, { level: 0 | 1; reason: string }>>;
}

export function schoolKey(r: { school: string; urn?: string | null }): string {
  return normaliseHeader(r.school);
}

const strandWords = (s: StrandKey, score: number) => `${STRAND_LABELS[s]} at ${score} (${STRAND_PHASE_WORDS[score] ?? ''})`;

function giverStrands(r: SchoolResult, excellence: readonly ExcellenceEntry[]): Partial<Record<StrandKey, string>> {
  const out: Partial<Record<StrandKey, string>> = {};
  for (const s of STRANDS) if (r.strands[s] === 4) out[s] = strandWords(s, 4);
  if (r.trajectory && GIVING_JOURNEYS.includes(r.trajectory) && !out[JOURNEY_STRAND]) {
    out[JOURNEY_STRAND] = `journey ${r.trajectory} (${JOURNEY_NAMES[r.trajectory]})`;
  }
  for (const e of excellence) {
    out[e.strand] ??= `area of excellence "${e.text.split('\n')[0]}" (form ${e.formId})`;
  }
  return out;
}

function takerStrands(r: SchoolResult): Taker['strands'] {
  const out: Taker['strands'] = {};
  for (const s of STRANDS) {
    const score = r.strands[s];
    if (score !== null && score !== undefined && score <= 2) out[s] = { level: score === 1 ? 1 : 0, reason: strandWords(s, score) };
  }
  if (r.trajectory && TAKING_JOURNEYS.includes(r.trajectory) && !out[JOURNEY_STRAND]) {
    out[JOURNEY_STRAND] = { level: r.trajectory === 'D' ? 0 : 1, reason: `journey ${r.trajectory} (${JOURNEY_NAMES[r.trajectory]})` };
  }
  return out;
}

/**
 * Givers and takers per strand (FRAMEWORK.md section 6). Givers: a strand at 4, journeys
 * A/B/E/F/G (outcomes), or an area of excellence on a form. Takers: a strand at 1 or 2, or journeys
 * C/D/H (outcomes), in a category with days of need (C, D, E by default).
 */
export function capacityRoles(results: SchoolResult[], excellence: ExcellenceEntry[], settings: Settings): { givers: Giver[]; takers: Taker[] } {
  const givers: Giver[] = [];
  const takers: Taker[] = [];
  // Areas of excellence by school, gathered once: thousands of forms, hundreds of schools.
  const excellenceOf = new Map<string, ExcellenceEntry[]>();
  for (const e of excellence) {
    const key = normaliseHeader(e.school);
    const list = excellenceOf.get(key);
    if (list) list.push(e);
    else excellenceOf.set(key, [e]);
  }
  for (const r of results) {
    const base = { key: schoolKey(r), school: r.school, phase: r.educationPhase };
    const gives = giverStrands(r, excellenceOf.get(base.key) ?? []);
    if (Object.keys(gives).length) givers.push({ ...base, days: settings.capacity.giverDaysPerTerm, strands: gives });
    const category = r.agreed?.category ?? r.category;
    const takes = takerStrands(r);
    if (category === 'C' || category === 'D' || category === 'E') {
      const need = settings.capacity.takerDaysPerTerm[category];
      if (need > 0 && Object.keys(takes).length) takers.push({ ...base, category, need, strands: takes });
    }
  }
  return { givers, takers };
}
