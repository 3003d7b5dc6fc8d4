import { describe, expect, it } from 'vitest';
import { SheetsWorkbook, widthInPixels } from '../../appsscript/sheets-workbook.js';
import { tableSheet } from '../../core/sheets/table.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { SpreadsheetAppLike } from '../../appsscript/spreadsheet-like.js';
import { fakeSpreadsheetApp, type FakeSheet } from './fake-spreadsheet-app.js';

function workbook(fake: ReturnType<typeof fakeSpreadsheetApp>): SheetsWorkbook {
  return new SheetsWorkbook(fake.app as unknown as SpreadsheetAppLike);
}

function schoolsSpec(rows: number): SheetSpec {
  const spec = tableSheet({
    name: 'Pathway Test',
    title: 'Pathway: a test table',
    note: 'Rewritten on every run.',
    columns: [
      { header: 'School', width: 30 },
      { header: 'Phase', width: 12, colours: { Thriving: { fill: 'C6EFCE', font: '006100' }, Stuck: { fill: 'FFC7CE', font: '9C0006' } } },
      { header: 'Score', width: 12, numFmt: '0.00' },
      { header: 'Notes', width: 40, wrap: true },
    ],
    rows: Array.from({ length: rows }, (_, i) => [`School ${i + 1}`, i % 2 ? 'Thriving' : 'Stuck', i / 7, i === 0 ? '=HYPERLINK("x")' : null]),
  });
  return {
    ...spec,
    merges: [{ row: 0, col: 0, cols: 4 }],
    validations: [
      { range: { row: 3, col: 1, rows }, list: ['Thriving', 'Stuck'] },
      { range: { row: 3, col: 3, rows }, list: ['Yes', 'No'], prompt: 'Yes or No' },
    ],
  };
}

function snapshot(sheet: FakeSheet) {
  return JSON.stringify({
    values: sheet.grid(),
    layers: [...sheet.layers].map(([k, v]) => [k, v]),
    merges: sheet.merges, widths: [...sheet.widths], hidden: [...sheet.hidden], frozen: sheet.frozen,
    filter: sheet.filter?.range ?? null, tab: sheet.tabColor, conditional: sheet.conditional, rows: sheet.maxRows,
  });
}

