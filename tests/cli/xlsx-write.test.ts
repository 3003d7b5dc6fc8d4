import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { XlsxPackage } from '../../cli/xlsx/package.js';
import { readSheetXml } from '../../cli/xlsx/read-sheet.js';
import { SERIES_PALETTE } from '../../cli/xlsx/chart-xml.js';
import { sheetXml } from '../../cli/xlsx/sheet-xml.js';
import { StyleTable } from '../../cli/xlsx/styles.js';
import { writeWorkbook } from '../../cli/xlsx/write-workbook.js';
import { entryData, readZip } from '../../cli/xlsx/zip.js';
import { neutralise } from '../../core/grid/neutralise.js';
import type { Cell } from '../../core/grid/types.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { countColour, printedPages, renderPage } from '../_lib/print-pdf.js';
import { makeTempDir } from './_lib/temp-dir.js';

const tmp = makeTempDir('xlsx-write');
afterAll(() => tmp.remove());

const dashboard: SheetSpec = {
  name: 'Pathway Dashboard',
  rows: [['Year', '2023', '2024', '2025'], ['Trust', 61, 64, 66], ['National', 59, 61, 62], [], ['Note', 'Say "hi" & <wave>']],
  columns: [{ width: 20 }, { width: 9 }],
  rowHeights: { 4: 30 },
  freeze: { rows: 1, cols: 1 },
  styles: [{ row: 0, col: 0, cols: 4, style: { bold: true, fill: '1F4E79', fontColor: 'FFFFFF', border: 'thin', wrap: true, valign: 'middle' } }, { row: 1, col: 1, rows: 2, cols: 3, style: { numFmt: '0.0' } }],
  merges: [{ row: 4, col: 1, cols: 3 }],
  conditional: [{ range: { row: 1, col: 0, rows: 2 }, equals: 'Trust', fill: 'C6EFCE', fontColor: '006100' }],
  validations: [{ range: { row: 1, col: 3, rows: 2 }, list: ['Yes', 'No'], prompt: 'Yes or No' }],
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 1, repeatRows: 1, rowBreaks: [3] },
  charts: [
    { kind: 'line', title: 'Reading, writing and maths at the expected standard', categories: { row: 0, col: 1, cols: 3 }, series: [{ name: 'Trust', values: { row: 1, col: 1, cols: 3 }, color: '1F4E79' }, { name: 'National', values: { row: 2, col: 1, cols: 3 } }], anchor: { row: 6, col: 0, rows: 14, cols: 6 }, yAxis: { min: 0, max: 100, title: 'Pupils %' } },
    { kind: 'column', title: 'Schools by category', categories: { row: 0, col: 1, cols: 3 }, series: [{ name: 'Trust', values: { row: 1, col: 1, cols: 3 } }], anchor: { row: 6, col: 7, rows: 14, cols: 6 } },
  ],
  tabColor: '2E75B6',
};

async function written(specs: SheetSpec[], name: string): Promise<string> {
  const wb = FileWorkbook.create();
  for (const s of specs) await wb.write(s);
  const path = tmp.path(name);
  await wb.saveAs(path);
  return path;
}

