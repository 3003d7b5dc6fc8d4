import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { normaliseCellValue } from '../../cli/_lib/cell-value.js';
import { FileWorkbook } from '../../cli/file-workbook.js';
import type { Cell } from '../../core/grid/types.js';
import { dateStyleIndexes, isDateFormat, readSheetXml } from '../../cli/xlsx/read-sheet.js';
import { decodeXml, stringItemText } from '../../cli/xlsx/xml-text.js';

const shared = ['Oak Primary', 'Élan & <Co>', ''];
const sheet = (data: string, extra = '') => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${extra}</worksheet>`;
const read = (data: string, extra = '', date1904 = false, dateStyles = new Set<number>()) => readSheetXml(sheet(data, extra), { sharedStrings: () => shared, date1904 }, dateStyles);

describe('readSheetXml: cells as the tools write them', () => {
  it.each([
    ['a shared string', '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', [['Oak Primary']]],
    ['a shared string with entities', '<row r="1"><c r="A1" t="s"><v>1</v></c></row>', [['Élan & <Co>']]],
    ['an empty shared string as blank', '<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1"><v>1</v></c></row>', [[null, 1]]],
    ['an inline string (openpyxl, Pathway)', '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c></row>', [[' padded ']]],
    ['rich inline text, phonetic runs left out', '<row r="1"><c r="A1" t="inlineStr"><is><r><t>Oak </t></r><r><rPr><b/></rPr><t>Lane</t></r><rPh sb="0" eb="1"><t>オ</t></rPh></is></c></row>', [['Oak Lane']]],
    ['a formula\'s cached text (t="str")', '<row r="1"><c r="A1" t="str"><f>A2&amp;"x"</f><v>yx</v></c></row>', [['yx']]],
    ['a formula never calculated as blank', '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><v>2</v></c></row>', [[null, 2]]],
    ['an error as its text', '<row r="1"><c r="A1" t="e"><v>#N/A</v></c></row>', [['#N/A']]],
    ['booleans', '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c></row>', [[true, false]]],
    ['an ISO date (t="d") as a 1900 serial', '<row r="1"><c r="A1" t="d"><v>2018-04-01T00:00:00</v></c></row>', [[43191]]],
    ['numbers in exponent form', '<row r="1"><c r="A1"><v>1.5E-3</v></c></row>', [[0.0015]]],
    ['cells and rows without r (positions implied)', '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>', [[1, 2], [3, null]]],
    ['a used range starting away from A1, padded with blanks', '<row r="3"><c r="C3"><v>9</v></c></row>', [[null, null, null], [null, null, null], [null, null, 9]]],
    ['prefixed elements (x:c)', '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row>', [['ok']]],
    ['styled empty cells as nothing', '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="3"/></row><row r="2"><c r="A2" s="3"/></row>', [[1]]],
  ])('%s', (_what, data, expected) => {
    expect(read(data)).toEqual(expected);
  });

  it('keeps a merged range\'s value in its first cell only', () => {
    const data = '<row r="1"><c r="A1" t="inlineStr"><is><t>Head</t></is></c><c r="B1" t="inlineStr"><is><t>echo</t></is></c></row><row r="2"><c r="A2"><v>5</v></c></row>';
    // B1 and A2 lie inside A1:B2, so only the master is left, and the used range shrinks to it.
    expect(read(data, '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>')).toEqual([['Head']]);
  });

  it('moves date-formatted numbers of a 1904 workbook to the 1900 system, and leaves other numbers', () => {
    const data = '<row r="1"><c r="A1" s="1"><v>41729</v></c><c r="B1"><v>41729</v></c></row>';
    expect(read(data, '', true, new Set([1]))).toEqual([[43191, 41729]]);
  });
});

describe('date formats and escapes', () => {
  it.each([
    ['dd/mm/yyyy', true], ['hh:mm', true], ['[$-809]d mmmm yyyy', true], ['0.0%', false], ['General', false], ['"Year "0', false], ['#,##0', false], ['[h]:mm:ss', true],
  ])('%s is a date or time format: %s', (code, yes) => {
    expect(isDateFormat(code)).toBe(yes);
  });

  it('finds the cell styles that show dates, built-in or custom', () => {
    const styles = '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="10"/></cellXfs></styleSheet>';
    expect([...dateStyleIndexes(styles)]).toEqual([1, 2]);
  });

  it('decodes XML references and OOXML _xHHHH_ escapes', () => {
    expect(decodeXml('a &amp; b &#x41;&#66; _x000D_ end')).toBe('a & b AB \r end');
    expect(stringItemText('<r><t>x</t></r><r><t/></r><r><t>y</t></r>')).toBe('xy');
  });
});

// The reader replaced ExcelJS's: on every workbook ExcelJS could read (the sample and the messy
// fixtures), it must give exactly what ExcelJS's reading gave.
describe('the reader gives what the ExcelJS reader gave, on every ExcelJS-written fixture (real files)', () => {
  const REPO = join(import.meta.dirname, '..', '..');
  const messy = join(REPO, 'tests', 'fixtures', 'messy');
  const files = [join(REPO, 'examples', 'trust-tracker.xlsx'), ...(existsSync(messy) ? readdirSync(messy).filter((f) => f.endsWith('.xlsx')).map((f) => join(messy, f)) : [])].filter(existsSync);

  function excelGrid(ws: ExcelJS.Worksheet): Cell[][] {
    const found: { r: number; c: number; v: Cell }[] = [];
    let height = 0;
    let width = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = normaliseCellValue(cell.value);
        if (v === null) return;
        found.push({ r: r - 1, c: c - 1, v });
        height = Math.max(height, r);
        width = Math.max(width, c);
      });
    });
    const grid: Cell[][] = Array.from({ length: height }, () => new Array<Cell>(width).fill(null));
    for (const { r, c, v } of found) grid[r]![c] = v;
    return grid;
  }

  it.each(files.map((f) => [f.slice(REPO.length + 1), f]))('%s', async (_name, file) => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(file);
    const wb = await FileWorkbook.open(file);
    expect(await wb.sheetNames()).toEqual(excel.worksheets.map((ws) => ws.name));
    for (const ws of excel.worksheets) expect(await wb.read(ws.name), ws.name).toEqual(excelGrid(ws));
  });
});
