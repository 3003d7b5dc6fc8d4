import { STRAND_LABELS } from '../sheets/labels.js';
import type { StrandKey } from '../tracker/types.js';
import { chooseLeads, type Lead } from './lead-school.js';
import { canServe } from './compatible.js';
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
  /** The giver's area-of-excellence note names this school for this strand, so it was served first. */
  named: boolean;
  /** The giver is this category E school's lead school (executive-head model), chosen before the rest. */
  lead: boolean;
  /** The rules that made this line, in short: "Leadership at 4 (Sustain); lead school for category E". */
  basis: string;
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
 * spent on the weakest strands (at 1, or journeys C/H), then days to a school the giver's note
 * names, then days between schools of the same phase. The broker maximises this vector
 * lexicographically (after the category E lead schools are fixed, decision 0809).
 */
export interface PlanValue {
  eDays: number;
  dDays: number;
  cDays: number;
  weakestDays: number;
  namedDays: number;
  samePhaseDays: number;
}

const CATEGORY_DIGIT: Record<Severity, 'eDays' | 'dDays' | 'cDays'> = { E: 'eDays', D: 'dDays', C: 'cDays' };
const DIGITS = ['eDays', 'dDays', 'cDays', 'weakestDays', 'namedDays', 'samePhaseDays'] as const;

export function planValue(assignments: Assignment[], takers: Taker[]): PlanValue {
  const v: PlanValue = { eDays: 0, dDays: 0, cDays: 0, weakestDays: 0, namedDays: 0, samePhaseDays: 0 };
  const bySchool = new Map<string, Taker>();
  for (const t of takers) if (!bySchool.has(t.school)) bySchool.set(t.school, t);
  for (const a of assignments) {
    v[CATEGORY_DIGIT[a.category]] += a.days;
    const t = bySchool.get(a.taker);
    if (t?.strands[a.strand]?.level === 1) v.weakestDays += a.days;
    if (a.named) v.namedDays += a.days;
    if (a.samePhase) v.samePhaseDays += a.days;
  }
  return v;
}

/** -1, 0 or 1 as `a` is worse than, as good as, or better than `b`. */
export function comparePlanValues(a: PlanValue, b: PlanValue): number {
  for (const k of DIGITS) {
    if (Math.abs(a[k] - b[k]) > 1e-9) return a[k] > b[k] ? 1 : -1;
  }
  return 0;
}

// Largest base whose sixth power stays an exact double (2^53): exact priorities up to this many giver days.
const MAX_BASE = 456;

/** Whether the giver's note names this taker for this strand. */
export function namesTaker(g: Giver, t: Taker, strand: StrandKey): boolean {
  return g.named[strand]?.includes(t.key) ?? false;
}

/**
 * The value of one day on an edge, as digits of base `b`: category, then weakest strand, then a
 * school the giver's note names, then same phase.
 */
export function dayValue(t: Taker, strand: StrandKey, named: boolean, samePhase: boolean, b: number): number {
  const category = { E: b ** 5, D: b ** 4, C: b ** 3 }[t.category];
  return category + (t.strands[strand]?.level === 1 ? b ** 2 : 0) + (named ? b : 0) + (samePhase ? 1 : 0);
}

const samePhaseOf = (g: Giver, t: Taker) => g.phase !== null && g.phase === t.phase;

