import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedSchoolsMatcher } from '../../../core/broker/named-schools.js';
import { capacityRoles } from '../../../core/broker/roles.js';
import { brokerSupport, supportPlanSheet } from '../../../core/broker/support-plan.js';
import { effectiveCategory } from '../../../core/categorise/effective-category.js';
import type { RiskLevel, SchoolResult } from '../../../core/categorise/types.js';
import type { ExcellenceEntry } from '../../../core/forms/excellence.js';
import { strandNamedBy } from '../../../core/forms/excellence.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import type { Category, Journey, Settings } from '../../../core/settings/types.js';
import { STRANDS, type StrandKey, type StrandScore } from '../../../core/tracker/types.js';

function result(school: string, over: Partial<SchoolResult>, strands: Partial<Record<StrandKey, StrandScore>> = {}): SchoolResult {
  const all = { leadership: null, governance: null, staffing: null, attendance: null, finance: null, outcomes: null, teaching: null, behaviour: null, ...strands };
  const taker = Object.values(all).some((s) => s !== null && s <= 2) || ['C', 'D', 'H'].includes(over.trajectory ?? '');
  const giver = !taker && (Object.values(all).some((s) => s === 4) || ['A', 'B', 'E', 'F', 'G'].includes(over.trajectory ?? ''));
  return {
    school, urn: null, educationPhase: 'primary', phase: 'Improve', category: 'C', agreed: null, trajectory: null, trajectoryFeatures: null,
    capacity: taker ? 'taker' : giver ? 'giver' : null, strandSources: {}, inspectionMismatch: false, risk: 'Low', riskScore: null, reasons: [], headlineMeasure: 'KS2 RWM EXS %', pupils: null,
    strands: all,
    ...over,
  };
}

const withCapacity = (over: Partial<Settings['capacity']>): Settings => ({ ...DEFAULT_SETTINGS, capacity: { ...DEFAULT_SETTINGS.capacity, ...over } });

describe('capacityRoles', () => {
  const results = [
    result('Oakfield', { category: 'A', trajectory: 'E' }, { leadership: 4, teaching: 4 }),
    result('Riverside', { category: 'E', trajectory: 'H', risk: 'Critical' }, { leadership: 1, governance: 2, teaching: 3 }),
    result('Hillside', { category: 'B', trajectory: 'F' }, { finance: 2 }),
    result('Brook', { category: 'D', agreed: { category: 'C', agreedBy: 'CEO', agreedOn: '2025-10-01', why: 'new head' } }, { attendance: 2 }),
    result('Meadow', { category: null }, { behaviour: 1 }),
    result('Elm', { category: 'C', trajectory: 'B' }, { leadership: 3 }),
    result('Ash', { category: 'B' }, { governance: 3, teaching: 3 }),
  ];
  const excellence: ExcellenceEntry[] = [
    { school: 'Hillside', strand: 'governance', text: 'Governors\' visits', formId: 'H-1' },
    { school: 'Ash', strand: 'governance', text: 'Governors\' visits with Riverside', formId: 'A-1' },
    { school: 'Ash', strand: 'teaching', text: 'A lovely atmosphere', formId: 'A-2' },
  ];
  const { givers, takers, heldBack } = capacityRoles(results, excellence, DEFAULT_SETTINGS);

  it('makes givers only from strands at 4 and areas of excellence that name a strand, never from journeys', () => {
    expect(givers.map((g) => [g.school, Object.keys(g.strands).sort(), g.days])).toEqual([
      ['Oakfield', ['leadership', 'teaching'], 2],
      ['Ash', ['governance'], 2],
    ]);
    expect(givers[1]?.strands.governance).toMatch(/area of excellence "Governors' visits with Riverside" \(form A-1\)/);
    expect(givers[1]?.named).toEqual({ governance: ['riverside'] });
    expect(givers[0]?.eligible).toBe('eligible: category A, risk Low, takes no support');
  });

  it('says why schools with something to share give nothing', () => {
    expect(heldBack.map((h) => h.school)).toEqual(['Hillside', 'Elm', 'Ash']);
    expect(heldBack[0]?.reason).toMatch(/^Gives no days although it could share Governance: it takes support itself \(Finance at 2 \(Repair\)\) \(setting "Givers: a taker may give": no\)\.$/);
    expect(heldBack[1]?.reason).toMatch(/capacity is "giver" by journey B/);
    expect(heldBack[2]?.reason).toMatch(/"A lovely atmosphere" \(form A-2\) names no strand/);
  });

  it('makes takers from strands at 1–2 and journeys C/D/H, needing days by category (agreed first); A/B and unknown need none', () => {
    expect(takers.map((t) => [t.school, t.category, t.categoryShown, t.need, Object.keys(t.strands).sort()])).toEqual([
      ['Riverside', 'E', 'E', 10, ['governance', 'leadership', 'outcomes']],
      ['Hillside', 'B', 'B', 0, ['finance']],
      ['Brook', 'C', 'C (agreed; computed D)', 3, ['attendance']],
    ].filter((t) => t[3] !== 0));
    expect(takers[0]?.strands.leadership).toEqual({ level: 1, reason: 'Leadership at 1 (Stabilise)' });
  });

  it('brokers the sample: Riverside first with a lead school, the named school, Brook unmet for want of an attendance giver', () => {
    const plan = brokerSupport(results, excellence, DEFAULT_SETTINGS);
    expect(plan.assignments.map((a) => [a.giver, a.taker, a.strand, a.days, a.lead, a.named])).toEqual([
      ['Oakfield', 'Riverside', 'leadership', 2, true, false],
      ['Ash', 'Riverside', 'governance', 2, false, true],
    ]);
    expect(plan.unmet.map((u) => [u.taker, u.unmet])).toEqual([['Riverside', 6], ['Brook', 3]]);
    const sheet = supportPlanSheet(plan, '2025-11-15');
    expect(sheet.name).toBe('Pathway Support Plan');
    expect(sheet.rows.slice(3).map((r) => r[6])).toEqual(['Planned', 'Planned', 'Unmet', 'Unmet', 'Not giving', 'Not giving', 'Not giving']);
    expect(String(sheet.rows[1]?.[0])).toMatch(/2 more schools with something to share give none/);
  });
});

