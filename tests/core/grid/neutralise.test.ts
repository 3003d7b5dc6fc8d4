import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../../core/grid/neutralise.js';

const RUNS = { seed: 42, numRuns: 2000 };
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\u0000', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('neutralise (formula injection guard)', () => {
  it('prefixes an apostrophe to any text starting, after spaces, with a formula or control character', () => {
    const risky = fc.tuple(fc.stringMatching(/^ {0,3}$/), fc.constantFrom(...TRIGGERS), fc.string()).map(([sp, t, rest]) => `${sp}${t}${rest}`);
    fc.assert(
      fc.property(risky, (text) => {
        const out = neutralise(text);
        return typeof out === 'string' && out === `'${text}`;
      }),
      RUNS,
    );
  });

  it('leaves other text untouched', () => {
    // Risky, stated independently of the implementation: a control character anywhere in the
    // leading run of blanks, or a trigger as the first character after that run.
    const risky = (s: string) => {
      const lead = s.length - s.replace(/^[\s\u0000]+/, '').length;
      return /[\t\r\n\u0000]/.test(s.slice(0, lead)) || TRIGGERS.includes(s.charAt(lead));
    };
    const safe = fc.oneof(fc.string(), fc.string({ unit: 'binary' })).filter((s) => !risky(s));
    fc.assert(fc.property(safe, (text) => neutralise(text) === text), RUNS);
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['  +1', "'  +1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['Oak Primary', 'Oak Primary'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(neutralise(text)).toBe(expected);
  });

  it('passes numbers, booleans and empty cells through', () => {
    expect(neutralise(-3)).toBe(-3);
    expect(neutralise(true)).toBe(true);
    expect(neutralise(null)).toBeNull();
  });
});
