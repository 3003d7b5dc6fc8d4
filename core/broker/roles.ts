import { categoryWords, effectiveCategory } from '../categorise/effective-category.js';
import type { SchoolResult } from '../categorise/types.js';
import { strandNamedBy, type ExcellenceEntry } from '../forms/excellence.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Journey, Settings } from '../settings/types.js';
import { JOURNEY_NAMES, STRAND_LABELS, STRAND_PHASE_WORDS } from '../sheets/labels.js';
import { STRANDS, type EducationPhase, type StrandKey } from '../tracker/types.js';
import { namedSchoolsMatcher } from './named-schools.js';

/** Journeys describe the headline measure, so they make a school a taker in outcomes. */
export const JOURNEY_STRAND: StrandKey = 'outcomes';
const TAKING_JOURNEYS: Journey[] = ['C', 'D', 'H'];

export interface Giver {
  key: string;
  school: string;
  phase: EducationPhase | null;
  /** The headline measure its outcomes are judged on: outcomes support goes only where it matches (decision 0808). */
  measure: string | null;
  days: number;
  /** Strand → the rule that lets it lead the strand: the strand at 4, or an area of excellence naming it. */
  strands: Partial<Record<StrandKey, string>>;
  /** Strand → the schools (keys) its area-of-excellence notes name for that strand: served first. */
  named: Partial<Record<StrandKey, string[]>>;
  /** Why it may give at all (no sign that it needs support itself, or the setting that allows it). */
  eligible: string;
}

export type Severity = 'C' | 'D' | 'E';

export interface Taker {
  key: string;
  school: string;
  phase: EducationPhase | null;
  measure: string | null;
  /** The category its need follows: the agreed one when the annual review set one. */
  category: Severity;
  /** The category as shown, saying whether it was agreed ("C (agreed; computed D)") or computed ("D"). */
  categoryShown: string;
  need: number;
  /** Strand → how weak it is (1 = the weakest: a strand at 1, or journey C or H) and why. */
  strands: Partial<Record<StrandKey, { level: 0 | 1; reason: string }>>;
}

/** A school with something to share that lends no days this term, and why. */
export interface HeldBack {
  school: string;
  reason: string;
}

export function schoolKey(r: { school: string; urn?: string | null }): string {
  return normaliseHeader(r.school);
}

const strandWords = (s: StrandKey, score: number) => `${STRAND_LABELS[s]} at ${score} (${STRAND_PHASE_WORDS[score] ?? ''})`;

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

/** The three signs that a school needs its days at home, each with the setting that overrides it. */
interface Sign {
  applies: boolean;
  words: string;
  allowed: boolean;
  setting: string;
}

function needSigns(r: SchoolResult, takes: Taker['strands'], settings: Settings): Sign[] {
  const category = effectiveCategory(r);
  const weak = Object.values(takes).map((t) => t?.reason ?? '');
  const c = settings.capacity;
  return [
    {
      applies: weak.length > 0 || r.capacity === 'taker',
      words: `it takes support itself (${weak.slice(0, 2).join(', ')}${weak.length > 2 ? ` and ${weak.length - 2} more` : ''})`,
      allowed: c.takersGive === 'yes',
      setting: 'Givers: a taker may give',
    },
    { applies: category === 'D' || category === 'E', words: `category ${categoryWords(r)}`, allowed: c.categoryDEGive === 'yes', setting: 'Givers: category D or E may give' },
    { applies: r.risk === 'High' || r.risk === 'Critical', words: `risk ${r.risk ?? ''}`, allowed: c.highRiskGive === 'yes', setting: 'Givers: High or Critical risk may give' },
  ];
}

/**
 * The strands a school may lead (decision 0807): each strand at 4, and each strand an area of
 * excellence names by its words, unless the school is itself weak there. Journeys make no giver:
 * a rising trend is not yet a strength to lend. Notes that name schools of the trust are kept per
 * strand so those schools are served first.
 */
