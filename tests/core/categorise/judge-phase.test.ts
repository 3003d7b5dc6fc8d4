import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryFor, judgePhase, type StrandScores } from '../../../core/categorise/index.js';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults.js';
import { STRANDS, type StrandScore } from '../../../core/tracker/types.js';

const S = DEFAULT_SETTINGS;
const all = (n: StrandScore): StrandScores => Object.fromEntries(STRANDS.map((k) => [k, n]));

describe('judgePhase: the four rules in order', () => {
  it.each<[string, StrandScores, 'effective' | 'not effective' | null, string, RegExp]>([
    ['1 safeguarding not effective beats strong strands', all(4), 'not effective', 'Stabilise', /safeguarding is not effective/],
    ['1 safeguarding beats too few strands', {}, 'not effective', 'Stabilise', /safeguarding/],
    ['2 leadership 1 beats a high median', { ...all(4), leadership: 1 }, 'effective', 'Stabilise', /leadership is at 1/],
    ['2 leadership 1 beats too few strands', { leadership: 1 }, 'effective', 'Stabilise', /leadership is at 1/],
    ['3 three strands known', { leadership: 3, governance: 3, finance: 3 }, 'effective', 'Insufficient evidence', /3 of 8 strands known, at least 4/],
    ['3 nulls do not count', { leadership: 3, governance: 3, finance: 3, staffing: null }, 'effective', 'Insufficient evidence', /3 of 8/],
    ['4 exactly four strands is enough', { leadership: 3, governance: 3, finance: 3, staffing: 3 }, 'effective', 'Improve', /median of 4 known strands is 3/],
    ['4 odd count takes the middle', { leadership: 3, governance: 2, finance: 4, staffing: 2, outcomes: 1 }, 'effective', 'Repair', /median of 5 known strands is 2/],
    ['4 even median 2.5 rounds down', { leadership: 3, governance: 2, finance: 3, staffing: 2 }, 'effective', 'Repair', /median of 4 known strands is 2/],
    ['4 even median 3.5 rounds down', { leadership: 4, governance: 4, finance: 3, staffing: 3 }, 'effective', 'Improve', /is 3 \(Improve\)/],
    ['4 all 4 is Sustain', all(4), 'effective', 'Sustain', /median of 8 known strands is 4/],
    ['4 leadership 2 caps a Sustain median at Improve', { ...all(4), leadership: 2 }, 'effective', 'Improve', /leadership 2 caps it at Improve/],
    ['4 leadership 3 allows Sustain', { ...all(4), leadership: 3 }, 'effective', 'Sustain', /is 4 \(Sustain\)\.$/],
    ['4 unknown leadership: no cap', { governance: 4, finance: 4, staffing: 4, outcomes: 4 }, 'effective', 'Sustain', /Sustain/],
    ['4 unknown safeguarding still judged', all(3), null, 'Improve', /Improve/],
  ])('%s', (_, strands, safeguarding, phase, reason) => {
    const out = judgePhase(strands, safeguarding, S);
    expect(out.phase).toBe(phase);
    expect(out.reasons[0]).toMatch(reason);
  });

  it('names the strands that pulled it down, the missing ones and the derived ones', () => {
    const out = judgePhase(
      { leadership: 3, governance: 3, finance: 1, staffing: 2, outcomes: 3, attendance: 3 },
      null,
      S,
      { outcomes: 'derived', attendance: 'derived', leadership: 'reviewer' },
    );
    expect(out.phase).toBe('Improve');
    expect(out.reasons).toContain('Pulling it down: staffing 2 and finance 1.');
    expect(out.reasons).toContain('Not known: teaching & CPD and behaviour.');
    expect(out.reasons).toContain("Worked out from the tracker's data: attendance and outcomes.");
    expect(out.reasons).toContain('Safeguarding is not recorded, so it could not be checked.');
  });

  it('lists what is missing when evidence is insufficient', () => {
    const out = judgePhase({ leadership: 3 }, 'effective', S);
    expect(out.reasons[1]).toBe('Not known: governance, staffing, attendance, finance, outcomes, teaching & CPD and behaviour.');
  });

  it('reads its numbers from settings', () => {
    const strict = { ...S, phase: { minStrands: 6, leadershipCap: 0 } };
    expect(judgePhase({ leadership: 3, governance: 3, finance: 3, staffing: 3 }, 'effective', strict).phase).toBe('Insufficient evidence');
    expect(judgePhase({ ...all(4), leadership: 2 }, 'effective', strict).phase).toBe('Repair');
  });

  it('property: never above leadership + 1 (seed 42)', () => {
    const score = fc.option(fc.constantFrom<StrandScore>(1, 2, 3, 4), { nil: null });
    const strands = fc.record(Object.fromEntries(STRANDS.map((k) => [k, score])) as Record<string, typeof score>);
    const order = ['Stabilise', 'Repair', 'Improve', 'Sustain'];
    fc.assert(
      fc.property(strands, fc.constantFrom('effective' as const, 'not effective' as const, null), (st, sg) => {
        const { phase } = judgePhase(st, sg, S);
        const lead = st.leadership;
        if (lead != null && phase !== 'Insufficient evidence') expect(order.indexOf(phase) + 1).toBeLessThanOrEqual(lead + 1);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('categoryFor: section 3 table', () => {
  it.each<[string, Parameters<typeof categoryFor>[0], StrandScores, string | null]>([
    ['Sustain → A', 'Sustain', all(4), 'A'],
    ['Improve with exactly half the known strands at 4 → B', 'Improve', { leadership: 4, governance: 4, finance: 3, staffing: 3 }, 'B'],
    ['Improve with more than half at 4 → B', 'Improve', { ...all(4), leadership: 2, governance: 3 }, 'B'],
    ['Improve with just under half at 4 → C', 'Improve', { leadership: 4, governance: 4, finance: 3, staffing: 3, outcomes: 3 }, 'C'],
    ['Improve, half counted over known strands only', 'Improve', { leadership: 4, governance: 4, finance: 3, staffing: 3, outcomes: null }, 'B'],
    ['Improve → C', 'Improve', all(3), 'C'],
    ['Repair → D', 'Repair', all(2), 'D'],
    ['Stabilise → E', 'Stabilise', all(1), 'E'],
    ['Insufficient evidence → none', 'Insufficient evidence', {}, null],
  ])('%s', (_, phase, strands, category) => {
    expect(categoryFor(phase, strands, S)).toBe(category);
  });
});
