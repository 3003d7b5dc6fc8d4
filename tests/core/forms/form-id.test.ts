import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanId, formId, formSheetName, isFormSheet } from '../../../core/forms/form-id.js';

const key = { school: 'Kilnhurst Fields Primary', date: '2026-01-13', from: '09:00', observer: 'Helen Marsh', subject: 'English', yearClass: 'Y1' };

describe('formId', () => {
  it.each([
    ['Kilnhurst Fields Primary', /^KFP-260113-[0-9a-z]{4}$/],
    ['St Mary\'s Church of England Primary School', /^MCEP-260113-/],
    ['Thistlecombe', /^THI-260113-/],
    ['The Academy', /^ACA-260113-/],
    ['!!!', /^X-260113-/],
  ])('%s', (school, pattern) => expect(formId({ ...key, school })).toMatch(pattern));

  it('says "nodate" when the visit has no date', () => {
    expect(formId({ ...key, date: null })).toMatch(/^KFP-nodate-/);
  });

  it('changes with what makes the visit, not with spacing or case', () => {
    expect(formId({ ...key, observer: ' helen  MARSH ' })).toBe(formId(key));
    expect(formId({ ...key, from: '10:00' })).not.toBe(formId(key));
    expect(formId({ ...key, yearClass: 'Y2' })).not.toBe(formId(key));
  });

  it('always makes a legal Excel sheet name of at most 31 characters (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.constant('2026-01-13'), { nil: null }), (school, observer, date) => {
        const name = formSheetName(formId({ ...key, school, observer, date }));
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
        expect(isFormSheet(name)).toBe(true);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('cleanId', () => {
  it.each([
    ['V-001', 'V-001'],
    ['Visit: 12/3 [A]', 'Visit 123 A'],
    ['a-very-long-visit-reference-number-2026', 'a-very-long-visit-'],
  ])('%s → %s', (raw, clean) => expect(cleanId(raw)).toBe(clean));
});