interface Arc {
  giver: Giver;
  taker: Taker;
  strand: StrandKey;
  samePhase: boolean;
  named: boolean;
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
 * The network: source → giver → hub → taker → sink. A day's value through a hub depends only on
 * the taker, the strand and whether the phases match, so givers of one strand and phase (and, for
 * outcomes, headline measure: decision 0808) share a hub, which has an arc to each taker of the
 * strand it may serve: arcs grow with givers + takers, not givers × takers (P6 doubling).
 *
 * A school that both gives and takes a strand must not reach itself through the hub. Its days go
 * instead through "bit hubs": number the strand's takers 0…m−1; hub (b, v) reaches the takers whose
 * bit b is v. The school joins, for each bit b, the hub whose v is the opposite of its own number's
 * bit b. Every other taker differs from it in some bit, so it reaches all of them, and never itself;
 * arcs grow as (schools + takers) × log m (decision 0803).
 *
 * A taker that a giver's note names gets a direct arc from that giver, worth one "named" digit
 * more than the hub's path: only notes name schools, so these arcs are few.
 */
function buildNetwork(givers: Giver[], takers: Taker[]) {
  const base = Math.min(Math.ceil(givers.reduce((s, g) => s + g.days, 0)) + 1, MAX_BASE);
  const takerNode = (ti: number) => 1 + givers.length + ti;
  const sink = 1 + givers.length + takers.length;
  const hubs = new Map<string, Hub>();
  const direct: { arc: Arc; edge: number }[] = [];
  const edges: { from: number; to: number; cap: number; cost: number }[] = [];
  // Each strand's takers listed once, so arcs are made by walking only the takers that need it.
  const takersOf = new Map<StrandKey, { t: Taker; ti: number }[]>();
  const takerIndex = new Map<string, number>();
  takers.forEach((t, ti) => {
    if (!takerIndex.has(t.key)) takerIndex.set(t.key, ti);
    for (const strand of Object.keys(t.strands) as StrandKey[]) {
      if (!t.strands[strand]) continue;
      let list = takersOf.get(strand);
      if (!list) takersOf.set(strand, (list = []));
      list.push({ t, ti });
    }
  });
  // The takers a hub may serve, and each one's number among them: worked out once per hub id, so
  // the work grows with hubs × takers, not givers × takers.
  const reaches = new Map<string, { list: { t: Taker; ti: number }[]; numberOf: Map<string, number> }>();
  const reachOf = (hubId: string, g: Giver, strand: StrandKey) => {
    let found = reaches.get(hubId);
    if (!found) {
      const list = (takersOf.get(strand) ?? []).filter(({ t }) => canServe(g, t, strand));
      const numberOf = new Map<string, number>();
      list.forEach(({ t }, j) => { if (!numberOf.has(t.key)) numberOf.set(t.key, j); });
      reaches.set(hubId, (found = { list, numberOf }));
    }
    return found;
  };
  let nodes = sink + 1;
  /** The hub with this id, made with arcs out to `reach` (the strand's takers it serves) when first asked for. */
  const hubFor = (id: string, strand: StrandKey, phase: Giver['phase'], reach: () => { t: Taker; ti: number }[]): Hub => {
    let hub = hubs.get(id);
    if (hub) return hub;
    hubs.set(id, (hub = { node: nodes++, strand, phase, inflow: [], outflow: [] }));
    for (const { t, ti } of reach()) {
      const samePhase = phase !== null && phase === t.phase;
      hub.outflow.push({ taker: t, edge: edges.length });
      edges.push({ from: hub.node, to: takerNode(ti), cap: t.need, cost: -dayValue(t, strand, false, samePhase, base) });
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
      // Outcomes support only between compatible measures or phases: the hub is per measure too.
      const hubId = `${strand}|${g.phase ?? ''}${strand === 'outcomes' ? `|${g.measure ?? ''}` : ''}`;
      const { list, numberOf } = reachOf(hubId, g, strand);
      // Its own number among the strand's takers it may serve, for the bit hubs (-1: it takes none of them).
      const mine = numberOf.get(g.key) ?? -1;
      if (mine < 0) {
        join(hubFor(hubId, strand, g.phase, () => list), g, gi);
      } else {
        for (let b = 0; b < bitsFor(list.length); b++) {
          const v = ((mine >> b) & 1) ^ 1;
          join(hubFor(`${hubId}|bit${b}=${v}`, strand, g.phase, () => list.filter((_, j) => ((j >> b) & 1) === v)), g, gi);
        }
      }
      for (const key of g.named[strand] ?? []) {
        const ti = takerIndex.get(key);
        const t = ti === undefined ? undefined : takers[ti];
        if (ti === undefined || !t || t.key === g.key || !t.strands[strand] || !canServe(g, t, strand)) continue;
        const arc: Arc = { giver: g, taker: t, strand, samePhase: samePhaseOf(g, t), named: true };
        direct.push({ arc, edge: edges.length });
        edges.push({ from: 1 + gi, to: takerNode(ti), cap: Math.min(g.days, t.need), cost: -dayValue(t, strand, true, arc.samePhase, base) });
      }
    }
  });
  takers.forEach((t, ti) => edges.push({ from: takerNode(ti), to: sink, cap: t.need, cost: 0 }));
  const net = new FlowNetwork(nodes);
  const handles = edges.map((e) => net.add(e.from, e.to, e.cap, e.cost));
  return { net, sink, hubs, direct, handles };
}

