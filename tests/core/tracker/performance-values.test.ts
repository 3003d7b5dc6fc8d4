import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddress, parseCellAddress } from '../../../core/grid/address.js';
import { headerKeys } from '../../../core/grid/header-keys.js';
import { PerformanceValues } from '../../../core/tracker/performance-values.js';
import type { PerformancePoint } from '../../../core/tracker/types.js';

const point = fc.record({
  key: fc.constantFrom('100001', '100002', 'name:oakprimary'),
  measure: fc.constantFrom('KS2 RWM EXS %', 'Progress 8'),
  unit: fc.constantFrom(null, 'Maths', 'Year 6'),
  year: fc.integer({ min: 1990, max: 2040 }),
  value: fc.double({ min: -100, max: 100, noNaN: true }),
  source: fc.record({ sheet: fc.constantFrom('Results', 'KS2 RWM EXS %'), cell: fc.tuple(fc.nat(200_000), fc.nat(16_383)).map(([r, c]) => cellAddress(r, c)) }),
});

describe('PerformanceValues: values stored by column (decision 0404)', () => {
  it('gives back every point as it was added, in order, past many doublings', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 1_500 }), (points: PerformancePoint[]) => {
        const values = PerformanceValues.of(points);
        expect(values.length).toBe(points.length);
        expect(values.points()).toEqual(points);
        expect(JSON.parse(JSON.stringify(values))).toEqual(JSON.parse(JSON.stringify(points)));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a hand-made cell that is not an A1 address as written', () => {
    const values = PerformanceValues.of([{ key: 'k', measure: 'm', unit: null, year: 2024, value: 1, source: { sheet: 'S', cell: '' } }]);
    expect(values.source(0)).toEqual({ sheet: 'S', cell: '' });
  });

  it('reserve makes room once and later adds still land in order', () => {
    const values = new PerformanceValues();
    values.reserve(10_000);
    for (let i = 0; i < 10_001; i++) values.add('k', 'm', i % 2 ? 'Maths' : null, 2000 + (i % 30), i / 4, 'S', i, 3);
    expect(values.length).toBe(10_001);
    expect(values.point(10_000)).toEqual({ key: 'k', measure: 'm', unit: null, year: 2000 + (10_000 % 30), value: 2_500, source: { sheet: 'S', cell: 'D10001' } });
    expect(values.unit(9_999)).toBe('Maths');
  });

  it('sameLine compares school, measure and unit exactly as written', () => {
    const values = PerformanceValues.of([
      { key: 'a', measure: 'm', unit: 'Maths', year: 2023, value: 1, source: { sheet: 'S', cell: 'A2' } },
      { key: 'a', measure: 'm', unit: 'Maths', year: 2024, value: 2, source: { sheet: 'S', cell: 'A3' } },
      { key: 'a', measure: 'm', unit: 'maths', year: 2025, value: 3, source: { sheet: 'S', cell: 'A4' } },
      { key: 'a', measure: 'm', unit: null, year: 2025, value: 3, source: { sheet: 'S', cell: 'A5' } },
    ]);
    expect([values.sameLine(0, 1), values.sameLine(1, 2), values.sameLine(2, 3)]).toEqual([true, false, false]);
  });
});

describe('parseCellAddress', () => {
  it('reverses cellAddress for every row and column a sheet can have', () => {
    fc.assert(fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
      expect(parseCellAddress(cellAddress(row, col))).toEqual({ row, col });
    }), { numRuns: 2_000 });
  });

  it.each(['', 'A0', '1A', 'A1:B2', 'Sheet!A1', 'AAAA1'])('refuses %j', (text) => expect(parseCellAddress(text)).toBeNull());

  it('reads absolute and lower-case addresses', () => {
    expect(parseCellAddress('$c$12')).toEqual({ row: 11, col: 2 });
  });
});

describe('headerKeys: a row keyed once and reused', () => {
  it('keys each cell as normaliseHeader of its text', () => {
    expect(headerKeys([' Top 15 % ', 2019, null, true])).toEqual(['top15pct', '2019', '', 'true']);
  });

  it('keys a row afresh when one of its cells was changed in place', () => {
    const row = ['School', 'URN'];
    expect(headerKeys(row)).toEqual(['school', 'urn']);
    row[1] = 'Phase of education';
    expect(headerKeys(row)).toEqual(['school', 'phaseofeducation']);
    row.push('Value');
    expect(headerKeys(row)).toEqual(['school', 'phaseofeducation', 'value']);
  });
});
