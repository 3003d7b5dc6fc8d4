import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSupport, comparePlanValues, namesTaker, planValue, type Assignment } from '../../../core/broker/assign.js';
import { canServe, outcomesCompatible } from '../../../core/broker/compatible.js';
import { chooseLeads, type Lead } from '../../../core/broker/lead-school.js';
import { FlowNetwork, maxValueFlow } from '../../../core/broker/min-cost-flow.js';
import type { Giver, Taker } from '../../../core/broker/roles.js';
import type { EducationPhase, StrandKey } from '../../../core/tracker/types.js';

const MEASURE: Partial<Record<EducationPhase, string>> = { primary: 'KS2 RWM EXS %', secondary: 'Progress 8', 'all-through': 'Progress 8' };
const measureOf = (phase: EducationPhase | null) => (phase ? (MEASURE[phase] ?? null) : null);

function giver(school: string, days: number, strands: StrandKey[], phase: EducationPhase | null = 'primary', opts: { measure?: string | null; named?: Partial<Record<StrandKey, string[]>> } = {}): Giver {
  const measure = opts.measure === undefined ? measureOf(phase) : opts.measure;
  return { key: school, school, phase, measure, days, strands: Object.fromEntries(strands.map((s) => [s, `${s} at 4`])), named: opts.named ?? {}, eligible: 'eligible' };
}
function taker(school: string, category: 'C' | 'D' | 'E', need: number, strands: [StrandKey, 0 | 1][], phase: EducationPhase | null = 'primary', measure: string | null = measureOf(phase)): Taker {
  return { key: school, school, phase, measure, category, categoryShown: category, need, strands: Object.fromEntries(strands.map(([s, level]) => [s, { level, reason: s }])) };
}
const summary = (a: Assignment[]) => a.map((x) => `${x.giver}>${x.taker}:${x.strand}:${x.days}`).sort();

describe('assignSupport on hand-made cases with known best plans', () => {
  it('meets the category E need before the D need when one giver could serve either', () => {
    const { assignments, unmet } = assignSupport([giver('G', 2, ['leadership'])], [taker('D1', 'D', 6, [['leadership', 1]]), taker('E1', 'E', 10, [['leadership', 0]])]);
    expect(summary(assignments)).toEqual(['G>E1:leadership:2']);
    expect(unmet.map((u) => [u.taker, u.unmet])).toEqual([['D1', 6], ['E1', 8]]);
  });

  it('routes around a giver only one taker can use, so both severe needs are met', () => {
    // Greedy "most severe first, first giver found" would give G1 to E1 and leave E2 with nothing.
    const { assignments, unmet } = assignSupport(
      [giver('G1', 2, ['leadership', 'finance']), giver('G2', 2, ['leadership'])],
      [taker('E1', 'E', 2, [['leadership', 1]]), taker('E2', 'E', 2, [['finance', 1]])],
    );
    expect(summary(assignments)).toEqual(['G1>E2:finance:2', 'G2>E1:leadership:2']);
    expect(unmet).toEqual([]);
  });

  it('never lets a school support itself, even when it gives and takes in the same strand', () => {
    const { assignments, unmet } = assignSupport([giver('S', 2, ['outcomes'])], [taker('S', 'D', 6, [['outcomes', 0]])]);
    expect(assignments).toEqual([]);
    expect(unmet[0]?.reason).toMatch(/No other school gives in outcomes/);
  });

  it('prefers a giver of the same phase when both could help', () => {
    const { assignments } = assignSupport(
      [giver('Sec', 2, ['behaviour'], 'secondary'), giver('Pri', 2, ['behaviour'], 'primary')],
      [taker('T', 'C', 3, [['behaviour', 0]], 'primary')],
    );
    expect(summary(assignments)).toEqual(['Pri>T:behaviour:2', 'Sec>T:behaviour:1']);
    expect(assignments.find((a) => a.giver === 'Pri')?.samePhase).toBe(true);
  });

  it('spends days on the weakest strand first within a category', () => {
    const { assignments } = assignSupport([giver('G', 2, ['attendance', 'finance'])], [taker('T', 'D', 6, [['attendance', 0], ['finance', 1]])]);
    expect(summary(assignments)).toEqual(['G>T:finance:2']);
  });

  it('says why a need is unmet when givers exist but their days are gone', () => {
    const { unmet } = assignSupport([giver('G', 2, ['leadership'])], [taker('E1', 'E', 2, [['leadership', 0]]), taker('C1', 'C', 3, [['leadership', 0]])]);
    expect(unmet).toEqual([expect.objectContaining({ taker: 'C1', met: 0, unmet: 3, reason: expect.stringMatching(/days planned for more severe needs/) })]);
  });
});

