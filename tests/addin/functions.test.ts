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
