import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvFolderWorkbook, decodeCsvBytes } from '../../cli/csv-folder.js';
import { makeTempDir } from './_lib/temp-dir.js';

const tmp = makeTempDir('csv');
afterAll(() => tmp.remove());

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = tmp.path(name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(`${dir}/${file}`, content);
  return dir;
}

describe('CsvFolderWorkbook (a folder of CSV exports as one workbook)', () => {
  it('names sheets after the files, in name order, and ignores other files', async () => {
    const dir = folder('trust', {
      'Schools.csv': 'School,URN\r\nOak Primary,100001\r\n',
      'Benchmarks.CSV': '\uFEFFMeasure,Year,Floor\n"KS2 RWM, EXS %",2019,65%\n',
      'readme.txt': 'not a sheet',
    });
    const wb = await CsvFolderWorkbook.open(dir);
    expect(await wb.sheetNames()).toEqual(['Benchmarks', 'Schools']);
    expect(await wb.read('Schools')).toEqual([['School', 'URN'], ['Oak Primary', '100001']]);
    expect(await wb.read('Benchmarks')).toEqual([['Measure', 'Year', 'Floor'], ['KS2 RWM, EXS %', '2019', '65%']]);
  });

  it('writes a new .xlsx holding the CSV sheets (texts guarded) and Pathway sheets', async () => {
    const dir = folder('out', { 'Schools.csv': 'School,Note\nOak,=1+1\n' });
    const wb = await CsvFolderWorkbook.open(dir);
    await wb.write({ name: 'Pathway Issues', rows: [['Sheet', 'Cell', 'Problem']] });
    await expect(wb.write({ name: 'Schools', rows: [['x']] })).rejects.toThrow(/Refusing/);
    await wb.saveAs(tmp.path('csv-out.xlsx'));
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(tmp.path('csv-out.xlsx'));
    expect(excel.worksheets.map((w) => w.name)).toEqual(['Schools', 'Pathway Issues']);
    expect(excel.getWorksheet('Schools')!.getCell('B2').value).toBe("'=1+1");
    expect(excel.getWorksheet('Pathway Issues')!.getCell('C1').value).toBe('Problem');
  });

  it('makes file names into legal sheet names and refuses two files that would clash', async () => {
    const legal = await CsvFolderWorkbook.open(folder('names', { 'KS2 [2019] results: all pupils in the trust.csv': 'a\n' }));
    expect(await legal.sheetNames()).toEqual(['KS2 _2019_ results_ all pupils']);
    const clash = folder('clash', { 'a?.csv': 'x\n', 'a*.csv': 'y\n' });
    await expect(CsvFolderWorkbook.open(clash)).rejects.toThrow(/would both become sheet "a_"/);
  });

  it('says so when the folder has no CSV files', async () => {
    const dir = folder('empty', { 'notes.txt': 'x' });
    await expect(CsvFolderWorkbook.open(dir)).rejects.toThrow(/holds no \.csv files/);
  });

  it('reads Windows-1252 exports (Excel\'s plain "CSV") as well as UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array([0x53, 0x74, 0x20, 0x4d, 0x61, 0x72, 0x79, 0x92, 0x73]))).toBe('St Mary\u2019s');
    expect(decodeCsvBytes(new Uint8Array([0x80, 0x96, 0xe9]))).toBe('\u20AC\u2013\u00E9');
    expect(decodeCsvBytes(new TextEncoder().encode('Zoë'))).toBe('Zoë');
  });
});

describe('CsvFolderWorkbook through the whole categorise run', () => {
  it('judges schools from Windows-1252 CSV exports with quoted commas, a BOM and CRLF', async () => {
    const { runCategorise } = await import('../../core/run/categorise.js');
    const head = 'School,URN,Phase of education,Leadership,Governance,Staffing,Attendance,Finance,Outcomes,Teaching & CPD,Behaviour,Safeguarding\r\n';
    // "St Mary’s" with the Windows-1252 right quote (0x92); all strands 2 → Repair, D.
    const schools = Buffer.concat([Buffer.from(head), Buffer.from('"St Mary'), Buffer.from([0x92]), Buffer.from('s, Upper School",270001,Secondary,2,2,2,2,2,2,2,2,Effective\r\n')]);
    const perf = '\uFEFFURN,Measure,Year,Value\r\n' + [2022, 2023, 2024, 2025].map((y) => `270001,Progress 8,${y},"0.1"`).join('\r\n');
    const bench = 'Measure,Year,Floor,Coasting,National,Top 15%\n' + [2022, 2023, 2024, 2025].map((y) => `Progress 8,${y},-0.5,-0.25,0,0.5`).join('\n');
    const dir = folder('whole-run', { 'Schools.csv': schools, 'Performance.csv': perf, 'Benchmarks.csv': bench });
    const out = await runCategorise(await CsvFolderWorkbook.open(dir), { asOf: '2025-11-01' });
    // P8 0.1 → p 2.2 every year: stable with mean ≥ 2 → E.
    expect(out.schools).toMatchObject([{ school: 'St Mary\u2019s, Upper School', phase: 'Repair', category: 'D', trajectory: 'E' }]);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