describe('outcomes support only between compatible schools (decision 0808)', () => {
  // giver phase, giver measure, taker phase, taker measure → may serve outcomes
  it.each([
    ['primary', 'KS2 RWM EXS %', 'primary', 'KS2 RWM EXS %', true],
    ['primary', 'KS2 RWM EXS %', 'all-through', 'Progress 8', false],
    ['primary', 'KS2 RWM EXS %', 'secondary', 'Progress 8', false],
    ['secondary', 'Progress 8', 'all-through', 'Progress 8', true],
    ['secondary', 'Attainment 8', 'secondary', 'Progress 8', true],
    ['special', 'KS2 RWM EXS %', 'primary', 'KS2 RWM EXS %', true],
    [null, null, null, null, false],
    [null, 'Progress 8', 'secondary', null, false],
  ] as const)('%s on %s → %s on %s: %s', (gp, gm, tp, tm, ok) => {
    expect(outcomesCompatible({ phase: gp, measure: gm }, { phase: tp, measure: tm })).toBe(ok);
    expect(canServe({ phase: gp, measure: gm }, { phase: tp, measure: tm }, 'outcomes')).toBe(ok);
    expect(canServe({ phase: gp, measure: gm }, { phase: tp, measure: tm }, 'leadership')).toBe(true);
  });

  it('sends no primary outcomes days to an all-through school on Progress 8, and says why the need is unmet', () => {
    const { assignments, unmet } = assignSupport([giver('Pri', 2, ['outcomes'], 'primary')], [taker('AT', 'E', 10, [['outcomes', 1]], 'all-through')]);
    expect(assignments).toEqual([]);
    expect(unmet[0]?.reason).toMatch(/outcomes givers judge another measure or phase than Progress 8/);
  });
});

describe('a school a giver\'s note names is served first (decision 0807)', () => {
  // givers (school, note names), takers → who gets the days
  it.each([
    ['the named school, over an equal one', [['G', ['T2']]], [['T1', 'D'], ['T2', 'D']], ['G>T2:teaching:2']],
    ['the named school, over a same-phase one', [['G', ['T2']]], [['T1', 'D', 'primary'], ['T2', 'D', 'secondary']], ['G>T2:teaching:2']],
    ['still the more severe need first', [['G', ['T2']]], [['T1', 'E'], ['T2', 'D']], ['G>T1:teaching:2']],
    ['no one named: same phase decides', [['G', []]], [['T1', 'D', 'secondary'], ['T2', 'D', 'primary']], ['G>T2:teaching:2']],
  ] as [string, [string, string[]][], [string, 'C' | 'D' | 'E', EducationPhase?][], string[]][])('%s', (_name, gs, ts, plan) => {
    const givers = gs.map(([g, names]) => giver(g, 2, ['teaching'], 'primary', { named: { teaching: names } }));
    const takers = ts.map(([t, c, p]) => taker(t, c, 6, [['teaching', 0]], p ?? 'primary'));
    const { assignments } = assignSupport(givers, takers);
    expect(summary(assignments)).toEqual(plan);
    for (const a of assignments) expect(a.named).toBe(gs.some(([g, names]) => g === a.giver && names.includes(a.taker)));
  });

  it('says so in the reason and the basis', () => {
    const { assignments } = assignSupport([giver('G', 2, ['teaching'], 'primary', { named: { teaching: ['T2'] } })], [taker('T1', 'D', 6, [['teaching', 0]]), taker('T2', 'D', 6, [['teaching', 0]])]);
    expect(assignments[0]?.reason).toMatch(/Its area of excellence names T2, so it is served first/);
    expect(assignments[0]?.basis).toMatch(/its note names this school/);
  });
});

