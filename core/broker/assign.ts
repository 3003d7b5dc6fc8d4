import type { StrandKey } from '../tracker/types.js';
import { FlowNetwork, maxValueFlow } from './min-cost-flow.js';
import type { Giver, Severity, Taker } from './roles.js';

export interface Assignment {
  taker: string;
  category: Severity;
  strand: StrandKey;
  need: number;
  giver: string;
  days: number;
  samePhase: boolean;
  reason: string;
}

export interface UnmetNeed {
  taker: string;
  category: Severity;
  need: number;
  met: number;
  unmet: number;
  strands: StrandKey[];
  reason: string;
}

/**
 * What a plan achieves, in priority order: days to category E needs, then D, then C, then days
 * spent on the weakest strands (at 1, or journeys C/H), then days between schools of the same phase.
 * The broker maximises this vector lexicographically.
 */
export interface PlanValue {
  eDays: number;
  dDays: number;
  cDays: number;
  weakestDays: number;
  samePhaseDays: number;
}

const CATEGORY_DIGIT: Record<Severity, 'eDays' | 'dDays' | 'cDays'> = { E: 'eDays', D: 'dDays', C: 'cDays' };

export function planValue(assignments: Assignment[], takers: Taker[]): PlanValue {
  const v: PlanValue = { eDays: 0, dDays: 0, cDays: 0, weakestDays: 0, samePhaseDays: 0 };
  const bySchool = new Map<string, Taker>();
  for (const t of takers) if (!bySchool.has(t.school)) bySchool.set(t.school, t);
  for (const a of assignments) {
    v[CATEGORY_DIGIT[a.category]] += a.days;
    const t = bySchool.get(a.taker);
    if (t?.strands[a.strand]?.level === 1) v.weakestDays += a.days;
    if (a.samePhase) v.samePhaseDays += a.days;
  }
  return v;
}

/** -1, 0 or 1 as `a` is worse than, as good as, or better than `b`. */
export function comparePlanValues(a: PlanValue, b: PlanValue): number {
  for (const k of ['eDays', 'dDays', 'cDays', 'weakestDays', 'samePhaseDays'] as const) {
    if (Math.abs(a[k] - b[k]) > 1e-9) return a[k] > b[k] ? 1 : -1;
  }
  return 0;
}

// Largest base whose fifth power stays an exact double (2^53): exact priorities up to this many giver days.
const MAX_BASE = 1552;

/** The value of one day on an edge, as digits of base `b`: category, then weakest strand, then same phase. */
function dayValue(t: Taker, strand: StrandKey, samePhase: boolean, b: number): number {
  const category = { E: b ** 4, D: b ** 3, C: b ** 2 }[t.category];
  return category + (t.strands[strand]?.level === 1 ? b : 0) + (samePhase ? 1 : 0);
}

interface Arc {
  giver: Giver;
  taker: Taker;
  strand: StrandKey;
  samePhase: boolean;
  handle: { from: number; index: number };
}

function buildNetwork(givers: Giver[], takers: Taker[]): { net: FlowNetwork; arcs: Arc[]; sink: number } {
  const sink = givers.length + takers.length + 1;
  const net = new FlowNetwork(sink + 1);
  const totalDays = givers.reduce((s, g) => s + g.days, 0);
  const base = Math.min(Math.ceil(totalDays) + 1, MAX_BASE);
  const arcs: Arc[] = [];
  givers.forEach((g, gi) => {
    net.add(0, 1 + gi, g.days, 0);
    takers.forEach((t, ti) => {
      if (t.key === g.key) return; // a school never supports itself
      const samePhase = g.phase !== null && g.phase === t.phase;
      // One arc per giver and taker, for the strand worth most. Every strand's arc between the two
      // would have the same capacity, which the pair's flow can never exceed, so a plan using a
      // less valuable strand is never better; parallel arcs only multiplied the search (P6).
      let best: { strand: StrandKey; value: number } | null = null;
      for (const strand of Object.keys(t.strands) as StrandKey[]) {
        if (!g.strands[strand]) continue;
        const value = dayValue(t, strand, samePhase, base);
        if (best === null || value > best.value) best = { strand, value };
      }
      if (best === null) return;
      const handle = net.add(1 + gi, 1 + givers.length + ti, Math.min(g.days, t.need), -best.value);
      arcs.push({ giver: g, taker: t, strand: best.strand, samePhase, handle });
    });
  });
  takers.forEach((t, ti) => net.add(1 + givers.length + ti, sink, t.need, 0));
  return { net, arcs, sink };
}

function reasonFor(a: Arc): string {
  const need = a.taker.strands[a.strand]?.reason ?? a.strand;
  const phase = a.samePhase ? `; both ${a.giver.phase}` : a.giver.phase && a.taker.phase ? `; ${a.giver.phase} supporting ${a.taker.phase}` : '';
  return `${a.taker.school}: ${need}, category ${a.taker.category}. ${a.giver.school}: ${a.giver.strands[a.strand]}${phase}.`;
}

function unmetReason(t: Taker, givers: Giver[]): string {
  const strands = Object.keys(t.strands) as StrandKey[];
  const able = givers.filter((g) => g.key !== t.key && strands.some((s) => g.strands[s]));
  if (able.length === 0) return `No other school gives in ${strands.join(', ')}.`;
  const named = able.slice(0, 3).map((g) => g.school).join(', ');
  const more = able.length > 3 ? ` and ${able.length - 3} more` : '';
  return `Every school that gives in these strands (${named}${more}) has its days planned for more severe needs.`;
}

/**
 * Assign givers' days to takers' needs: a maximum-value flow (min-cost flow with
 * priority-weighted costs) from givers through matching strands to takers. Never over a giver's
 * days or a taker's need, never a school to itself; severity first, same phase preferred.
 */
export function assignSupport(givers: Giver[], takers: Taker[]): { assignments: Assignment[]; unmet: UnmetNeed[] } {
  const { net, arcs, sink } = buildNetwork(givers, takers);
  maxValueFlow(net, 0, sink);
  const assignments: Assignment[] = arcs
    .map((a) => ({ arc: a, days: net.flow(a.handle) }))
    .filter((x) => x.days > 1e-9)
    .map(({ arc, days }) => ({ taker: arc.taker.school, category: arc.taker.category, strand: arc.strand, need: arc.taker.need, giver: arc.giver.school, days, samePhase: arc.samePhase, reason: reasonFor(arc) }));
  const metBy = new Map<string, number>();
  for (const a of assignments) metBy.set(a.taker, (metBy.get(a.taker) ?? 0) + a.days);
  const unmet: UnmetNeed[] = takers.flatMap((t) => {
    const met = metBy.get(t.school) ?? 0;
    if (met >= t.need - 1e-9) return [];
    return [{ taker: t.school, category: t.category, need: t.need, met, unmet: t.need - met, strands: Object.keys(t.strands) as StrandKey[], reason: unmetReason(t, givers) }];
  });
  return { assignments, unmet };
}
