import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { conditionalFormats } from './_lib/run-cli.js';
import { makeTempDir } from './_lib/temp-dir.js';

const tmp = makeTempDir('write');
afterAll(() => tmp.remove());

const longList = Array.from({ length: 40 }, (_, i) => `Option number ${i + 1}`); // > 255 characters inline

const fullSpec: SheetSpec = {
  name: 'Pathway Schools',
  rows: [
    ['Pathway Schools', null, null, null],
    ['School', 'Phase', 'Score', 'Choice'],
    ['Oak Primary', 'Sustain', 0.85, 'Option number 1'],
    ['=HYPERLINK("http://evil.example","click")', 'Repair', 0.4, null],
    ['＋full-width plus', '@SUM(A1)', 12, null],
  ],
  columns: [{ width: 30 }, { width: 14 }, { width: 10, hidden: true }, { width: 20 }],
  freeze: { rows: 2, cols: 1 },
  filterRow: 1,
  styles: [
    { row: 1, col: 0, cols: 4, style: { bold: true, fill: 'D9E1F2', border: 'medium', align: 'center', valign: 'middle' } },
    { row: 2, col: 2, rows: 3, style: { numFmt: '0%', italic: true, fontColor: '9C0006' } },
    { row: 2, col: 0, rows: 3, style: { wrap: true, border: 'thin' } },
    { row: 2, col: 0, style: { fill: 'FFEB9C' } }, // overlaps the range above: both apply
  ],
  merges: [{ row: 0, col: 0, cols: 4 }],
  validations: [
    { range: { row: 2, col: 1, rows: 3 }, list: ['Stabilise', 'Repair', 'Improve', 'Sustain'], prompt: 'Pick a phase' },
    { range: { row: 2, col: 3, rows: 3 }, list: longList, allowBlank: false },
  ],
  conditional: [
    { range: { row: 2, col: 1, rows: 3 }, equals: 'Sustain', fill: 'C6EFCE', fontColor: '006100' },
    { range: { row: 2, col: 1, rows: 3 }, equals: 'Say "Repair"', fill: 'FFC7CE' },
  ],
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, repeatRows: 2 },
  tabColor: '1F4E78',
};

async function reopen(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function userWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Schools').addRows([['School', 'URN'], ['Oak Primary', 100001]]);
  wb.addWorksheet('Pathway Settings').addRows([['Setting', 'Value']]);
  wb.addWorksheet('Notes').addRow(['keep me']);
  await wb.xlsx.writeFile(path);
}

describe('FileWorkbook.write renders every part of a SheetSpec (read back with ExcelJS)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = FileWorkbook.create();
    await wb.write(fullSpec);
    await wb.saveAs(tmp.path('full.xlsx'));
    ws = (await reopen(tmp.path('full.xlsx'))).getWorksheet('Pathway Schools')!;
  });

  it('writes values, numbers as numbers', () => {
    expect(ws.getCell('A2').value).toBe('School');
    expect(ws.getCell('C3').value).toBe(0.85);
    expect(ws.getCell('D3').value).toBe('Option number 1');
  });

  it.each([
    ['A4', `'=HYPERLINK("http://evil.example","click")`],
    ['A5', "'＋full-width plus"],
    ['B5', "'@SUM(A1)"],
  ])('neutralises formula-like text in %s so it stays text', (addr, expected) => {
    expect(ws.getCell(addr).value).toBe(expected);
    expect(ws.getCell(addr).type).toBe(ExcelJS.ValueType.String);
  });

  it('applies fills, fonts, number formats, alignment and borders', () => {
    const header = ws.getCell('B2');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.font?.bold).toBe(true);
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(header.border?.left?.style).toBe('medium');
    const pct = ws.getCell('C4');
    expect(pct.numFmt).toBe('0%');
    expect(pct.font).toMatchObject({ italic: true, color: { argb: 'FF9C0006' } });
  });

  it('merges overlapping style ranges property by property', () => {
    const a3 = ws.getCell('A3');
    expect(a3.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(a3.alignment?.wrapText).toBe(true);
    expect(a3.border?.bottom?.style).toBe('thin');
    expect((ws.getCell('A4').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });

  it('sets column widths and hidden columns', () => {
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(14);
    expect(ws.getColumn(3).hidden).toBe(true);
  });

  it('freezes panes and puts the filter on the header row over the data', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:D5');
  });

  it('merges ranges, keeping the value in the master cell', () => {
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getCell('A1').value).toBe('Pathway Schools');
  });

  it('adds a short list as an inline drop-down', () => {
    expect(ws.getCell('B3').dataValidation).toMatchObject({
      type: 'list',
      allowBlank: true,
      formulae: ['"Stabilise,Repair,Improve,Sustain"'],
      showInputMessage: true,
      prompt: 'Pick a phase',
    });
    expect(ws.getCell('B5').dataValidation?.type).toBe('list');
  });

  it("keeps a list longer than Excel's 255-character inline limit in a hidden column", () => {
    const dv = ws.getCell('D4').dataValidation;
    expect(dv?.type).toBe('list');
    expect(dv?.allowBlank).toBeFalsy();
    // Column E is width 4 + 1: the first column past the spec.
    expect(dv?.formulae).toEqual(['$F$1:$F$40']);
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(ws.getCell('F1').value).toBe('Option number 1');
    expect(ws.getCell('F40').value).toBe('Option number 40');
  });

  it('colours cells by their text with conditional formats', () => {
    const cfs = conditionalFormats(ws);
    expect(cfs).toHaveLength(2);
    expect(cfs[0]).toMatchObject({ ref: 'B3:B5' });
    const rule = cfs[0]!.rules[0]! as ExcelJS.ExpressionRuleType;
    expect(rule.type).toBe('expression');
    expect(rule.formulae).toEqual(['B3="Sustain"']);
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: 'FFC6EFCE' } });
    expect(rule.style?.font?.color).toMatchObject({ argb: 'FF006100' });
    expect((cfs[1]!.rules[0] as ExcelJS.ExpressionRuleType).formulae).toEqual(['B3="Say ""Repair"""']);
  });

  it('sets up printing: A4, landscape, one page wide, header rows repeated, print area', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
      printArea: 'A1:D5',
    });
  });

  it('colours the tab', () => {
    expect(ws.properties.tabColor).toMatchObject({ argb: 'FF1F4E78' });
  });
});