function giverStrands(r: SchoolResult, takes: Taker['strands'], excellence: readonly ExcellenceEntry[], named: (text: string) => string[], unused: HeldBack[]) {
  const strands: Partial<Record<StrandKey, string>> = {};
  const targets: Partial<Record<StrandKey, string[]>> = {};
  for (const s of STRANDS) if (r.strands[s] === 4) strands[s] = strandWords(s, 4);
  const self = schoolKey(r);
  for (const e of excellence) {
    const first = e.text.split('\n')[0] ?? '';
    const strand = strandNamedBy(e.text) === null ? null : e.strand;
    if (strand === null) {
      unused.push({ school: r.school, reason: `Area of excellence "${first}" (form ${e.formId}) names no strand, so it lends no days on it.` });
      continue;
    }
    if (takes[strand]) {
      unused.push({ school: r.school, reason: `Area of excellence "${first}" (form ${e.formId}) is in ${STRAND_LABELS[strand]}, where the school is itself weak (${takes[strand]?.reason}): it lends no days there.` });
      continue;
    }
    strands[strand] ??= `area of excellence "${first}" (form ${e.formId})`;
    const list = (targets[strand] ??= []);
    for (const k of named(e.text)) if (k !== self && !list.includes(k)) list.push(k);
  }
  for (const s of Object.keys(targets) as StrandKey[]) if (!targets[s]?.length) delete targets[s];
  return { strands, named: targets };
}

/**
 * Givers and takers per strand (FRAMEWORK.md section 6, decisions 0806–0807). Takers: a strand at
 * 1 or 2, or journeys C/D/H (outcomes), in a category with days of need (C, D, E by default; the
 * agreed category where set). Givers: a strand at 4, or an area of excellence naming a strand,
 * and no sign that the school needs its days at home (a taker, category D or E, risk High or
 * Critical) unless the trust's settings allow that sign. Those with strengths that give nothing
 * are listed in `heldBack`, with why.
 */
export function capacityRoles(results: SchoolResult[], excellence: ExcellenceEntry[], settings: Settings): { givers: Giver[]; takers: Taker[]; heldBack: HeldBack[] } {
  const givers: Giver[] = [];
  const takers: Taker[] = [];
  const heldBack: HeldBack[] = [];
  // Areas of excellence by school, gathered once: thousands of forms, hundreds of schools.
  const excellenceOf = new Map<string, ExcellenceEntry[]>();
  for (const e of excellence) {
    const key = normaliseHeader(e.school);
    const list = excellenceOf.get(key);
    if (list) list.push(e);
    else excellenceOf.set(key, [e]);
  }
  const named = namedSchoolsMatcher(results.map((r) => ({ key: schoolKey(r), school: r.school })));
  for (const r of results) {
    const base = { key: schoolKey(r), school: r.school, phase: r.educationPhase, measure: r.headlineMeasure };
    const takes = takerStrands(r);
    const unused: HeldBack[] = [];
    const gives = giverStrands(r, takes, excellenceOf.get(base.key) ?? [], named, unused);
    if (Object.keys(gives.strands).length) {
      const signs = needSigns(r, takes, settings).filter((s) => s.applies);
      const blocking = signs.filter((s) => !s.allowed);
      if (blocking.length) {
        const has = Object.keys(gives.strands).map((s) => STRAND_LABELS[s as StrandKey]).join(', ');
        heldBack.push({ school: r.school, reason: `Gives no days although it could share ${has}: ${blocking.map((s) => s.words).join('; ')} (setting${blocking.length > 1 ? 's' : ''} ${blocking.map((s) => `"${s.setting}"`).join(', ')}: no).` });
      } else {
        const eligible = signs.length
          ? `gives although ${signs.map((s) => `${s.words} ("${s.setting}": yes)`).join('; ')}`
          : `eligible: category ${categoryWords(r)}, risk ${r.risk ?? 'not rated'}, takes no support`;
        givers.push({ ...base, days: settings.capacity.giverDaysPerTerm, strands: gives.strands, named: gives.named, eligible });
      }
    } else if (r.capacity === 'giver') {
      const journey = r.trajectory ? `journey ${r.trajectory} (${JOURNEY_NAMES[r.trajectory]})` : 'its journey';
      heldBack.push({ school: r.school, reason: `Gives no days although its capacity is "giver" by ${journey}: a rising or steady trend is not a strength to lend without a strand at 4 or an area of excellence naming one.` });
    }
    // One line per school, so a trust of hundreds of forms gets a short list.
    if (unused.length) {
      const last = heldBack[heldBack.length - 1];
      const text = unused.map((u) => u.reason).join(' ');
      if (last?.school === r.school) last.reason = `${last.reason} ${text}`;
      else heldBack.push({ school: r.school, reason: text });
    }
    const category = effectiveCategory(r);
    if (category === 'C' || category === 'D' || category === 'E') {
      const need = settings.capacity.takerDaysPerTerm[category];
      if (need > 0 && Object.keys(takes).length) takers.push({ ...base, category, categoryShown: categoryWords(r), need, strands: takes });
    }
  }
  return { givers, takers, heldBack };
}