describe('who may give (decision 0806): a taker, category D or E, or High/Critical risk gives nothing unless a setting says so', () => {
  // school profile → gives with default settings; gives with the one setting that covers it on
  it.each([
    ['strong school', { category: 'A' }, { leadership: 4 }, true, null],
    ['category C, strand at 4, Low risk', { category: 'C' }, { leadership: 4 }, true, null],
    ['a taker (finance 2)', { category: 'B' }, { leadership: 4, finance: 2 }, false, 'takersGive'],
    ['a taker by journey C', { category: 'B', trajectory: 'C' }, { leadership: 4 }, false, 'takersGive'],
    ['category D', { category: 'D' }, { leadership: 4 }, false, 'categoryDEGive'],
    ['category E', { category: 'E' }, { leadership: 4 }, false, 'categoryDEGive'],
    ['computed C, agreed D', { category: 'C', agreed: { category: 'D', agreedBy: null, agreedOn: null, why: null } }, { leadership: 4 }, false, 'categoryDEGive'],
    ['computed D, agreed B', { category: 'D', agreed: { category: 'B', agreedBy: null, agreedOn: null, why: null } }, { leadership: 4 }, true, null],
    ['High risk', { category: 'C', risk: 'High' }, { leadership: 4 }, false, 'highRiskGive'],
    ['Critical risk', { category: 'C', risk: 'Critical' }, { leadership: 4 }, false, 'highRiskGive'],
    ['Medium risk', { category: 'C', risk: 'Medium' }, { leadership: 4 }, true, null],
    ['journey A, all 3s', { category: 'C', trajectory: 'A' }, { leadership: 3 }, false, null],
  ] as [string, Partial<SchoolResult>, Partial<Record<StrandKey, StrandScore>>, boolean, keyof Settings['capacity'] | null][])('%s', (_name, over, strands, gives, setting) => {
    const r = result('School', over, strands);
    expect(capacityRoles([r], [], DEFAULT_SETTINGS).givers.length > 0).toBe(gives);
    if (setting) {
      const allowed = capacityRoles([r], [], withCapacity({ [setting]: 'yes' }));
      expect(allowed.givers.length).toBe(1);
      expect(allowed.givers[0]?.eligible).toMatch(/^gives although .*: yes\)/);
    }
  });
});

describe('the strand an area of excellence names (decision 0807)', () => {
  it.each([
    ['Early reading leadership and phonics', 'teaching'],
    ['Phonics leadership across KS1', 'teaching'],
    ['Curriculum leadership in history', 'teaching'],
    ['Subject leadership in science', 'leadership'],
    ['Middle leaders\' line management', 'leadership'],
    ['Governors hold leaders to account', 'governance'],
    ['Attendance follow-up calls', 'attendance'],
    ['Behaviour routines at transitions', 'behaviour'],
    ['Budget planning with the LGB', 'governance'],
    ['GCSE results in maths', 'outcomes'],
    ['Fluency routines in maths lessons', 'teaching'],
    ['Adaptive teaching for pupils with SEND', 'teaching'],
    ['A lovely atmosphere', null],
  ] as [string, StrandKey | null][])('"%s" → %s', (text, strand) => {
    expect(strandNamedBy(text)).toBe(strand);
  });
});