describe('each category E school gets one lead school first (executive-head model, decision 0809)', () => {
  // givers (school, strands, phase), E takers (school, weak strands) → lead per taker
  it.each([
    ['the giver sharing most weak strands leads', [['A', ['leadership'], 'primary'], ['B', ['leadership', 'governance', 'finance'], 'primary']], [['E1', ['leadership', 'governance', 'finance']]], [['E1', 'B']]],
    ['a tie goes to the one covering a strand at 1', [['A', ['governance'], 'primary'], ['B', ['leadership'], 'primary']], [['E1', ['leadership*', 'governance']]], [['E1', 'B']]],
    ['then to the same phase', [['A', ['leadership'], 'secondary'], ['B', ['leadership'], 'primary']], [['E1', ['leadership']]], [['E1', 'B']]],
    ['a giver leads one school; the school with fewest choices picks first', [['A', ['leadership', 'finance'], 'primary'], ['B', ['leadership'], 'primary']], [['E1', ['leadership', 'finance']], ['E2', ['finance']]], [['E2', 'A'], ['E1', 'B']]],
    ['no school leads itself', [['E1', ['leadership'], 'primary']], [['E1', ['leadership']]], []],
    ['outcomes count only when compatible', [['P', ['outcomes', 'leadership'], 'primary'], ['A', ['leadership'], 'secondary']], [['AT', ['outcomes', 'leadership']]], [['AT', 'A']]],
  ] as [string, [string, StrandKey[], EducationPhase][], [string, string[]][], [string, string][]][])('%s', (_name, gs, ts, leads) => {
    const givers = gs.map(([g, strands, p]) => giver(g, 2, strands, p));
    const takers = ts.map(([t, strands]) => taker(t, 'E', 10, strands.map((s) => [s.replace('*', '') as StrandKey, s.endsWith('*') ? 1 : 0]), t === 'AT' ? 'all-through' : 'primary'));
    expect(chooseLeads(givers, takers).map((l) => [l.taker.school, l.giver.school])).toEqual(leads);
    const { assignments } = assignSupport(givers, takers);
    expect(assignments.filter((a) => a.lead).map((a) => [a.taker, a.giver]).sort()).toEqual([...leads].sort());
  });

  it('plans the lead\'s days on the weakest strand they share and says why in the reason', () => {
    const { assignments } = assignSupport([giver('L', 2, ['governance', 'leadership', 'finance'])], [taker('E1', 'E', 10, [['governance', 0], ['leadership', 1], ['finance', 0]])]);
    expect(summary(assignments)).toEqual(['L>E1:leadership:2']);
    expect(assignments[0]?.reason).toMatch(/Lead school for this category E school \(executive-head model\), chosen first for sharing the most of its weak strands \(Leadership, Governance and Finance\)/);
    expect(assignments[0]?.basis).toBe('leadership at 4; lead school for category E; eligible');
  });

  it('does not pick a lead for C or D schools', () => {
    expect(chooseLeads([giver('G', 2, ['leadership'])], [taker('D1', 'D', 6, [['leadership', 1]]), taker('C1', 'C', 3, [['leadership', 1]])])).toEqual([]);
  });
});

/** One plan line as the reference solvers write it: what planValue needs, nothing from the broker. */
function line(g: Giver, t: Taker, s: StrandKey, days: number): Assignment {
  return { taker: t.school, category: t.category, strand: s, need: t.need, giver: g.school, days, samePhase: g.phase !== null && g.phase === t.phase, named: namesTaker(g, t, s), lead: false, basis: '', reason: '' };
}

/** Days from a lead school to its category E school: at least `lead.days` in any plan the rule allows. */
const leadDays = (plan: Assignment[], l: Lead) => plan.filter((a) => a.giver === l.giver.school && a.taker === l.taker.school).reduce((n, a) => n + a.days, 0);

// Every feasible integer plan, for checking the broker against the true best on small cases: every
// plan that keeps every limit, serves outcomes only between compatible schools and gives each
// category E school at least its lead school's days (the executive-head rule, decision 0809).
function bruteForceBest(givers: Giver[], takers: Taker[]): ReturnType<typeof planValue> {
  const arcs = givers.flatMap((g) => takers.flatMap((t) =>
    t.key === g.key ? [] : (Object.keys(t.strands) as StrandKey[]).filter((s) => g.strands[s] && canServe(g, t, s)).map((s) => ({ g, t, s }))));
  const leads = chooseLeads(givers, takers);
  const left = new Map<string, number>([...givers.map((g) => [`g${g.key}`, g.days] as [string, number]), ...takers.map((t) => [`t${t.key}`, t.need] as [string, number])]);
  let best: ReturnType<typeof planValue> | null = null;
  const chosen: Assignment[] = [];
  const walk = (i: number) => {
    if (i === arcs.length) {
      if (leads.some((l) => leadDays(chosen, l) < l.days - 1e-9)) return;
      const v = planValue(chosen, takers);
      if (best === null || comparePlanValues(v, best) > 0) best = v;
      return;
    }
    const { g, t, s } = arcs[i]!;
    const max = Math.min(left.get(`g${g.key}`) ?? 0, left.get(`t${t.key}`) ?? 0);
    for (let d = 0; d <= max; d++) {
      if (d > 0) chosen.push(line(g, t, s, d));
      left.set(`g${g.key}`, (left.get(`g${g.key}`) ?? 0) - d);
      left.set(`t${t.key}`, (left.get(`t${t.key}`) ?? 0) - d);
      walk(i + 1);
      left.set(`g${g.key}`, (left.get(`g${g.key}`) ?? 0) + d);
      left.set(`t${t.key}`, (left.get(`t${t.key}`) ?? 0) + d);
      if (d > 0) chosen.pop();
    }
  };
  walk(0);
  return best ?? planValue([], takers);
}