describe('SheetsWorkbook (fake SpreadsheetApp): writing a SheetSpec', () => {
  it('renders values, neutralised text, formats, widths, freeze, filter, validations and RAG rules', async () => {
    const fake = fakeSpreadsheetApp();
    await workbook(fake).write(schoolsSpec(3));
    const sheet = fake.book.sheet('Pathway Test')!;
    expect(sheet.grid()[0]).toEqual(['Pathway: a test table', '', '', '']);
    expect(sheet.grid()[2]).toEqual(['School', 'Phase', 'Score', 'Notes']);
    expect(sheet.grid()[3]).toEqual(['School 1', 'Stuck', 0, `'=HYPERLINK("x")`]);
    expect(sheet.layer('fontWeight')[2]?.[0]).toBe('bold');
    expect(sheet.layer('background')[2]?.[3]).toMatch(/^#[0-9A-F]{6}$/i);
    expect(sheet.layer('background')[4]?.[3]).toBeUndefined(); // outside the header's block: never painted
    expect(sheet.layer('numberFormat')[4]?.[2]).toBe('0.00');
    expect(sheet.layer('numberFormat')[4]?.[0]).toBe('@');
    expect(sheet.layer('wrap')[4]?.[3]).toBe(true);
    expect(sheet.widths.get(1)).toBe(widthInPixels(30));
    expect(sheet.frozen).toEqual({ rows: 3, cols: 1 });
    expect(sheet.filter?.range).toBe('A3:D6');
    expect(sheet.merges).toEqual(['A1:D1']);
    expect(sheet.tabColor).toMatch(/^#[0-9A-F]{6}$/i);
    const phaseRules = sheet.conditional.map((r) => r.spec);
    expect(phaseRules).toContainEqual({ equals: 'Thriving', background: '#C6EFCE', fontColor: '#006100', ranges: ['B4:B6'] });
    const validation = sheet.layer<{ spec: { list: string[]; help?: string } }>('validation');
    expect(validation[3]?.[1]?.spec.list).toEqual(['Thriving', 'Stuck']);
    expect(validation[5]?.[3]?.spec.help).toBe('Yes or No');
    expect(validation[4]?.[2]).toBeNull();
  });

  it('builds one validation rule per distinct list, however many ranges use it', async () => {
    const fake = fakeSpreadsheetApp();
    const spec = schoolsSpec(5);
    spec.validations = [0, 1, 2].map((col) => ({ range: { row: 3, col, rows: 5 }, list: ['A', 'B'] }));
    await workbook(fake).write(spec);
    expect(fake.calls.get('DataValidationBuilder.build')).toBe(1);
    expect(fake.calls.get('Range.setDataValidations')).toBe(1);
  });

  it('refuses a sheet Pathway does not own, naming it, and writes nothing', async () => {
    const fake = fakeSpreadsheetApp();
    fake.book.addSheet('Schools', [['School'], ['Oak']]);
    const wb = workbook(fake);
    for (const name of ['Schools', 'Pathway Settings', 'Pathway Mapping', 'Summary']) {
      await expect(wb.write({ name, rows: [['x']] })).rejects.toThrow(`"${name}"`);
    }
    expect(fake.book.sheet('Schools')!.grid()).toEqual([['School'], ['Oak']]);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['Schools']);
  });

  it('writes the user-choice sheets only through writeChoiceSheetNow', () => {
    const fake = fakeSpreadsheetApp();
    const wb = workbook(fake);
    wb.writeChoiceSheetNow({ name: 'Pathway Settings', rows: [['Setting', 'Value']] });
    expect(fake.book.sheet('Pathway Settings')!.grid()).toEqual([['Setting', 'Value']]);
    expect(() => wb.writeChoiceSheetNow({ name: 'Pathway Schools', rows: [] })).toThrow('"Pathway Schools"');
  });

  it('leaves the same sheet after two runs as after one, also after a bigger earlier run', async () => {
    const once = fakeSpreadsheetApp();
    await workbook(once).write(schoolsSpec(20));
    const twice = fakeSpreadsheetApp();
    await workbook(twice).write(schoolsSpec(20));
    await workbook(twice).write(schoolsSpec(20));
    expect(snapshot(twice.book.sheet('Pathway Test')!)).toBe(snapshot(once.book.sheet('Pathway Test')!));
    const shrunk = fakeSpreadsheetApp();
    await workbook(shrunk).write(schoolsSpec(40));
    await workbook(shrunk).write(schoolsSpec(20));
    expect(shrunk.book.sheet('Pathway Test')!.grid()).toEqual(once.book.sheet('Pathway Test')!.grid());
    expect(shrunk.book.sheet('Pathway Test')!.filter?.range).toBe('A3:D23');
  });

  it('grows the sheet for 60,000 rows and makes the same service calls as for 150 (P4), never flush()', async () => {
    const counts = [150, 60_000].map((rows) => {
      const fake = fakeSpreadsheetApp();
      workbook(fake).writeNow(schoolsSpec(rows));
      expect(fake.book.sheet('Pathway Test')!.grid()).toHaveLength(rows + 3);
      return Object.fromEntries([...fake.calls].filter(([k]) => k !== 'Sheet.insertRowsAfter'));
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!['SpreadsheetApp.flush']).toBeUndefined();
    expect(counts[0]!['Range.setValues']).toBe(1);
    expect(counts[0]!['Range.setBackgrounds']).toBe(1);
    expect(counts[0]!['Range.setNumberFormats']).toBe(1);
  });
});

describe('SheetsWorkbook (fake SpreadsheetApp): charts and row heights', () => {
  const spec: SheetSpec = {
    name: 'Pathway Dashboard',
    rows: [['Year', 'Trust', 'National'], [2024, 65, 61], [2025, 67, 62], [null, null, null], [null, null, null]],
    rowHeights: { 1: 30, 2: 30, 3: 45 },
    charts: [{
      kind: 'line', title: 'Trust and national', categories: { row: 1, col: 0, rows: 2 },
      series: [{ name: 'Trust', values: { row: 1, col: 1, rows: 2 }, color: '2E75B6' }, { name: 'National', values: { row: 1, col: 2, rows: 2 } }],
      anchor: { row: 3, col: 0, rows: 2, cols: 3 }, yAxis: { title: '%' },
    }],
  };

  it('draws each chart with EmbeddedChartBuilder over the sheet\'s own cells, and rendering twice leaves one', async () => {
    const fake = fakeSpreadsheetApp();
    const wb = workbook(fake);
    await wb.write(spec);
    await wb.write(spec);
    const sheet = fake.book.sheet('Pathway Dashboard')!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ kind: 'line', ranges: ['A2:A3', 'B2:B3', 'C2:C3'], position: [4, 1] });
    expect(sheet.charts[0]!.options).toMatchObject({ title: 'Trust and national', series: { 0: { labelInLegend: 'Trust', color: '#2E75B6' }, 1: { labelInLegend: 'National' } }, vAxis: { title: '%' } });
  });

  it('sets row heights in runs of equal height, in pixels', async () => {
    const fake = fakeSpreadsheetApp();
    await workbook(fake).write(spec);
    const sheet = fake.book.sheet('Pathway Dashboard')!;
    expect([...sheet.heights.entries()]).toEqual([[2, 40], [3, 40], [4, 60]]);
    expect(fake.calls.get('Sheet.setRowHeights')).toBe(2);
  });
});

