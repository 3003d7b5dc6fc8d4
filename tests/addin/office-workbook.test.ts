import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cell } from '../../core/grid/types.js';
import { readInputSheets, writeSheets } from '../../core/run/io.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { XlRequestContext } from '../../addin/office/excel-model.js';
import { BUSY_MESSAGE, knownErrorCodes } from '../../addin/office/office-errors.js';
import { OfficeWorkbook } from '../../addin/office/office-workbook.js';
import { MAX_BLOCK_ROWS, SYNC_BUDGET_BYTES } from '../../addin/office/plan-blocks.js';
import { CountingExcel, type FakeChart } from './counting-excel.js';

const MIB2 = 2 * 1024 * 1024;
const MEASURES = ['KS2 RWM EXS %', 'Persistent absence %', 'Progress 8'];

function schoolsSheet(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [['School', 'URN', 'Leadership', 'Governance', 'Pupils on roll']];
  for (let i = 0; i < n; i++) rows.push([`School ${i + 1}`, 100000 + i, (i % 4) + 1, ((i + 1) % 4) + 1, 200 + i]);
  return rows;
}

/** A long results sheet: school, measure, year, value, one row per value. */
function resultsSheet(rows: number): (string | number)[][] {
  const out: (string | number)[][] = [['URN', 'Measure', 'Year', 'Value']];
  for (let i = 0; i < rows; i++) out.push([100000 + (i % 150), MEASURES[i % 3]!, 2016 + (i % 9), Math.round(((i * 37) % 1000) / 10)]);
  return out;
}

function outputSpec(name: string, rows: number): SheetSpec {
  const body: Cell[][] = [['School', 'Phase', 'Category', 'Note']];
  for (let i = 0; i < rows; i++) body.push([`School ${i + 1}`, ['Stabilise', 'Repair', 'Improve', 'Sustain'][i % 4]!, 'ABCDE'[i % 5]!, i === 0 ? '=HYPERLINK("http://x")' : null]);
  return {
    name,
    rows: body,
    columns: [{ width: 30 }, { width: 12 }, { width: 10 }, { width: 40 }],
    freeze: { rows: 1, cols: 1 },
    filterRow: 0,
    styles: [{ row: 0, col: 0, cols: 4, style: { bold: true, fill: 'DDEBF7', border: 'thin' } }],
    merges: [],
    validations: [{ range: { row: 1, col: 2, rows }, list: ['A', 'B', 'C', 'D', 'E'] }],
    conditional: [{ range: { row: 1, col: 1, rows }, equals: 'Stabilise', fill: 'FFC7CE', fontColor: '9C0006' }],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, repeatRows: 1 },
    tabColor: '0F6CBD',
  };
}

const OUTPUTS = ['Pathway Summary', 'Pathway Schools', 'Pathway Units', 'Pathway Issues'];

/** One categorise-shaped command: list, read every user sheet, write four owned sheets, flush. */
async function command(fx: CountingExcel): Promise<OfficeWorkbook> {
  const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
  await readInputSheets(wb);
  await writeSheets(wb, OUTPUTS.map((n) => outputSpec(n, 150)));
  await wb.flush();
  return wb;
}

function p1Limit(fx: CountingExcel): number {
  return 1 + Math.ceil(fx.totalRead / MIB2) + Math.ceil(fx.totalWritten / MIB2);
}

afterEach(() => vi.useRealTimers());

