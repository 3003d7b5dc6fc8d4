import { STRANDS, type StrandKey } from '../tracker/types.js';
import { canServe } from './compatible.js';
import type { Giver, Taker } from './roles.js';

/** One category E school's lead school: all its days (up to the need) go there before anything else. */
export interface Lead {
  giver: Giver;
  taker: Taker;
  /** The weak strands of the taker the lead can give in (outcomes only when compatible). */
  shared: StrandKey[];
  /** The strand the days are planned on: the weakest shared one, a named one before others. */
  strand: StrandKey;
  days: number;
}

const sharedStrands = (g: Giver, t: Taker): StrandKey[] => STRANDS.filter((s) => t.strands[s] && g.strands[s] && canServe(g, t, s));

/** Higher first: the strand a lead's days are planned on (weakest, then named, then strand order). */
function strandRank(g: Giver, t: Taker, s: StrandKey): number {
  return (t.strands[s]?.level === 1 ? 2 : 0) + (g.named[s]?.includes(t.key) ? 1 : 0);
}

/** Positive when `a` makes a better lead for `t` than `b`. */
function compareCandidates(t: Taker, a: Giver, b: Giver): number {
  const sa = sharedStrands(a, t);
  const sb = sharedStrands(b, t);
  const weakest = (g: Giver, s: StrandKey[]) => s.filter((k) => t.strands[k]?.level === 1).length;
  const named = (g: Giver) => STRANDS.some((s) => g.named[s]?.includes(t.key));
  const same = (g: Giver) => g.phase !== null && g.phase === t.phase;
  return (
    sa.length - sb.length ||
    weakest(a, sa) - weakest(b, sb) ||
    Number(named(a)) - Number(named(b)) ||
    Number(same(a)) - Number(same(b)) ||
    a.days - b.days ||
    b.school.localeCompare(a.school)
  );
}

/**
 * The executive-head model (decision 0809): before days are split, each category E school gets
 * one lead school, the giver that can give in most of its weak strands (then the one covering most
 * strands at 1, one whose note names it, the same phase, most days, by name). A giver leads one
 * school at most. E schools with the fewest possible leads choose first, so a school only one giver
 * can help is not left without a lead when another E school had a choice. The lead's days, up to
 * the need, are planned on the weakest strand they share; the flow then spends every other day.
 */
export function chooseLeads(givers: readonly Giver[], takers: readonly Taker[]): Lead[] {
  const able = (t: Taker) => givers.filter((g) => g.key !== t.key && g.days > 1e-9 && sharedStrands(g, t).length > 0);
  const eSchools = takers
    .filter((t) => t.category === 'E' && t.need > 1e-9)
    .map((t) => ({ t, candidates: able(t) }))
    .sort((a, b) => a.candidates.length - b.candidates.length || a.t.school.localeCompare(b.t.school));
  const leading = new Set<string>();
  const leads: Lead[] = [];
  for (const { t, candidates } of eSchools) {
    const free = candidates.filter((g) => !leading.has(g.key));
    if (free.length === 0) continue;
    const best = free.reduce((a, b) => (compareCandidates(t, b, a) > 0 ? b : a));
    const shared = sharedStrands(best, t);
    const strand = shared.reduce((a, b) => (strandRank(best, t, b) > strandRank(best, t, a) ? b : a));
    leading.add(best.key);
    leads.push({ giver: best, taker: t, shared, strand, days: Math.min(best.days, t.need) });
  }
  return leads;
}