describe('SheetsWorkbook (fake SpreadsheetApp): reading', () => {
  it('reads a sheet with one getValues, empty cells as null and Dates as Excel serials', async () => {
    const fake = fakeSpreadsheetApp('Etc/UTC');
    fake.book.addSheet('Schools', [
      ['School', 'Inspected', 'Pupils'],
      ['Oak', new Date(Date.UTC(2025, 10, 1)), 210],
      ['Ash', '', true],
    ]);
    fake.reset();
    const grid = await workbook(fake).read('Schools');
    expect(grid).toEqual([['School', 'Inspected', 'Pupils'], ['Oak', 45962, 210], ['Ash', null, true]]);
    expect(fake.calls.get('Range.getValues')).toBe(1);
  });

  it.each([
    // [zone, the instant Sheets hands over, the serial the cell shows]
    ['Europe/London', Date.UTC(2025, 5, 30, 23, 0), 45839], // midnight 1 July 2025 BST
    ['Europe/London', Date.UTC(2025, 11, 1, 0, 0), 45992], // midnight 1 Dec 2025 GMT
    ['America/New_York', Date.UTC(2025, 10, 1, 4, 0), 45962], // midnight 1 Nov 2025 EDT
    ['Etc/UTC', Date.UTC(2025, 10, 1, 12, 0), 45962.5],
    ['Etc/UTC', Date.UTC(1900, 2, 1), 61], // the first day both systems number alike
    ['Etc/UTC', Date.UTC(1900, 1, 28), 59], // Excel's phantom 29 Feb 1900 sits between these
    ['Etc/UTC', Date.UTC(1900, 0, 1), 1],
  ])('turns a Date in %s back into the serial of its wall-clock time (%s → %s)', async (zone, instant, serial) => {
    const fake = fakeSpreadsheetApp(zone);
    fake.book.addSheet('Dates', [[new Date(instant)]]);
    expect(await workbook(fake).read('Dates')).toEqual([[serial]]);
  });

  it('names a missing sheet in plain English', async () => {
    await expect(workbook(fakeSpreadsheetApp()).read('Gone')).rejects.toThrow('"Gone"');
  });
});
