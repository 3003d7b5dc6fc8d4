import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_PREFIX, profileSheetNames, SHEET_NAME_MAX } from '../../../core/pack/sheet-names.js';

describe('profile sheet names', () => {
  it.each([
    ['Ashby', 'Pathway Profile – Ashby'],
    ['Brindlewick Primary School', 'Pathway Profile – Brindlewick'],
    ['Greywater All-Through Academy', 'Pathway Profile – Greywater'],
    ['Larkspur Rise Primary', 'Pathway Profile – Larkspur Rise'],
    ['St Mary/St John: Federation?', 'Pathway Profile – St Mary St'],
    ['Primary School', 'Pathway Profile – Primary'],
  ])('%s → %s', (school, name) => {
    expect(profileSheetNames([school])).toEqual([name]);
  });

  it('keeps clashing names apart, cut at a word to fit the number, the same way every run', () => {
    const schools = ['Kestrel Heath Primary', 'Kestrel Heath School', 'Kestrel Heath Academy'];
    const names = profileSheetNames(schools);
    expect(names).toEqual(['Pathway Profile – Kestrel Heath', 'Pathway Profile – Kestrel 2', 'Pathway Profile – Kestrel 3']);
    expect(profileSheetNames(schools)).toEqual(names);
  });

  it('is always within 31 characters, unique (ignoring case) and free of characters Excel refuses', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 40 }), (schools) => {
        const names = profileSheetNames(schools);
        expect(names).toHaveLength(schools.length);
        for (const n of names) {
          expect(n.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
          expect(n.startsWith(PROFILE_PREFIX)).toBe(true);
          expect(n).not.toMatch(/[:\\/?*[\]]/);
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});