const STRAND_POOL: StrandKey[] = ['leadership', 'outcomes'];
const SCHOOLS = ['S1', 'S2', 'S3', 'S4'];
const school = fc.constantFrom(...SCHOOLS);
const phase = fc.constantFrom<EducationPhase | null>('primary', 'secondary', 'all-through', null);
const measure = fc.constantFrom<string | null>('KS2 RWM EXS %', 'Progress 8', 'Attainment 8', null);
const strandSet = fc.subarray(STRAND_POOL, { minLength: 1 });
const namedArb = (pool: string[]) => fc.record({ leadership: fc.subarray(pool), outcomes: fc.subarray(pool) }, { requiredKeys: [] });
const giverArb = fc
  .record({ school, days: fc.integer({ min: 0, max: 2 }), strands: strandSet, phase, measure, named: namedArb(SCHOOLS) })
  .map((g) => giver(g.school, g.days, g.strands, g.phase, { measure: g.measure, named: g.named }));
const takerArb = fc
  .record({ school, category: fc.constantFrom<'C' | 'D' | 'E'>('C', 'D', 'E'), need: fc.integer({ min: 1, max: 3 }), strands: fc.subarray(STRAND_POOL, { minLength: 1 }), weak: fc.array(fc.constantFrom<0 | 1>(0, 1), { minLength: 2, maxLength: 2 }), phase, measure })
  .map((t) => taker(t.school, t.category, t.need, t.strands.map((s, i) => [s, t.weak[i] ?? 0]), t.phase, t.measure));

/** The limits and rules every plan keeps, whatever the input. */
function expectRulesKept(givers: Giver[], takers: Taker[], assignments: Assignment[]): void {
  const g = new Map(givers.map((x) => [x.school, x]));
  const t = new Map(takers.map((x) => [x.school, x]));
  for (const x of givers) expect(assignments.filter((a) => a.giver === x.school).reduce((s, a) => s + a.days, 0)).toBeLessThanOrEqual(x.days + 1e-9);
  for (const x of takers) expect(assignments.filter((a) => a.taker === x.school).reduce((s, a) => s + a.days, 0)).toBeLessThanOrEqual(x.need + 1e-9);
  for (const a of assignments) {
    expect(a.giver).not.toBe(a.taker);
    expect(Number.isInteger(a.days)).toBe(true);
    // A giver gives only on a strand it leads, to a taker weak there, outcomes only when compatible.
    expect(g.get(a.giver)?.strands[a.strand]).toBeDefined();
    expect(t.get(a.taker)?.strands[a.strand]).toBeDefined();
    expect(canServe(g.get(a.giver)!, t.get(a.taker)!, a.strand)).toBe(true);
    expect(a.named).toBe(namesTaker(g.get(a.giver)!, t.get(a.taker)!, a.strand));
  }
  // Category E: each lead school's days go to its school first, on one line marked as the lead.
  for (const l of chooseLeads(givers, takers)) {
    expect(leadDays(assignments, l)).toBeGreaterThanOrEqual(l.days - 1e-9);
    expect(assignments.filter((a) => a.lead && a.taker === l.taker.school).map((a) => a.giver)).toEqual([l.giver.school]);
  }
  expect(assignments.filter((a) => a.lead).every((a) => a.category === 'E')).toBe(true);
}

