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

interface Hub {
  node: number;
  strand: StrandKey;
  phase: Giver['phase'];
  inflow: { giver: Giver; edge: number }[];
  outflow: { taker: Taker; edge: number }[];
}

/** How many bits number `n` things: 0 for one thing, 1 for two, 2 for three or four. */
function bitsFor(n: number): number {
  let bits = 0;
  while (1 << bits < n) bits++;
  return bits;
}

/**
 * The network: source → giver → hub → taker → sink. A day's value depends only on the taker, the
 * strand and whether the phases match, so givers of one strand and phase share a hub, which has
 * an arc to each taker of the strand: arcs grow with givers + takers, not givers × takers (P6
 * doubling).
 *
 * A school that both gives and takes a strand must not reach itself through the hub. Its days go
 * instead through "bit hubs": number the strand's takers 0…m−1; hub (b, v) reaches the takers whose
 * bit b is v. The school joins, for each bit b, the hub whose v is the opposite of its own number's
 * bit b. Every other taker differs from it in some bit, so it reaches all of them, and never itself;
 * arcs grow as (schools + takers) × log m (decision 0803).
 */
function buildNetwork(givers: Giver[], takers: Taker[]) {
  const base = Math.min(Math.ceil(givers.reduce((s, g) => s + g.days, 0)) + 1, MAX_BASE);
  const takerNode = (ti: number) => 1 + givers.length + ti;
  const sink = 1 + givers.length + takers.length;
  const hubs = new Map<string, Hub>();
  const edges: { from: number; to: number; cap: number; cost: number }[] = [];
  // Each strand's takers listed once, so arcs are made by walking only the takers that need it.
  const takersOf = new Map<StrandKey, { t: Taker; ti: number }[]>();
  // school → strand → its number among the strand's takers, for the bit hubs.
  const numberAmong = new Map<string, Map<StrandKey, number>>();
  takers.forEach((t, ti) => {
    for (const strand of Object.keys(t.strands) as StrandKey[]) {
      if (!t.strands[strand]) continue;
      let list = takersOf.get(strand);
      if (!list) takersOf.set(strand, (list = []));
      let mine = numberAmong.get(t.key);
      if (!mine) numberAmong.set(t.key, (mine = new Map()));
      if (!mine.has(strand)) mine.set(strand, list.length);
      list.push({ t, ti });
    }
  });
  let nodes = sink + 1;
  /** The hub with this id, made with arcs out to `reach` (the strand's takers it serves) when first asked for. */
  const hubFor = (id: string, strand: StrandKey, phase: Giver['phase'], reach: () => { t: Taker; ti: number }[]): Hub => {
    let hub = hubs.get(id);
    if (hub) return hub;
    hubs.set(id, (hub = { node: nodes++, strand, phase, inflow: [], outflow: [] }));
    for (const { t, ti } of reach()) {
      const samePhase = phase !== null && phase === t.phase;
      hub.outflow.push({ taker: t, edge: edges.length });
      edges.push({ from: hub.node, to: takerNode(ti), cap: t.need, cost: -dayValue(t, strand, samePhase, base) });
    }
    return hub;
  };
  const join = (hub: Hub, g: Giver, gi: number) => {
    hub.inflow.push({ giver: g, edge: edges.length });
    edges.push({ from: 1 + gi, to: hub.node, cap: g.days, cost: 0 });
  };
  givers.forEach((g, gi) => {
    edges.push({ from: 0, to: 1 + gi, cap: g.days, cost: 0 });
    for (const strand of Object.keys(g.strands) as StrandKey[]) {
      const list = takersOf.get(strand) ?? [];
      const own = numberAmong.get(g.key)?.get(strand) ?? -1;
      const hubId = `${strand}|${g.phase ?? ''}`;
      if (own < 0) {
        join(hubFor(hubId, strand, g.phase, () => list), g, gi);
        continue;
      }
      for (let b = 0; b < bitsFor(list.length); b++) {
        const v = ((own >> b) & 1) ^ 1;
        join(hubFor(`${hubId}|bit${b}=${v}`, strand, g.phase, () => list.filter((_, j) => ((j >> b) & 1) === v)), g, gi);
      }
    }
  });
  takers.forEach((t, ti) => edges.push({ from: takerNode(ti), to: sink, cap: t.need, cost: 0 }));
  const net = new FlowNetwork(nodes);
  const handles = edges.map((e) => net.add(e.from, e.to, e.cap, e.cost));
  return { net, sink, hubs, handles };
}

/**
 * The flow as giver → taker pieces. A hub's days in are matched to its days out in order; any
 * matching has the same value, since a day's value is fixed on the hub's way out, and none pairs
 * a school with itself, since no hub reaches a school that gives into it.
 */
function piecesOf(built: ReturnType<typeof buildNetwork>): Piece[] {
  const { net, hubs, handles } = built;
  const pieces: Piece[] = [];
  for (const hub of hubs.values()) {
    const supply = hub.inflow.map((i) => ({ giver: i.giver, left: net.flow(handles[i.edge]!) }));
    let g = 0;
    for (const out of hub.outflow) {
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
  // The same giver, taker and strand can meet in several bit hubs: one piece each.
  const merged = new Map<string, Piece>();
  for (const p of pieces) {
    const id = `${p.giver.key}\u0000${p.taker.key}\u0000${p.strand}`;
    const seen = merged.get(id);
    if (seen) seen.days += p.days;
    else merged.set(id, { ...p });
  }
  return [...merged.values()].filter((p) => p.days > 1e-9);
}

function reasonFor(a: Arc): string {
  const need = a.taker.strands[a.strand]?.reason ?? a.strand;
  const phase = a.samePhase ? `; both ${a.giver.phase}` : a.giver.phase && a.taker.phase ? `; ${a.giver.phase} supporting ${a.taker.phase}` : '';
  return `${a.taker.school}: ${need}, category ${a.taker.category}. ${a.giver.school}: ${a.giver.strands[a.strand]}${phase}.`;
}

/**
 * Why a need is left unmet, naming the schools that could have helped. Takers share a few sets
 * of strands, so the givers of each set are found once, not once per taker.
 */
function unmetReasons(givers: Giver[]): (t: Taker) => string {
  const bySet = new Map<string, { able: Giver[]; keys: Set<string> }>();
  return (t) => {
    const strands = Object.keys(t.strands) as StrandKey[];
    const id = [...strands].sort().join(',');
    let found = bySet.get(id);
    if (!found) {
      const able = givers.filter((g) => strands.some((s) => g.strands[s]));
      bySet.set(id, (found = { able, keys: new Set(able.map((g) => g.key)) }));
    }
    const count = found.able.length - (found.keys.has(t.key) ? 1 : 0);
    if (count === 0) return `No other school gives in ${strands.join(', ')}.`;
    const named: string[] = [];
    for (const g of found.able) {
      if (named.length === 3) break;
      if (g.key !== t.key) named.push(g.school);
    }
    const more = count > 3 ? ` and ${count - 3} more` : '';
    return `Every school that gives in these strands (${named.join(', ')}${more}) has its days planned for more severe needs.`;
  };
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
  const unmetReason = unmetReasons(givers);
  const unmet: UnmetNeed[] = takers.flatMap((t) => {
    const met = metBy.get(t.school) ?? 0;
    if (met >= t.need - 1e-9) return [];
    return [{ taker: t.school, category: t.category, need: t.need, met, unmet: t.need - met, strands: Object.keys(t.strands) as StrandKey[], reason: unmetReason(t) }];
  });
  return { assignments, unmet };
}
