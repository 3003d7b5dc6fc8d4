import ExcelJS from 'exceljs';
import { normaliseCellValue } from '../../cli/_lib/cell-value.js';
import type { SheetsValue } from '../../appsscript/spreadsheet-like.js';
import { fakeSpreadsheetApp, type FakeSpreadsheetApp } from './fake-spreadsheet-app.js';

/** One sheet as Sheets' getValues() would give it: '' for empty, Dates for date cells, formula results. */
export function sheetValues(ws: ExcelJS.Worksheet): SheetsValue[][] {
  const grid: SheetsValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value instanceof Date ? cell.value : normaliseCellValue(cell.value);
      if (v === null) return;
      (grid[r - 1] ??= [])[c - 1] = v;
      width = Math.max(width, c);
    });
  });
  return Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? ''));
}

/** A fake SpreadsheetApp holding an .xlsx file's sheets, as if the file had been opened in Google Sheets (UTC). */
export async function fakeFromXlsx(path: string, edit?: (name: string, values: SheetsValue[][]) => SheetsValue[][]): Promise<FakeSpreadsheetApp> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  const fake = fakeSpreadsheetApp('Etc/UTC');
  for (const ws of excel.worksheets) {
    const values = sheetValues(ws);
    fake.book.addSheet(ws.name, edit ? edit(ws.name, values) : values);
  }
  return fake;
}