describe('assignSupport is optimal (fast-check, seed 42, against brute force)', () => {
  it('finds the lexicographically best plan value among plans that keep every rule', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(giverArb, { maxLength: 3, selector: (g) => g.key }),
        fc.uniqueArray(takerArb, { minLength: 1, maxLength: 3, selector: (t) => t.key }),
        (givers, takers) => {
          const { assignments } = assignSupport(givers, takers);
          expectRulesKept(givers, takers, assignments);
          expect(planValue(assignments, takers)).toEqual(bruteForceBest(givers, takers));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

/**
 * The best plan value by a plainer network: the lead schools' days fixed first (on the strand
 * worth most to each), then an arc for every giver, taker and shared strand (no hubs), solved by
 * the same flow routine. Brute force above checks the routine on small cases; this checks the hub,
 * bit-hub and named-arc network on trusts too big to enumerate.
 */
function directArcsBest(givers: Giver[], takers: Taker[]): ReturnType<typeof planValue> {
  const leads = chooseLeads(givers, takers);
  const fixed = leads.map((l) => line(l.giver, l.taker, l.strand, l.days));
  const rest = (key: string, start: number, side: 'giver' | 'taker') => start - leads.filter((l) => l[side].key === key).reduce((n, l) => n + l.days, 0);
  const gs = givers.map((g) => ({ ...g, days: rest(g.key, g.days, 'giver') }));
  const ts = takers.map((t) => ({ ...t, need: rest(t.key, t.need, 'taker') }));
  const base = gs.reduce((s, g) => s + g.days, 0) + 1;
  const net = new FlowNetwork(2 + gs.length + ts.length);
  const sink = 1 + gs.length + ts.length;
  const arcs: { g: Giver; t: Taker; s: StrandKey; handle: { from: number; index: number } }[] = [];
  gs.forEach((g, gi) => net.add(0, 1 + gi, g.days, 0));
  ts.forEach((t, ti) => net.add(1 + gs.length + ti, sink, t.need, 0));
  gs.forEach((g, gi) => ts.forEach((t, ti) => {
    if (g.key === t.key) return;
    for (const s of Object.keys(t.strands) as StrandKey[]) {
      if (!g.strands[s] || !canServe(g, t, s)) continue;
      const same = g.phase !== null && g.phase === t.phase;
      const value = { E: base ** 5, D: base ** 4, C: base ** 3 }[t.category] + (t.strands[s]?.level === 1 ? base ** 2 : 0) + (namesTaker(g, t, s) ? base : 0) + (same ? 1 : 0);
      arcs.push({ g, t, s, handle: net.add(1 + gi, 1 + gs.length + ti, Math.min(g.days, t.need), -value) });
    }
  }));
  maxValueFlow(net, 0, sink);
  const plan = arcs.flatMap(({ g, t, s, handle }) => {
    const days = net.flow(handle);
    return days > 0 ? [line(g, t, s, days)] : [];
  });
  return planValue([...fixed, ...plan], takers);
}

describe('the hub network against one arc per pair (fast-check, seed 7, trusts of up to 16 schools)', () => {
  const names = Array.from({ length: 16 }, (_, i) => `S${i + 1}`);
  const many = fc.constantFrom(...names);
  const strands: StrandKey[] = ['leadership', 'outcomes', 'teaching'];
  const bigNamed = fc.record({ leadership: fc.subarray(names, { maxLength: 2 }), outcomes: fc.subarray(names, { maxLength: 2 }), teaching: fc.subarray(names, { maxLength: 2 }) }, { requiredKeys: [] });
  const bigGiver = fc
    .record({ school: many, days: fc.integer({ min: 0, max: 4 }), strands: fc.subarray(strands, { minLength: 1 }), phase, measure, named: bigNamed })
    .map((g) => giver(g.school, g.days, g.strands, g.phase, { measure: g.measure, named: g.named }));
  const bigTaker = fc
    .record({ school: many, category: fc.constantFrom<'C' | 'D' | 'E'>('C', 'D', 'E'), need: fc.integer({ min: 1, max: 4 }), strands: fc.subarray(strands, { minLength: 1 }), weak: fc.array(fc.constantFrom<0 | 1>(0, 1), { minLength: 3, maxLength: 3 }), phase, measure })
    .map((t) => taker(t.school, t.category, t.need, t.strands.map((s, i) => [s, t.weak[i] ?? 0]), t.phase, t.measure));

  it('reaches the same plan value, and keeps every limit and rule', () => {
    fc.assert(
      fc.property(fc.uniqueArray(bigGiver, { maxLength: 12, selector: (g) => g.key }), fc.uniqueArray(bigTaker, { minLength: 1, maxLength: 12, selector: (t) => t.key }), (givers, takers) => {
        const { assignments } = assignSupport(givers, takers);
        expectRulesKept(givers, takers, assignments);
        expect(planValue(assignments, takers)).toEqual(directArcsBest(givers, takers));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