describe('the zip-level writer: a SheetSpec as SpreadsheetML (real files, read back by other libraries)', () => {
  it('writes values, styles, merges, freeze, rules and print setup that ExcelJS reads back', async () => {
    const path = await written([dashboard], 'dashboard.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Pathway Dashboard')!;
    expect(ws.getCell('B2').value).toBe(61);
    expect(ws.getCell('B5').value).toBe('Say "hi" & <wave>');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(ws.getCell('A1').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(ws.getCell('B2').numFmt).toBe('0.0');
    expect(ws.getCell('C5').isMerged).toBe(true);
    expect(ws.getRow(5).height).toBe(30);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'], prompt: 'Yes or No' });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });

  it('writes a file SheetJS reads, with the print area, the repeated header row and the merges', async () => {
    const path = await written([dashboard], 'dashboard-sheetjs.xlsx');
    const book = XLSX.read(readFileSync(path));
    const ws = book.Sheets['Pathway Dashboard']!;
    expect(ws.B3?.v).toBe(59);
    expect(ws['!merges']?.map((m) => XLSX.utils.encode_range(m))).toEqual(['B5:D5']);
    const names = (book.Workbook?.Names ?? []).map((n) => `${n.Name}=${n.Ref}`);
    expect(names).toEqual(expect.arrayContaining(["_xlnm.Print_Area='Pathway Dashboard'!$A$1:$M$20", "_xlnm.Print_Titles='Pathway Dashboard'!$1:$1"]));
  });

  it('writes each ChartSpec as a chart part over the sheet\'s own cells, anchored by a drawing', async () => {
    const zip = readZip(new Uint8Array(readFileSync(await written([dashboard], 'charts.xlsx'))));
    const text = (p: string) => new TextDecoder().decode(entryData(zip.get(p)!));
    const sheetRels = text('xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toContain('../drawings/drawing1.xml');
    expect(text('xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rId1"/>');
    expect(text('xl/drawings/_rels/drawing1.xml.rels')).toContain('../charts/chart2.xml');
    const line = text('xl/charts/chart1.xml');
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain("<c:f>'Pathway Dashboard'!$B$2:$D$2</c:f>");
    expect(line).toContain("<c:f>'Pathway Dashboard'!$B$1:$D$1</c:f>");
    expect(line).toContain('<c:max val="100"/><c:min val="0"/>');
    expect(line).toContain('<a:srgbClr val="1F4E79"/>');
    expect(text('xl/charts/chart2.xml')).toContain('<c:barDir val="col"/>');
    expect(text('[Content_Types].xml')).toContain('PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
  });

  it.runIf(existsSync('/usr/bin/soffice'))('LibreOffice opens it and draws both charts when it prints (the page\'s pixels in the series colours)', async () => {
    const path = await written([dashboard], 'charts-lo.xlsx');
    execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${tmp.path('lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, path], { stdio: 'ignore', timeout: 120_000 });
    // The print area takes in the charts' cells (the spec names none), wherever the page breaks fall.
    const page = renderPage(tmp.path('charts-lo.pdf'), printedPages(tmp.path('charts-lo.pdf')), 50);
    // No cell is coloured orange; the line chart's second series (the palette's second colour) is.
    expect(countColour(page, SERIES_PALETTE[1]!)).toBeGreaterThan(20);
    const noCharts = await written([{ ...dashboard, charts: [] }], 'no-charts-lo.xlsx');
    execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${tmp.path('lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.dir, noCharts], { stdio: 'ignore', timeout: 120_000 });
    const plain = renderPage(tmp.path('no-charts-lo.pdf'), 1, 50);
    expect(countColour(plain, '1F4E79')).toBeGreaterThan(0); // its header row
    expect(countColour(plain, SERIES_PALETTE[1]!)).toBe(0);
    expect(countColour(page, '1F4E79')).toBeGreaterThan(100); // the column bars and the first line
  }, 150_000);

  it('replaces an owned sheet and its old charts in place, keeping the tab order, and rewriting the same specs gives the same bytes', async () => {
    const first = await written([dashboard, { name: 'Pathway Issues', rows: [['none']] }], 'replace-1.xlsx');
    const again = await FileWorkbook.open(first);
    await again.write({ ...dashboard, charts: [dashboard.charts![1]!] });
    await again.write({ name: 'Pathway Issues', rows: [['none']] });
    await again.saveAs(tmp.path('replace-2.xlsx'));
    const zip = readZip(new Uint8Array(readFileSync(tmp.path('replace-2.xlsx'))));
    expect([...zip.keys()].filter((n) => n.startsWith('xl/charts/'))).toEqual(['xl/charts/chart1.xml']);
    expect(await (await FileWorkbook.open(tmp.path('replace-2.xlsx'))).sheetNames()).toEqual(['Pathway Dashboard', 'Pathway Issues']);

    const once = await FileWorkbook.open(first);
    await once.write(dashboard);
    await once.write({ name: 'Pathway Issues', rows: [['none']] });
    await once.saveAs(tmp.path('replace-3.xlsx'));
    expect(readFileSync(tmp.path('replace-3.xlsx')).equals(readFileSync(first))).toBe(true);
  });

  it('appends its styles after the workbook\'s own and reuses what is already there', () => {
    const table = new StyleTable(null);
    const a = table.xf({ bold: true });
    const b = table.xf({ bold: true });
    const c = table.xf({ fill: 'FFC7CE', numFmt: '0.0%' });
    expect([a, b, c]).toEqual([1, 1, 2]);
    const again = new StyleTable(table.toXml());
    expect(again.xf({ fill: 'FFC7CE', numFmt: '0.0%' })).toBe(2);
    expect(again.changed).toBe(false);
    expect(again.toXml()).toContain('<cellXfs count="3">');
    expect(again.toXml()).toMatch(/<numFmt numFmtId="164" formatCode="0.0%"\/>/);
  });
});

// Any grid the core can write reads back as the same grid (text guarded, blanks trimmed).
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => s !== '' && !/[\ud800-\udfff]/.test(s) && !/^[=+\-@\t\r]/.test(s)),
);

describe('sheet XML round trip (property)', () => {
  it('a grid written as a worksheet part reads back equal', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const { xml } = sheetXml({ name: 'Pathway T', rows }, new StyleTable(null), null);
        const back = readSheetXml(xml, { sharedStrings: () => [], date1904: false });
        const want = rows.map((r) => r.map((v) => (v === '' ? null : neutralise(v))));
        while (want.length && want[want.length - 1]!.every((v) => v === null)) want.pop();
        const width = want.reduce((w, r) => Math.max(w, r.reduce<number>((n, v, i) => (v === null ? n : i + 1), 0)), 0);
        expect(back).toEqual(want.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a package back through XlsxPackage as written', async () => {
    const bytes = writeWorkbook({ source: null, owned: [{ name: 'Pathway T', rows: [['a', 1, true]] }] });
    const pkg = XlsxPackage.fromBytes(bytes, 't.xlsx');
    expect(pkg.worksheets().map((s) => s.name)).toEqual(['Pathway T']);
    expect(readSheetXml(pkg.text(pkg.worksheets()[0]!.path)!, { sharedStrings: () => pkg.sharedStrings(), date1904: false })).toEqual([['a', 1, true]]);
  });
});
