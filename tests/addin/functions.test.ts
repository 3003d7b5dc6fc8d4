import { afterEach, describe, expect, it, vi } from 'vitest';
import { callFunction, FUNCTIONS } from '../../core/functions/registry.js';
import { declaredArgs, safeResult, toExcelResult } from '../../addin/functions/excel-value.js';

class FakeFunctionError {
  constructor(readonly code: string, readonly message: string) {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('Excel custom functions (fake CustomFunctions global)', () => {
  it('associates exactly the registry ids at load', async () => {
    const associate = vi.fn();
    vi.stubGlobal('CustomFunctions', { associate, Error: FakeFunctionError });
    const { registerFunctions } = await import('../../addin/functions/functions.js');
    registerFunctions();
    expect(associate.mock.calls.map((c) => c[0])).toEqual(FUNCTIONS.map((f) => f.id));
  });

  it('returns the core answer, and a CustomFunctions.Error with its message for bad input', async () => {
    const handlers = new Map<string, (...a: unknown[]) => unknown>();
    vi.stubGlobal('CustomFunctions', { associate: (id: string, fn: (...a: unknown[]) => unknown) => handlers.set(id, fn), Error: FakeFunctionError });
    const { registerFunctions } = await import('../../addin/functions/functions.js');
    registerFunctions();
    const phase = handlers.get('PHASE')!;
    const answer = phase([[3, 3, 2, 3, 3, 4, 3, 3]], 'effective', { address: 'Sheet1!A1' });
    expect(JSON.stringify(answer)).toContain('Improve');
    expect(answer).toEqual(toExcelResult(callFunction('PHASE', [[[3, 3, 2, 3, 3, 4, 3, 3]], 'effective'])));
    const bad = handlers.get('BANDPOSITION')!('not a number', 10, 20, 30, 40);
    expect(bad).toBeInstanceOf(FakeFunctionError);
    expect((bad as FakeFunctionError).message.length).toBeGreaterThan(10);
  });
});

// [id, arguments as Excel passes them (omitted optionals as null, then the invocation), the answer]
const EXCEL_GOOD: [string, unknown[], unknown][] = [
  ['TARGET', ['Percentile', 62, [['P75', 'P90'], [68, 74]], null, null, null], 70],
  ['TARGET', ['Stretch', -0.2, [['P80', 0.4], ['National', '']], false, 2, null], 0.1],
  ['MILESTONE', [60, 66, 2, 3, null, null], 64],
  ['MILESTONE', [50, 60, 5, 6, [[20, 40, 60, 80, 90, 100]], null], 59],
  ['PROGRESS', [58, 60, null, null], 'On track'],
  ['PROGRESS', [null, 60, null, null], ''],
];
const EXCEL_BAD: [string, unknown[], string, RegExp][] = [
  ['TARGET', ['Guess', 62, [['P75', 68]], null, null, null], '#VALUE!', /method is "Guess"/],
  ['TARGET', ['National plus', 62, [['P75', 68]], null, null, null], '#N/A', /needs a national figure/],
  ['MILESTONE', [60, 66, 7, null, null, null], '#NUM!', /period is 7; use a whole number from 1 to 6/],
  ['PROGRESS', ['lots', 60, null, null], '#VALUE!', /actual is "lots", not a number/],
];

describe('the targets functions through the Excel wrapper', () => {
  async function handlers() {
    const map = new Map<string, (...a: unknown[]) => unknown>();
    vi.stubGlobal('CustomFunctions', { associate: (id: string, fn: (...a: unknown[]) => unknown) => map.set(id, fn), Error: FakeFunctionError });
    const { registerFunctions } = await import('../../addin/functions/functions.js');
    registerFunctions();
    return map;
  }
  const invocation = { address: 'Sheet1!B2', functionName: 'X' };

  it.each(EXCEL_GOOD)('PATHWAY.%s%j gives the core answer', async (id, args, expected) => {
    const fn = (await handlers()).get(id)!;
    expect(fn(...args, invocation)).toEqual(expected);
  });

  it.each(EXCEL_BAD)('PATHWAY.%s%j gives a CustomFunctions.Error with a plain message', async (id, args, code, message) => {
    const fn = (await handlers()).get(id)!;
    const bad = fn(...args, invocation);
    expect(bad).toBeInstanceOf(FakeFunctionError);
    expect((bad as FakeFunctionError).code).toBe(code);
    expect((bad as FakeFunctionError).message).toMatch(new RegExp(`^PATHWAY\\.${id}: `));
    expect((bad as FakeFunctionError).message).toMatch(message);
  });
});

describe('custom-function values', () => {
  it('turns empty cells into "" and keeps errors with their message', () => {
    expect(toExcelResult(null)).toBe('');
    expect(toExcelResult([[1, null], ['a', true]])).toEqual([[1, ''], ['a', true]]);
    expect(toExcelResult({ error: '#NUM!', message: 'floor above top 15%' })).toEqual({ error: '#NUM!', message: 'floor above top 15%' });
  });

  it('drops what Excel appends after the declared arguments and turns omitted ones into null', () => {
    expect(declaredArgs([1, undefined, { invocation: true }], 2)).toEqual([1, null]);
  });

  it('a throwing function still gives Excel an error value', () => {
    expect(safeResult(() => { throw new Error('boom'); })).toEqual({ error: '#VALUE!', message: 'boom' });
  });
});
