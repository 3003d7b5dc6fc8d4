import { describe, expect, it } from 'vitest';
import { capacityRole, capacityVerdict, type StrandScores } from '../../../core/categorise/index.js';
import type { Journey } from '../../../core/settings/types.js';

describe('capacityRole: section 6 givers and takers', () => {
  it.each<[string, StrandScores, Journey | null, 'giver' | 'taker' | null]>([
    ['a strand at 4 → giver', { leadership: 4, governance: 3 }, null, 'giver'],
    ['journey A → giver', { leadership: 3 }, 'A', 'giver'],
    ['journey B → giver', {}, 'B', 'giver'],
    ['journey E → giver', {}, 'E', 'giver'],
    ['journey F → giver', {}, 'F', 'giver'],
    ['journey G → giver (potential)', {}, 'G', 'giver'],
    ['a strand at 2 → taker', { leadership: 3, finance: 2 }, null, 'taker'],
    ['a strand at 1 → taker', { staffing: 1 }, null, 'taker'],
    ['journey C → taker', {}, 'C', 'taker'],
    ['journey D → taker', { leadership: 3 }, 'D', 'taker'],
    ['journey H → taker', {}, 'H', 'taker'],
    ['both: strand 4 and strand 2 → taker', { leadership: 4, finance: 2 }, null, 'taker'],
    ['both: journey A but a strand at 2 → taker', { finance: 2 }, 'A', 'taker'],
    ['both: strand 4 with journey D → taker', { teaching: 4 }, 'D', 'taker'],
    ['all 3s, no journey → neither', { leadership: 3, governance: 3 }, null, null],
    ['nothing known → neither', {}, null, null],
  ])('%s', (_, strands, journey, role) => {
    expect(capacityRole(strands, journey)).toBe(role);
  });

  it('a school with both signs says what it could share later', () => {
    expect(capacityVerdict({ leadership: 4, teaching: 4, finance: 2 }, 'F').reason).toBe(
      'Capacity: takes support (finance 2); once stronger it could share leadership and teaching & CPD at 4 and journey F.',
    );
  });
});

describe('capacityVerdict wording', () => {
  it('says "every strand" rather than listing all eight', () => {
    const all4 = { leadership: 4, governance: 4, staffing: 4, attendance: 4, finance: 4, outcomes: 4, teaching: 4, behaviour: 4 } as const;
    expect(capacityVerdict(all4, 'A').reason).toBe('Capacity: can give support (every strand at 4 and journey A).');
  });
});