describe('FileWorkbook.write edge cases', () => {
  it('prints a one-cell area in portrait without fit-to-page, and filters a header with no rows under it', async () => {
    const wb = FileWorkbook.create();
    await wb.write({ name: 'Pathway Issues', rows: [['Title'], [], ['Sheet', 'Cell', 'Problem']], filterRow: 2, print: { orientation: 'portrait', paper: 'A4', area: { row: 0, col: 0 } } });
    await wb.saveAs(tmp.path('edge.xlsx'));
    const ws = (await reopen(tmp.path('edge.xlsx'))).getWorksheet('Pathway Issues')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', printArea: 'A1:A1' });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.autoFilter).toBe('A3:C3');
  });
});

describe('FileWorkbook.write keeps user data safe and is idempotent', () => {
  beforeAll(async () => userWorkbook(tmp.path('user.xlsx')));

  it.each(['Schools', 'Notes', 'Pathway Settings', 'Pathway Mapping', 'pathway schools'])(
    'refuses to write "%s", a sheet Pathway does not own',
    async (name) => {
      const wb = await FileWorkbook.open(tmp.path('user.xlsx'));
      await expect(wb.write({ name, rows: [['x']] })).rejects.toThrow(/Refusing to write/);
      expect(await wb.read('Schools')).toEqual([['School', 'URN'], ['Oak Primary', 100001]]);
    },
  );

  it('replaces an existing Pathway sheet in the same tab position, leaving nothing of the old one', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('Schools').addRow(['School']);
    const old = excel.addWorksheet('Pathway Schools');
    old.addRows([['old'], ['old 2'], ['old 3']]);
    old.mergeCells('A1:B1');
    excel.addWorksheet('Notes').addRow(['keep me']);
    await excel.xlsx.writeFile(tmp.path('between.xlsx'));

    const wb = await FileWorkbook.open(tmp.path('between.xlsx'));
    await wb.write({ name: 'Pathway Schools', rows: [['new']] });
    expect(await wb.sheetNames()).toEqual(['Schools', 'Pathway Schools', 'Notes']);
    expect(await wb.read('Pathway Schools')).toEqual([['new']]);
    await wb.saveAs(tmp.path('between.out.xlsx'));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(tmp.path('between.out.xlsx'));
    expect(back.worksheets.map((w) => w.name)).toEqual(['Schools', 'Pathway Schools', 'Notes']);
    expect(back.getWorksheet('Pathway Schools')!.getCell('B1').isMerged).toBe(false);
    expect(await wb.read('Notes')).toEqual([['keep me']]);
  });

  it('running twice leaves the same workbook as running once', async () => {
    const once = await FileWorkbook.open(tmp.path('user.xlsx'));
    await once.write(fullSpec);
    await once.saveAs(tmp.path('run-once.xlsx'));
    const twice = await FileWorkbook.open(tmp.path('run-once.xlsx'));
    await twice.write(fullSpec);
    await twice.saveAs(tmp.path('run-twice.xlsx'));
    const [a, b] = await Promise.all([reopen(tmp.path('run-once.xlsx')), reopen(tmp.path('run-twice.xlsx'))]);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      const { id: _ida, ...modelA } = ws.model as unknown as Record<string, unknown>;
      const { id: _idb, ...modelB } = other.model as unknown as Record<string, unknown>;
      expect(modelB).toEqual(modelA);
    }
  });

  it('saves through a temporary file renamed into place, leaving no partial file', async () => {
    const { readdirSync } = await import('node:fs');
    const wb = await FileWorkbook.open(tmp.path('user.xlsx'));
    await wb.write({ name: 'Pathway Issues', rows: [['none']] });
    await wb.saveAs(tmp.path('renamed.xlsx'));
    expect(readdirSync(tmp.dir).filter((f) => f.includes('.partial'))).toEqual([]);
    expect(await (await FileWorkbook.open(tmp.path('renamed.xlsx'))).read('Pathway Issues')).toEqual([['none']]);
  });

  it('never saves over the file it was opened from', async () => {
    const wb = await FileWorkbook.open(tmp.path('user.xlsx'));
    await expect(wb.saveAs(tmp.path('user.xlsx'))).rejects.toThrow(/input file/);
  });
});
