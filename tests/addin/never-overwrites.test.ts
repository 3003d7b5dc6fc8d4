import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnedSheet } from '../../core/ports/workbook.js';
import type { XlRequestContext } from '../../addin/office/excel-model.js';
import { OfficeWorkbook } from '../../addin/office/office-workbook.js';
import { CountingExcel } from './counting-excel.js';

// R3 on generated workbooks: whatever sheets a user has (including names close to Pathway's) and
// whatever sheets a run tries to write, no cell of a user's sheet changes.
const NAMES = ['Schools', 'Pathway', 'pathway schools', 'Pathway Settings', 'Pathway Mapping', ' Pathway Schools', 'Pathway Schools', 'Pathway Issues', 'PATHWAY SUMMARY', 'Data'];
const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 500 }), fc.boolean(), fc.constant(''));
const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
const workbook = fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), values: grid }), { selector: (s) => s.name, minLength: 1, maxLength: 5 });
const writes = fc.array(fc.record({ name: fc.constantFrom(...NAMES), rows: grid }), { maxLength: 4 });

describe('OfficeWorkbook (counting fake of Excel.RequestContext) never overwrites a user sheet', () => {
  it('across 1,000 generated workbooks (R3)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(workbook, writes, async (sheets, specs) => {
        const fx = new CountingExcel(sheets);
        const before = new Map(sheets.map((s) => [s.name, JSON.stringify(s.values)]));
        const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
        for (const spec of specs) {
          await wb.write(spec).catch(() => (refused += 1));
        }
        await wb.flush();
        for (const s of sheets) {
          if (isOwnedSheet(s.name)) continue;
          expect(JSON.stringify(fx.sheet(s.name)!.values)).toBe(before.get(s.name));
        }
      }),
      { numRuns: 1000, seed: 20251123 },
    );
    // The generator really does aim writes at user sheets.
    expect(refused).toBeGreaterThan(100);
  });
});