describe('which school a note names (decision 0807)', () => {
  const schools = ['Kilnhurst Fields Primary', 'Pennyworth Primary School', 'Greywater All-Through Academy', 'Elmsworth Green Primary', 'Elmsworth Vale Academy', 'Oak Academy'].map((s) => ({ key: s.toLowerCase(), school: s }));
  const named = namedSchoolsMatcher(schools);
  it.each([
    ['Could support Kilnhurst Fields Primary with phonics', ['kilnhurst fields primary']],
    ['Share with Kilnhurst next term', ['kilnhurst fields primary']],
    ['kilnhurst fields and Pennyworth would gain', ['kilnhurst fields primary', 'pennyworth primary school']],
    ['Greywater all-through: KS3 reading', ['greywater all-through academy']],
    ['Elmsworth staff could visit', []],
    ['Elmsworth Green Primary staff could visit', ['elmsworth green primary']],
    ['Oak leaves display', []],
    ['Kilnhursts', []],
    ['Early reading and phonics', []],
  ] as [string, string[]][])('"%s" → %j', (text, keys) => {
    expect(named(text)).toEqual(keys);
  });
});

// The rules as properties over any trust: whatever the schools and settings, no giver shows a sign
// of needing support that the settings do not allow, and every giver strand is at 4 or named.
describe('capacityRoles keeps the giver rules (fast-check, seed 12)', () => {
  const score = fc.constantFrom<StrandScore | undefined>(1, 2, 3, 4, undefined);
  const category = fc.constantFrom<Category | null>('A', 'B', 'C', 'D', 'E', null);
  const school = fc.record({
    strands: fc.record(Object.fromEntries(STRANDS.map((s) => [s, score])) as Record<StrandKey, fc.Arbitrary<StrandScore | undefined>>),
    category,
    agreed: fc.option(fc.constantFrom<Category>('A', 'B', 'C', 'D', 'E')),
    trajectory: fc.option(fc.constantFrom<Journey>('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H')),
    risk: fc.option(fc.constantFrom<RiskLevel>('Low', 'Medium', 'High', 'Critical')),
    excellence: fc.subarray(['Phonics teaching', 'Governors\' visits', 'Budget control', 'A lovely atmosphere', 'Leadership coaching for S2']),
  });
  const yesNo = fc.constantFrom<'yes' | 'no'>('yes', 'no');
  it('gives only where the rules and settings allow', () => {
    fc.assert(
      fc.property(fc.array(school, { minLength: 1, maxLength: 6 }), yesNo, yesNo, yesNo, (schools, takersGive, categoryDEGive, highRiskGive) => {
        const results = schools.map((s, i) =>
          result(`S${i + 1}`, { category: s.category, agreed: s.agreed ? { category: s.agreed, agreedBy: null, agreedOn: null, why: null } : null, trajectory: s.trajectory, risk: s.risk }, s.strands));
        const excellence = schools.flatMap((s, i) => s.excellence.map((text, j) => ({ school: `S${i + 1}`, strand: strandNamedBy(text) ?? 'teaching', text, formId: `F${i}-${j}` })));
        const settings = withCapacity({ takersGive, categoryDEGive, highRiskGive });
        const { givers, takers } = capacityRoles(results, excellence, settings);
        for (const g of givers) {
          const r = results.find((x) => x.school === g.school)!;
          const cat = effectiveCategory(r);
          if (takersGive === 'no') expect(r.capacity).not.toBe('taker');
          if (categoryDEGive === 'no') expect(['D', 'E']).not.toContain(cat);
          if (highRiskGive === 'no') expect(['High', 'Critical']).not.toContain(r.risk);
          for (const s of Object.keys(g.strands) as StrandKey[]) {
            const named = excellence.some((e) => e.school === g.school && strandNamedBy(e.text) === s);
            expect(r.strands[s] === 4 || named).toBe(true);
            expect(r.strands[s] === null || r.strands[s] === undefined || r.strands[s]! > 2).toBe(true);
          }
          for (const keys of Object.values(g.named)) expect(keys).not.toContain(g.key);
        }
        for (const t of takers) expect(t.category).toBe(effectiveCategory(results.find((x) => x.school === t.school)!));
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
