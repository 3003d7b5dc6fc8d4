import { describe, expect, it } from 'vitest';
import { capacityRoles } from '../../../core/broker/roles.js';
import { brokerSupport, supportPlanSheet } from '../../../core/broker/support-plan.js';
import type { SchoolResult } from '../../../core/categorise/types.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import type { StrandKey, StrandScore } from '../../../core/tracker/types.js';

function result(school: string, over: Partial<SchoolResult>, strands: Partial<Record<StrandKey, StrandScore>> = {}): SchoolResult {
  return {
    school, urn: null, educationPhase: 'primary', phase: 'Improve', category: 'C', agreed: null, trajectory: null, trajectoryFeatures: null,
    capacity: null, strandSources: {}, inspectionMismatch: false, risk: null, riskScore: null, reasons: [], headlineMeasure: null, pupils: null,
    strands: { leadership: null, governance: null, staffing: null, attendance: null, finance: null, outcomes: null, teaching: null, behaviour: null, ...strands },
    ...over,
  };
}

describe('capacityRoles', () => {
  const results = [
    result('Oakfield', { category: 'A', trajectory: 'E' }, { leadership: 4, teaching: 4 }),
    result('Riverside', { category: 'E', trajectory: 'H' }, { leadership: 1, governance: 2, teaching: 3 }),
    result('Hillside', { category: 'B', trajectory: 'F' }, { finance: 2 }),
    result('Brook', { category: 'D', agreed: { category: 'C', agreedBy: 'CEO', agreedOn: '2025-10-01', why: 'new head' } }, { attendance: 2 }),
    result('Meadow', { category: null }, { behaviour: 1 }),
  ];
  const { givers, takers } = capacityRoles(results, [{ school: 'Hillside', strand: 'governance', text: 'Governors\' visits', formId: 'H-1' }], DEFAULT_SETTINGS);

  it('makes givers from strands at 4, journeys A/B/E/F/G (outcomes) and areas of excellence', () => {
    expect(givers.map((g) => [g.school, Object.keys(g.strands).sort(), g.days])).toEqual([
      ['Oakfield', ['leadership', 'outcomes', 'teaching'], 2],
      ['Hillside', ['governance', 'outcomes'], 2],
    ]);
    expect(givers[1]?.strands.governance).toMatch(/area of excellence "Governors' visits" \(form H-1\)/);
  });

  it('makes takers from strands at 1–2 and journeys C/D/H, needing days by category (agreed first); A/B and unknown need none', () => {
    expect(takers.map((t) => [t.school, t.category, t.need, Object.keys(t.strands).sort()])).toEqual([
      ['Riverside', 'E', 10, ['governance', 'leadership', 'outcomes']],
      ['Brook', 'C', 3, ['attendance']],
    ]);
    expect(takers[0]?.strands.leadership).toEqual({ level: 1, reason: 'Leadership at 1 (Stabilise)' });
  });

  it('brokers the sample: Riverside first, Brook unmet for want of an attendance giver', () => {
    const plan = brokerSupport(results, [{ school: 'Hillside', strand: 'governance', text: 'Governors\' visits', formId: 'H-1' }], DEFAULT_SETTINGS);
    expect(plan.assignments.map((a) => [a.giver, a.taker, a.strand, a.days])).toEqual([
      ['Oakfield', 'Riverside', 'leadership', 2],
      ['Hillside', 'Riverside', 'outcomes', 2],
    ]);
    expect(plan.unmet.map((u) => [u.taker, u.unmet])).toEqual([['Riverside', 6], ['Brook', 3]]);
    const sheet = supportPlanSheet(plan, '2025-11-15');
    expect(sheet.name).toBe('Pathway Support Plan');
    expect(sheet.rows.slice(3).map((r) => r[6])).toEqual(['Planned', 'Planned', 'Unmet', 'Unmet']);
  });
});
