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
}

/** Days flowing on an edge of the network, with what they mean. */
interface Piece extends Arc {
  days: number;
}

/**
 * The network: source → giver → hub(strand, giver's phase) → taker → sink. A day's value depends
 * only on the taker, the strand and whether the phases match, so givers of one strand and phase
 * share a hub: arcs grow with givers + takers per hub, not givers × takers (P6 doubling). A school
 * that both gives and takes a strand cannot use that strand's hub (it could reach itself through
 * it), so its days in that strand go by direct arcs to every other taker of the strand.
 */
function buildNetwork(givers: Giver[], takers: Taker[]) {
  const base = Math.min(Math.ceil(givers.reduce((s, g) => s + g.days, 0)) + 1, MAX_BASE);
  const takerNode = (ti: number) => 1 + givers.length + ti;
  const sink = 1 + givers.length + takers.length;
  const hubs = new Map<string, { node: number; strand: StrandKey; phase: Giver['phase']; inflow: { giver: Giver; edge: number }[] }>();
  const edges: { from: number; to: number; cap: number; cost: number }[] = [];
  const direct: { arc: Arc; edge: number }[] = [];
  const takes = new Map(takers.map((t) => [t.key, t]));
  let nodes = sink + 1;
  givers.forEach((g, gi) => {
    edges.push({ from: 0, to: 1 + gi, cap: g.days, cost: 0 });
    for (const strand of Object.keys(g.strands) as StrandKey[]) {
      if (takes.get(g.key)?.strands[strand]) {
        takers.forEach((t, ti) => {
          if (t.key === g.key || !t.strands[strand]) return; // a school never supports itself
          const samePhase = g.phase !== null && g.phase === t.phase;
          direct.push({ arc: { giver: g, taker: t, strand, samePhase }, edge: edges.length });
          edges.push({ from: 1 + gi, to: takerNode(ti), cap: Math.min(g.days, t.need), cost: -dayValue(t, strand, samePhase, base) });
        });
        continue;
      }
      const id = `${strand}|${g.phase ?? ''}`;
      let hub = hubs.get(id);
      if (!hub) hubs.set(id, (hub = { node: nodes++, strand, phase: g.phase, inflow: [] }));
      hub.inflow.push({ giver: g, edge: edges.length });
      edges.push({ from: 1 + gi, to: hub.node, cap: g.days, cost: 0 });
    }
  });
  const outflow: { hub: string; taker: Taker; edge: number }[] = [];
  for (const [id, hub] of hubs) {
    takers.forEach((t, ti) => {
      if (!t.strands[hub.strand]) return;
      const samePhase = hub.phase !== null && hub.phase === t.phase;
      outflow.push({ hub: id, taker: t, edge: edges.length });
      edges.push({ from: hub.node, to: takerNode(ti), cap: t.need, cost: -dayValue(t, hub.strand, samePhase, base) });
    });
  }
  takers.forEach((t, ti) => edges.push({ from: takerNode(ti), to: sink, cap: t.need, cost: 0 }));
  const net = new FlowNetwork(nodes);
  const handles = edges.map((e) => net.add(e.from, e.to, e.cap, e.cost));
  return { net, sink, hubs, handles, direct, outflow };
}

/**
 * The flow as giver → taker pieces. A hub's days in are matched to its days out in order; any
 * matching has the same value, since a day's value is fixed on the hub's way out.
 */
function piecesOf(built: ReturnType<typeof buildNetwork>): Piece[] {
  const { net, hubs, handles, direct, outflow } = built;
  const pieces: Piece[] = direct.map(({ arc, edge }) => ({ ...arc, days: net.flow(handles[edge]!) }));
  for (const [id, hub] of hubs) {
    const supply = hub.inflow.map((i) => ({ giver: i.giver, left: net.flow(handles[i.edge]!) }));
    let g = 0;
    for (const out of outflow.filter((o) => o.hub === id)) {
      let need = net.flow(handles[out.edge]!);
      while (need > 1e-9 && g < supply.length) {
        const from = supply[g]!;
        const days = Math.min(need, from.left);
        if (days > 1e-9) {
          const samePhase = from.giver.phase !== null && from.giver.phase === out.taker.phase;
          pieces.push({ giver: from.giver, taker: out.taker, strand: hub.strand, samePhase, days });
        }
        from.left -= days;
        need -= days;
        if (from.left <= 1e-9) g++;
      }
    }
  }
  return pieces.filter((p) => p.days > 1e-9);
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
  const built = buildNetwork(givers, takers);
  maxValueFlow(built.net, 0, built.sink);
  const assignments: Assignment[] = piecesOf(built).map((p) => ({
    taker: p.taker.school, category: p.taker.category, strand: p.strand, need: p.taker.need, giver: p.giver.school, days: p.days, samePhase: p.samePhase, reason: reasonFor(p),
  }));
  const metBy = new Map<string, number>();
  for (const a of assignments) metBy.set(a.taker, (metBy.get(a.taker) ?? 0) + a.days);
  const unmet: UnmetNeed[] = takers.flatMap((t) => {
    const met = metBy.get(t.school) ?? 0;
    if (met >= t.need - 1e-9) return [];
    return [{ taker: t.school, category: t.category, need: t.need, met, unmet: t.need - met, strands: Object.keys(t.strands) as StrandKey[], reason: unmetReason(t, givers) }];
  });
  return { assignments, unmet };
}