/**
 * The flow as giver → taker pieces. A hub's days in are matched to its days out in order; any
 * matching has the same value, since a day's value is fixed on the hub's way out, and none pairs
 * a school with itself, since no hub reaches a school that gives into it.
 */
function piecesOf(built: ReturnType<typeof buildNetwork>): Piece[] {
  const { net, hubs, direct, handles } = built;
  const pieces: Piece[] = [];
  for (const hub of hubs.values()) {
    const supply = hub.inflow.map((i) => ({ giver: i.giver, left: net.flow(handles[i.edge]!) }));
    let g = 0;
    for (const out of hub.outflow) {
      let need = net.flow(handles[out.edge]!);
      while (need > 1e-9 && g < supply.length) {
        const from = supply[g]!;
        const days = Math.min(need, from.left);
        if (days > 1e-9) pieces.push({ giver: from.giver, taker: out.taker, strand: hub.strand, samePhase: samePhaseOf(from.giver, out.taker), named: false, days });
        from.left -= days;
        need -= days;
        if (from.left <= 1e-9) g++;
      }
    }
  }
  for (const d of direct) pieces.push({ ...d.arc, days: net.flow(handles[d.edge]!) });
  return mergePieces(pieces);
}

/** The same giver, taker and strand can meet in several bit hubs and a direct arc: one piece each. */
function mergePieces(pieces: Piece[]): Piece[] {
  const merged = new Map<string, Piece>();
  for (const p of pieces) {
    if (p.days <= 1e-9) continue;
    const id = `${p.giver.key}\u0000${p.taker.key}\u0000${p.strand}`;
    const seen = merged.get(id);
    if (seen) {
      seen.days += p.days;
      seen.named ||= p.named;
    } else merged.set(id, { ...p, named: p.named || namesTaker(p.giver, p.taker, p.strand) });
  }
  return [...merged.values()];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function basisOf(a: Arc, lead: Lead | undefined): string {
  return [
    a.giver.strands[a.strand] ?? a.strand,
    ...(lead ? ['lead school for category E'] : []),
    ...(a.named ? ['its note names this school'] : []),
    a.giver.eligible,
  ].join('; ');
}

function reasonFor(a: Arc, lead: Lead | undefined): string {
  const need = a.taker.strands[a.strand]?.reason ?? a.strand;
  const phase = a.samePhase ? ` Both ${a.giver.phase}.` : a.giver.phase && a.taker.phase ? ` ${capital(a.giver.phase)} supporting ${a.taker.phase}.` : '';
  const leads = lead
    ? ` Lead school for this category E school (executive-head model), chosen first for sharing the most of its weak strands (${list(lead.shared.map((s) => STRAND_LABELS[s]))}).`
    : '';
  const named = a.named ? ` Its area of excellence names ${a.taker.school}, so it is served first.` : '';
  return `${a.taker.school}: ${need}, category ${a.taker.categoryShown}. ${a.giver.school} gives on ${a.giver.strands[a.strand]}; ${a.giver.eligible}.${leads}${named}${phase}`;
}

/**
 * Why a need is left unmet, naming the schools that could have helped. Takers share a few sets
 * of strands, so the givers of each set are found once, not once per taker.
 */
function unmetReasons(givers: Giver[]): (t: Taker) => string {
  const bySet = new Map<string, { able: Giver[]; keys: Set<string> }>();
  return (t) => {
    const strands = Object.keys(t.strands) as StrandKey[];
    const id = `${[...strands].sort().join(',')}|${t.phase ?? ''}|${t.measure ?? ''}`;
    let found = bySet.get(id);
    if (!found) {
      const able = givers.filter((g) => strands.some((s) => g.strands[s] && canServe(g, t, s)));
      bySet.set(id, (found = { able, keys: new Set(able.map((g) => g.key)) }));
    }
    const count = found.able.length - (found.keys.has(t.key) ? 1 : 0);
    if (count === 0) {
      const outcomesOnly = strands.includes('outcomes') && givers.some((g) => g.key !== t.key && g.strands.outcomes && !canServe(g, t, 'outcomes'));
      return `No other school gives in ${strands.join(', ')}${outcomesOnly ? ` (outcomes givers judge another measure or phase than ${t.measure ?? t.phase ?? 'this school'})` : ''}.`;
    }
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
 * Assign givers' days to takers' needs. First each category E school gets one lead school, the
 * giver sharing most of its weak strands (decision 0809); then a maximum-value flow (min-cost
 * flow with priority-weighted costs) from givers through matching strands to takers spends what
 * is left. Never over a giver's days or a taker's need, never a school to itself, outcomes only
 * between compatible measures or phases; severity first, then weakest strands, then schools the
 * givers' notes name, then same phase.
 */
export function assignSupport(givers: Giver[], takers: Taker[]): { assignments: Assignment[]; unmet: UnmetNeed[] } {
  const leads = chooseLeads(givers, takers);
  const leadOf = new Map(leads.map((l) => [`${l.giver.key}\u0000${l.taker.key}`, l]));
  const used = new Map<string, number>();
  const got = new Map<string, number>();
  for (const l of leads) {
    used.set(l.giver.key, (used.get(l.giver.key) ?? 0) + l.days);
    got.set(l.taker.key, (got.get(l.taker.key) ?? 0) + l.days);
  }
  const restGivers = givers.map((g) => ({ ...g, days: g.days - (used.get(g.key) ?? 0) }));
  const restTakers = takers.map((t) => ({ ...t, need: t.need - (got.get(t.key) ?? 0) }));
  const built = buildNetwork(restGivers, restTakers);
  maxValueFlow(built.net, 0, built.sink);
  const original = new Map(givers.map((g) => [g.key, g]));
  const originalTaker = new Map(takers.map((t) => [t.key, t]));
  const leadPieces: Piece[] = leads.map((l) => ({ giver: l.giver, taker: l.taker, strand: l.strand, samePhase: samePhaseOf(l.giver, l.taker), named: namesTaker(l.giver, l.taker, l.strand), days: l.days }));
  const flowPieces = piecesOf(built).map((p) => ({ ...p, giver: original.get(p.giver.key) ?? p.giver, taker: originalTaker.get(p.taker.key) ?? p.taker }));
  const assignments: Assignment[] = mergePieces([...leadPieces, ...flowPieces]).map((p) => {
    const pair = leadOf.get(`${p.giver.key}\u0000${p.taker.key}`);
    const lead = pair?.strand === p.strand ? pair : undefined;
    return {
      taker: p.taker.school, category: p.taker.category, strand: p.strand, need: p.taker.need, giver: p.giver.school, days: p.days,
      samePhase: p.samePhase, named: p.named, lead: lead !== undefined, basis: basisOf(p, lead), reason: reasonFor(p, lead),
    };
  });
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

