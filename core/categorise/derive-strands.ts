import type { Settings } from '../settings/types.js';
import type { AnyStrandKey, OptionalStrandKey, SchoolRecord, StrandKey, StrandScore, Tracker } from '../tracker/types.js';
import { strandsInUse } from './strands-in-use.js';
import { isScore } from './judge-phase.js';
import { outcomesStrand } from './outcomes-strand.js';
import type { SeriesPoint } from './trajectory-features.js';
import type { StrandSource } from './types.js';
import { attendanceStrand, financeStrand, staffingStrand, type Derivation } from './_lib/figure-strands.js';
import { STRAND_WORDS } from './_lib/words.js';

export interface DeriveContext {
  settings: Settings;
  /** Band positions of the school's headline measure, when it has any. */
  headline: { measure: string; series: SeriesPoint[] } | null;
  /** National persistent absence by phase of education and year (the tracker's table). */
  nationalPA: Tracker['nationalPA'];
}

export interface DerivedStrands {
  /** The eight always; an optional strand only when the trust has turned it on. */
  strands: Record<StrandKey, StrandScore | null> & Partial<Record<OptionalStrandKey, StrandScore | null>>;
  sources: Partial<Record<AnyStrandKey, StrandSource>>;
  /** One sentence per strand worked out from data, or where data and reviewer disagree. */
  reasons: string[];
}

/**
 * Every strand of one school: the reviewer's score where there is one (it always wins), else the
 * score derived from the tracker's figures (outcomes, attendance, finance, staffing), else unknown.
 */
export function deriveStrands(school: SchoolRecord, ctx: DeriveContext): DerivedStrands {
  const derived = deriveAll(school, ctx);
  const strands = {} as DerivedStrands['strands'];
  const sources: DerivedStrands['sources'] = {};
  const reasons: string[] = [];
  for (const k of strandsInUse(ctx.settings)) {
    const reviewer = school.strands[k];
    const d = derived[k as StrandKey];
    if (isScore(reviewer)) {
      strands[k] = reviewer;
      sources[k] = 'reviewer';
      if (d?.score != null && d.score !== reviewer) {
        reasons.push(`${capital(STRAND_WORDS[k])}: the reviewer's ${reviewer} is used; the data alone would give ${d.score}: ${d.reason.replace(/^.*?from data: /, '')}`);
      }
      continue;
    }
    strands[k] = d?.score ?? null;
    if (d?.score != null) sources[k] = 'derived';
    if (d) reasons.push(d.reason);
  }
  return { strands, sources, reasons };
}

function deriveAll(school: SchoolRecord, ctx: DeriveContext): Partial<Record<StrandKey, Derivation | null>> {
  const d = ctx.settings.derive;
  const data = school.data;
  const outcomes = ctx.headline ? outcomesStrand(ctx.headline.series, ctx.headline.measure, school.groupsUnderperforming, d.outcomesSustainYears, ctx.settings.bandNames.coasting) : null;
  return {
    outcomes,
    attendance: attendanceStrand(data.persistentAbsencePct, nationalFor(school, ctx.nationalPA), d),
    finance: financeStrand(data.reservesPct, data.inYearBalancePct, d),
    staffing: staffingStrand(data.teacherTurnoverPct, d),
  };
}

/** The national PA figure for the school's phase of education, latest year first. */
function nationalFor(school: SchoolRecord, table: Tracker['nationalPA']): { year: number; value: number } | null {
  const rows = table.filter((r) => r.phase === school.educationPhase && Number.isFinite(r.value));
  return rows.reduce<{ year: number; value: number } | null>((best, r) => (!best || r.year >= best.year ? { year: r.year, value: r.value } : best), null);
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
