import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { makeTempDir } from './_lib/temp-dir.js';

const tmp = makeTempDir('read');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function buildFixture(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Schools');
  ws.getCell('A1').value = 'School';
  ws.getCell('B1').value = 3;
  ws.getCell('C1').value = { formula: 'B1*2', result: 6 };
  ws.getCell('D1').value = { formula: 'B1*3' }; // never calculated: no cached result
  ws.getCell('E1').value = { richText: [{ text: 'Oak ' }, { text: 'Primary', font: { bold: true } }] };
  ws.getCell('F1').value = { text: 'Ofsted report', hyperlink: 'https://example.org/report' };
  ws.getCell('G1').value = utc(2018, 4, 1);
  ws.getCell('H1').value = { error: '#N/A' };
  ws.getCell('I1').value = true;
  ws.getCell('J1').value = { formula: 'NA()', result: { error: '#DIV/0!' } };
  ws.getCell('K1').value = { formula: 'G1+1', result: utc(2018, 4, 2) };
  ws.getCell('L1').value = '01/04/2018';
  ws.getCell('M1').value = '';
  ws.getCell('N1').value = 'last column';
  ws.getCell('A3').value = 'Merged header';
  ws.mergeCells('A3:C4');
  ws.getCell('E5').value = 'far corner';
  for (const [addr, serial] of [['A6', 1], ['B6', 60], ['C6', 61]] as const) {
    ws.getCell(addr).value = serial;
    ws.getCell(addr).numFmt = 'dd/mm/yyyy';
  }
  ws.getCell('A7').value = { formula: 'B1+1', result: 4 };
  ws.getCell('B7').value = { sharedFormula: 'A7', result: 5 };
  ws.getCell('A8').value = { text: { richText: [{ text: 'linked ' }, { text: 'rich' }] }, hyperlink: 'https://example.org' } as never;
  wb.addWorksheet('Empty');
  await wb.xlsx.writeFile(tmp.path('read.xlsx'));

  const old = new ExcelJS.Workbook();
  old.properties.date1904 = true;
  old.addWorksheet('Dates').getCell('A1').value = utc(2018, 4, 1);
  await old.xlsx.writeFile(tmp.path('date1904.xlsx'));
}

describe('FileWorkbook.read (real .xlsx written by ExcelJS)', () => {
  let grid: Awaited<ReturnType<FileWorkbook['read']>>;
  beforeAll(async () => {
    await buildFixture();
    grid = await (await FileWorkbook.open(tmp.path('read.xlsx'))).read('Schools');
  });
  afterAll(() => tmp.remove());

  it.each([
    ['a plain string', 0, 0, 'School'],
    ['a number', 0, 1, 3],
    ['a formula as its cached result', 0, 2, 6],
    ['a formula with no cached result as null', 0, 3, null],
    ['rich text as plain text', 0, 4, 'Oak Primary'],
    ['a hyperlink as its text', 0, 5, 'Ofsted report'],
    ['a date as its Excel serial (1899-12-30 epoch)', 0, 6, 43191],
    ['an error value as its text', 0, 7, '#N/A'],
    ['a boolean', 0, 8, true],
    ['a formula whose result is an error as the error text', 0, 9, '#DIV/0!'],
    ['a formula whose result is a date as a serial', 0, 10, 43192],
    ['a date typed as text unchanged (the core parses it day-first)', 0, 11, '01/04/2018'],
    ['an empty string as null', 0, 12, null],
    ['a merged range: the value in its master cell', 2, 0, 'Merged header'],
    ['a merged range: the other cells null', 2, 1, null],
    ['a merged range: its second row null', 3, 0, null],
    ['serial 1 (1 Jan 1900 in Excel)', 5, 0, 1],
    ["serial 60 (Excel's false 29 Feb 1900) unchanged", 5, 1, 60],
    ['serial 61 (1 Mar 1900)', 5, 2, 61],
    ['a master formula', 6, 0, 4],
    ['a shared formula as its cached result', 6, 1, 5],
    ['a hyperlink whose text is rich text', 7, 0, 'linked rich'],
  ])('reads %s', (_what, row, col, expected) => {
    expect(grid[row]![col]).toEqual(expected);
  });

  it('returns the used range from A1 as a rectangle padded with null', () => {
    expect(grid.length).toBe(8);
    expect(grid.every((r) => r.length === 14)).toBe(true);
    expect(grid[4]).toEqual([null, null, null, null, 'far corner', null, null, null, null, null, null, null, null, null]);
    expect(grid[1]!.every((v) => v === null)).toBe(true);
  });

  it('reads an empty sheet as an empty grid and lists sheets in tab order', async () => {
    const wb = await FileWorkbook.open(tmp.path('read.xlsx'));
    expect(await wb.sheetNames()).toEqual(['Schools', 'Empty']);
    expect(await wb.read('Empty')).toEqual([]);
  });

  it('gives dates from a 1904-system workbook as 1900-system serials', async () => {
    const wb = await FileWorkbook.open(tmp.path('date1904.xlsx'));
    expect(await wb.read('Dates')).toEqual([[43191]]);
  });

  it('names the file when it is not a workbook', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(tmp.path('not-a-workbook.xlsx'), 'School,URN\n');
    await expect(FileWorkbook.open(tmp.path('not-a-workbook.xlsx'))).rejects.toThrow(/not-a-workbook\.xlsx/);
  });

  it('says which sheet is missing', async () => {
    const wb = await FileWorkbook.open(tmp.path('read.xlsx'));
    await expect(wb.read('Nope')).rejects.toThrow(/"Nope"/);
  });
});