describe('OfficeWorkbook (counting fake of Excel.RequestContext)', () => {
  it.each([150, 60_000])('a command over a %i-row results sheet takes 3 syncs: list, read, write (P1)', async (rows) => {
    const fx = new CountingExcel([
      { name: 'Schools', values: schoolsSheet(150) },
      { name: 'Results', values: resultsSheet(rows) },
    ]);
    await command(fx);
    expect(fx.syncs.length).toBe(3);
    expect(fx.syncs.length).toBeLessThanOrEqual(p1Limit(fx));
    console.log(`rows=${rows} syncs=${fx.syncs.length} read=${fx.totalRead} B written=${fx.totalWritten} B per sync=${fx.syncs.map((s) => s.bytesRead + s.bytesWritten).join('/')}`);
  });

  it('a 200,000-row sheet splits into blocks of at most 20,000 rows and syncs within the P1 formula', async () => {
    const fx = new CountingExcel([{ name: 'Results', values: resultsSheet(200_000) }]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    const grid = await wb.read('Results');
    expect(grid).toHaveLength(200_001);
    expect(grid[200_000]).toEqual(resultsSheet(200_000)[200_000]);
    expect(fx.syncs.length).toBeGreaterThan(2);
    expect(fx.syncs.length).toBeLessThanOrEqual(p1Limit(fx));
    for (const s of fx.syncs) {
      expect(s.maxBlockRows).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
      // Estimated at 2 MiB per sync; the hard limit of Excel on the web is 5 MB.
      expect(s.bytesRead + s.bytesWritten).toBeLessThan(5_000_000);
    }
    console.log(`200,000 rows: syncs=${fx.syncs.length} read=${fx.totalRead} B max per sync=${Math.max(...fx.syncs.map((s) => s.bytesRead))} B`);
  });

  it('writes a big owned sheet in 2 MiB syncs', async () => {
    const fx = new CountingExcel([]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    await wb.write(outputSpec('Pathway Units', 120_000));
    await wb.flush();
    expect(fx.syncs.length).toBeLessThanOrEqual(p1Limit(fx));
    for (const s of fx.syncs) expect(s.bytesWritten).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(fx.sheet('Pathway Units')!.values).toHaveLength(120_001);
  });

  it('draws a spec\'s charts with worksheet.charts.add over its own cells, row heights by runs, fit to one page, all in the write sync', async () => {
    const spec: SheetSpec = {
      name: 'Pathway Dashboard',
      rows: [['Year', 'Trust', 'National'], [2024, 65, 61], [2025, 67, 62], [null, null, null], [null, null, null]],
      rowHeights: { 1: 30, 2: 30, 3: 45 },
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1, fitToHeight: 1 },
      charts: [{
        kind: 'line', title: 'Trust and national', categories: { row: 1, col: 0, rows: 2 },
        series: [{ name: 'Trust', values: { row: 1, col: 1, rows: 2 }, color: '2E75B6' }, { name: 'National', values: { row: 1, col: 2, rows: 2 } }],
        anchor: { row: 3, col: 0, rows: 2, cols: 3 },
      }],
    };
    const fx = new CountingExcel([]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    await wb.write(spec);
    await wb.flush();
    const sheet = fx.sheet('Pathway Dashboard')!;
    const charts = [...sheet.extras.entries()].filter(([k]) => k.startsWith('chart:')).map(([, v]) => v as FakeChart);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart).toMatchObject({ type: 'LineMarkers', name: 'Pathway chart 1', title: { text: 'Trust and national' } });
    expect(chart!.series.map((x) => [x.name, x.values, x.x, x.color])).toEqual([
      ['Trust', { row: 1, col: 1, rows: 2, cols: 1 }, { row: 1, col: 0, rows: 2, cols: 1 }, '#2E75B6'],
      ['National', { row: 1, col: 2, rows: 2, cols: 1 }, { row: 1, col: 0, rows: 2, cols: 1 }, ''],
    ]);
    expect(chart!.position).toEqual([{ row: 3, col: 0, rows: 1, cols: 1 }, { row: 4, col: 2, rows: 1, cols: 1 }]);
    expect(sheet.extras.get('format.rowHeight@1,0,2,1')).toBe(30);
    expect(sheet.extras.get('format.rowHeight@3,0,1,1')).toBe(45);
    expect(sheet.extras.get('page.zoom')).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    // Rendering again gives one chart, not two: a sheet holding charts is made afresh.
    await wb.write(spec);
    await wb.flush();
    const again = fx.sheet('Pathway Dashboard')!;
    expect([...again.extras.keys()].filter((k) => k.startsWith('chart:'))).toHaveLength(1);
    expect(fx.syncs.length).toBeLessThanOrEqual(3);
  });

  it('reading user sheets and then many Pathway sheets one by one (as forms and broker do) takes one read sync', async () => {
    const forms = Array.from({ length: 15 }, (_, i) => ({ name: `Pathway Form F${i}`, values: schoolsSheet(20) }));
    const fx = new CountingExcel([{ name: 'Schools', values: schoolsSheet(150) }, ...forms]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    await readInputSheets(wb);
    for (const f of forms) expect(await wb.read(f.name)).toHaveLength(21);
    expect(fx.syncs.length).toBe(2); // list, then every sheet at once
  });

  it('reads the used range from A1, padding what lies above and left, with "" as empty and errors as text', async () => {
    const fx = new CountingExcel([{ name: 'Data', values: [[], ['', '', ''], ['', 'URN', '#N/A'], ['', 123, '']] }]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    expect(await wb.read('Data')).toEqual([[], [], [null, 'URN', '#N/A'], [null, 123, null]]);
  });

  it('renders values, text formats, styles, validation, colours, freeze, filter and print setup', async () => {
    const fx = new CountingExcel([]);
    await command(fx);
    const s = fx.sheet('Pathway Schools')!;
    expect(s.values[1]![0]).toBe('School 1');
    expect(s.values[1]![3]).toBe(`'=HYPERLINK("http://x")`); // neutralised (R5)
    expect(s.formats[1]![0]).toBe('@');
    const keys = [...s.extras.keys()];
    expect(keys).toEqual(expect.arrayContaining(['freeze', 'filter', 'tab', 'page.orientation', 'page.setPrintTitleRows', 'dv.rule@1,2,150,1']));
    expect(keys.some((k) => k.startsWith('cf.'))).toBe(true);
    expect(keys.some((k) => k.startsWith('format.fill.color@'))).toBe(true);
  });

  it('running twice leaves the same workbook as running once (R4)', async () => {
    const once = new CountingExcel([{ name: 'Schools', values: schoolsSheet(150) }]);
    await command(once);
    const twice = new CountingExcel([{ name: 'Schools', values: schoolsSheet(150) }]);
    await command(twice);
    await command(twice);
    expect(twice.snapshot()).toEqual(once.snapshot());
  });

  it('a failure half-way through writing, then a rerun, equals one clean run (R4)', async () => {
    const clean = new CountingExcel([{ name: 'Schools', values: schoolsSheet(150) }]);
    await command(clean);
    const broken = new CountingExcel([{ name: 'Schools', values: schoolsSheet(150) }]);
    broken.failAt = { sync: 3, code: 'GeneralException' };
    await expect(command(broken)).rejects.toThrow(/run again/);
    broken.failAt = null;
    await command(broken);
    expect(broken.snapshot()).toEqual(clean.snapshot());
  });

  it('refuses to write a sheet it does not own, and sends nothing (R3)', async () => {
    const fx = new CountingExcel([{ name: 'Schools', values: schoolsSheet(3) }]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    await expect(wb.write({ name: 'Schools', rows: [['x']] })).rejects.toThrow('"Schools" belongs to you, so nothing was changed');
    await expect(wb.write({ name: 'Pathway Settings', rows: [['x']] })).rejects.toThrow(/belongs to you/);
    await expect(wb.writeChoiceSheet({ name: 'Pathway Schools', rows: [['x']] })).rejects.toThrow(/was not changed/);
    await wb.flush();
    expect(fx.syncs).toHaveLength(0);
    expect(fx.sheet('Schools')!.values).toEqual(schoolsSheet(3));
  });

  it.each(knownErrorCodes().flatMap((code) => [1, 2, 3].map((n) => [code, n] as const)))(
    '%s injected on sync %i gives a plain message with a next step (R1)',
    async (code, n) => {
      const fx = new CountingExcel([{ name: 'Schools', values: schoolsSheet(5) }]);
      fx.failAt = { sync: n, code };
      const err = await command(fx).then(() => null, (e: unknown) => e as Error);
      expect(err).toBeInstanceOf(Error);
      expect(err!.message).not.toContain(code);
      expect(err!.message).toMatch(/then|again|Update Office|Wait/);
    },
  );

  it('an unknown error still gets a plain message', async () => {
    const fx = new CountingExcel([{ name: 'Schools', values: schoolsSheet(5) }]);
    fx.failAt = { sync: 1, code: 'SomethingNew' };
    await expect(command(fx)).rejects.toThrow(/Save the workbook and run again/);
  });

  it('a sync that never settles gives "Excel is busy" after 60 seconds (R2)', async () => {
    vi.useFakeTimers();
    const fx = new CountingExcel([{ name: 'Schools', values: schoolsSheet(5) }]);
    fx.hangAt = 2;
    const outcome = command(fx).then(() => 'done', (e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(59_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await outcome).toBe(BUSY_MESSAGE);
  });

  it('go to cell activates the sheet and selects the cell in one sync', async () => {
    const fx = new CountingExcel([{ name: 'Schools', values: schoolsSheet(5) }]);
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    await wb.select('Schools', 'C4');
    expect(fx.syncs).toHaveLength(1);
    expect(fx.active).toBe('Schools');
    expect([...fx.sheet('Schools')!.extras.keys()]).toContain('selected@3,2,1,1');
  });
});

describe('every Office error code has its own plain message (R1), read from @types/office-js', () => {
  // The codes Excel and OfficeExtension can reject with, as Microsoft's own type declarations list them.
  const declarations = readFileSync(fileURLToPath(new URL('../../node_modules/@types/office-js/index.d.ts', import.meta.url)), 'utf8');
  const excelEnum = (() => {
    const start = declarations.indexOf('enum ErrorCodes', declarations.indexOf('declare namespace Excel'));
    return declarations.slice(start, declarations.indexOf('}', start));
  })();
  const excelCodes = [...excelEnum.matchAll(/\w+ = "(\w+)"/g)].map((m) => m[1]!);
  const extensionClass = (() => {
    const start = declarations.indexOf('class ErrorCodes', declarations.indexOf('declare namespace OfficeExtension'));
    return declarations.slice(start, declarations.indexOf('}', start));
  })();
  // OfficeExtension.ErrorCodes.invalidObjectPath is "InvalidObjectPath", and so on.
  const extensionCodes = [...extensionClass.matchAll(/public static (\w+): string/g)].map((m) => m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1));

  it('finds both lists in the declarations', () => {
    expect(excelCodes.length).toBeGreaterThan(30);
    expect(extensionCodes).toContain('ConnectionFailure');
  });

  it.each([...new Set([...excelCodes, ...extensionCodes])])('%s', (code) => {
    expect(knownErrorCodes()).toContain(code);
  });
});
