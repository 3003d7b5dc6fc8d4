import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetsWorkbook } from '../../appsscript/sheets-workbook.js';
import type { SpreadsheetAppLike } from '../../appsscript/spreadsheet-like.js';
import type { Cell } from '../../core/grid/types.js';
import { fakeSpreadsheetApp } from './fake-spreadsheet-app.js';
import { loadBuiltScript } from './load-built-script.js';
import { fakeFromXlsx } from './xlsx-to-fake.js';

const SAMPLE = 'examples/trust-tracker.xlsx';
const AS_OF = '2025-11-01';

const state = (fake: Awaited<ReturnType<typeof fakeFromXlsx>>) =>
  JSON.stringify(fake.book.sheets.map((s) => [s.name, s.grid(), [...s.layers], s.conditional, s.merges, s.filter?.range ?? null, [...s.widths], s.frozen]));

describe('server safety in the built Code.js (fake SpreadsheetApp)', () => {
  it.each([
    ['Service Spreadsheets failed while accessing document with id 1AbC.', /did not complete the request/],
    ['Service Spreadsheets timed out while accessing document with id 1AbC.', /did not complete the request/],
    ['This action would increase the number of cells in the workbook above the limit of 10000000 cells.', /10 million cells/],
    ['You do not have permission to access the requested document.', /edit access/],
    ['You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.', /protection/],
    ['Service invoked too many times for one day: spreadsheets.', /tomorrow/],
  ])('turns "%s" into a plain message with a next step (R1), and a rerun repairs everything (R4)', async (raw, plain) => {
    const clean = await fakeFromXlsx(SAMPLE);
    loadBuiltScript(clean).call('pathwayCategorise', { asOf: AS_OF });

    const fake = await fakeFromXlsx(SAMPLE);
    const { call } = loadBuiltScript(fake);
    // Fail half-way: the third sheet's values write.
    fake.failOn('Range.setValues', 3, raw);
    expect(() => call('pathwayCategorise', { asOf: AS_OF })).toThrow(plain);
    fake.reset();
    call('pathwayCategorise', { asOf: AS_OF });
    expect(state(fake)).toBe(state(clean));
  });

  it('passes its own messages through unchanged', async () => {
    const { call } = loadBuiltScript(await fakeFromXlsx(SAMPLE));
    expect(() => call('pathwaySetMapping', 'Schools', 'urn', '12')).toThrow('"12" is not a column; use letters such as C or AB.');
    expect(() => call('pathwayGoToCell', 'Gone', 'A1')).toThrow(/"Gone"/);
  });

  it('records a column correction in Pathway Mapping and shows it at once in the overview', async () => {
    const fake = await fakeFromXlsx(SAMPLE);
    const { call } = loadBuiltScript(fake);
    const before = call('pathwayOverview') as { recognised: { sheet: string; fields: { field: string; column: string | null; corrected: boolean }[] }[] };
    const schools = before.recognised.find((r) => r.sheet === 'Schools')!;
    const pupils = schools.fields.find((f) => f.field === 'pupils')!;
    expect(pupils.corrected).toBe(false);
    fake.reset();
    const after = call('pathwaySetMapping', 'Schools', 'pupils', 'B') as typeof before;
    const corrected = after.recognised.find((r) => r.sheet === 'Schools')!.fields.find((f) => f.field === 'pupils')!;
    expect(corrected).toMatchObject({ column: 'B', corrected: true });
    expect(fake.book.sheet('Pathway Mapping')!.grid()).toEqual([['Sheet', 'Field', 'Column'], ['Schools', 'pupils', 'B']]);
    expect(fake.calls.get('Range.getValues')).toBe(fake.book.sheets.length - 1);
  });

  it('saves settings only when the core finds no errors in them', async () => {
    const fake = await fakeFromXlsx(SAMPLE);
    const { call } = loadBuiltScript(fake);
    const view = call('pathwayReadSettings') as { exists: boolean; rows: { setting: string; value: string }[] };
    expect(view.exists).toBe(false);
    expect(view.rows.length).toBeGreaterThan(5);
    const saved = call('pathwayWriteSettings', view.rows) as { saved: boolean };
    expect(saved.saved).toBe(true);
    expect(fake.book.sheet('Pathway Settings')).toBeDefined();
  });
});

describe('SheetsWorkbook (fake SpreadsheetApp) properties, fast-check seed 42', () => {
  const text = fc.oneof(fc.string(), fc.constantFrom('=SUM(A1)', '+1', '-1', '@x', '\t=1', '\r=1', ' =1', '＝1', '＋1', '－1', '＠x', '\u0000=1'));
  const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
  const name = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('Pathway Settings', 'Pathway Mapping', 'Pathway', 'pathway Schools', 'Schools', ' Pathway X'));

  it('never changes a sheet it does not own, across 1,000 generated workbooks (R3)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), rows, fc.string({ maxLength: 8 }), async (userNames, data, suffix) => {
        const fake = fakeSpreadsheetApp();
        for (const n of userNames) fake.book.addSheet(n, [['mine', 1]]);
        const wb = new SheetsWorkbook(fake.app as unknown as SpreadsheetAppLike);
        for (const target of [...userNames, `Pathway ${suffix}`]) {
          await wb.write({ name: target, rows: data }).catch(() => undefined);
        }
        for (const n of userNames.filter((u) => !u.startsWith('Pathway ') || ['Pathway Settings', 'Pathway Mapping'].includes(u))) {
          expect(fake.book.sheet(n)!.grid()).toEqual([['mine', 1]]);
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('writes no text a spreadsheet could read as a formula (R5), and writing twice equals once (R4)', () => {
    fc.assert(
      fc.property(rows, (data) => {
        const once = fakeSpreadsheetApp();
        new SheetsWorkbook(once.app as unknown as SpreadsheetAppLike).writeNow({ name: 'Pathway Test', rows: data });
        const twice = fakeSpreadsheetApp();
        const wb = new SheetsWorkbook(twice.app as unknown as SpreadsheetAppLike);
        wb.writeNow({ name: 'Pathway Test', rows: data });
        wb.writeNow({ name: 'Pathway Test', rows: data });
        const written = once.book.sheet('Pathway Test')!.grid().flat();
        for (const v of written) {
          if (typeof v === 'string') expect(v).not.toMatch(/^[\s\u0000]*[=+\-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20]/);
        }
        expect(JSON.stringify(twice.book.sheet('Pathway Test')!.grid())).toBe(JSON.stringify(once.book.sheet('Pathway Test')!.grid()));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
