import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook, WorkbookFileError } from '../../cli/file-workbook.js';
import { entryData, readZip } from '../../cli/xlsx/zip.js';
import { runCategorise } from '../../core/run/categorise.js';
import { REPO } from './_lib/run-cli.js';
import { makeTempDir } from './_lib/temp-dir.js';

// The corpus: the sample tracker saved again by the tools trusts use (tests/fixtures/corpus/
// make-corpus.py says how each was made). Each must open, judge the trust as the sample does,
// and come out with every part Pathway does not own exactly as it went in.

const CORPUS = join(REPO, 'tests', 'fixtures', 'corpus');
const SAMPLE = join(REPO, 'examples', 'trust-tracker.xlsx');
const AS_OF = '2026-03-31';
const tmp = makeTempDir('corpus');
afterAll(() => tmp.remove());

const VALID: [string, string][] = [
  ['openpyxl.xlsx', 'openpyxl 3.0.9, load and save'],
  ['openpyxl-chart-note-image.xlsx', 'openpyxl, with a bar chart, notes, an image, a defined name, a table, a drop-down and a conditional format'],
  ['libreoffice.xlsx', 'LibreOffice Calc 7.4, saved as .xlsx'],
  ['libreoffice-chart-note-image.xlsx', 'LibreOffice Calc 7.4, the openpyxl extras file saved again'],
  ['libreoffice.xlsm', 'LibreOffice Calc 7.4, saved as macro-enabled .xlsm'],
  ['libreoffice-pivot.xlsx', 'LibreOffice Calc 7.4, with a pivot table (pivot cache, records and table parts)'],
];

type Judgement = Record<string, string | null>;

async function judge(path: string, out?: string): Promise<Judgement[]> {
  const wb = await FileWorkbook.open(path);
  const result = await runCategorise(wb, { asOf: AS_OF });
  if (out) await wb.saveAs(out);
  return result.schools.map((s) => ({ school: s.school, phase: JSON.stringify(s.phase), category: s.category, trajectory: s.trajectory, risk: s.risk, score: String(s.riskScore), reasons: s.reasons.join(' | ') }));
}

/** The parts Pathway rewrites on purpose: the lists of sheets, styles, and its own sheets. */
function rewritable(name: string, ownedPaths: Set<string>): boolean {
  return name === '[Content_Types].xml' || /^xl\/workbook\.xml$|^xl\/_rels\/workbook\.xml\.rels$|^xl\/styles\.xml$|^xl\/calcChain\.xml$/.test(name) || ownedPaths.has(name);
}

describe.skipIf(!existsSync(SAMPLE))('the fixture corpus: workbooks saved by other tools (real files)', () => {
  let sample: Judgement[];
  beforeAll(async () => {
    sample = await judge(SAMPLE);
  });

  it.each(VALID)('%s (%s) opens and is judged exactly as the sample', async (file) => {
    expect(await judge(join(CORPUS, file))).toEqual(sample);
    expect(sample.length).toBe(26);
  });

  it.each(VALID)('%s: the copy keeps every part Pathway does not own byte for byte, and a second run writes the same bytes', async (file) => {
    const ext = file.endsWith('.xlsm') ? '.xlsm' : '.xlsx';
    const first = tmp.path(`${file}.first${ext}`);
    const second = tmp.path(`${file}.second${ext}`);
    const inputBytes = readFileSync(join(CORPUS, file));
    await judge(join(CORPUS, file), first);
    expect(readFileSync(join(CORPUS, file)).equals(inputBytes)).toBe(true); // the input is untouched

    const input = readZip(new Uint8Array(inputBytes));
    const output = readZip(new Uint8Array(readFileSync(first)));
    const owned = await FileWorkbook.open(first);
    expect((await owned.sheetNames()).filter((n) => n.startsWith('Pathway '))).toEqual(['Pathway Summary', 'Pathway Schools', 'Pathway Units', 'Pathway Issues']);
    const changed: string[] = [];
    for (const [name, entry] of input) {
      if (rewritable(name, new Set())) continue;
      const copy = output.get(name);
      if (!copy || copy.crc !== entry.crc || !Buffer.from(entryData(copy)).equals(Buffer.from(entryData(entry)))) changed.push(name);
    }
    expect(changed).toEqual([]);
    // Charts, drawings, notes and images in particular, where the file has them.
    const kept = [...input.keys()].filter((n) => /charts\/|drawings\/|comments|media\/|tables\/|pivotCache\/|pivotTables\/|vbaProject/.test(n));
    if (file.includes('chart')) expect(kept.length).toBeGreaterThanOrEqual(4);
    if (file.includes('pivot')) expect(kept.filter((n) => n.includes('pivot')).length).toBeGreaterThanOrEqual(3);
    for (const n of kept) expect(output.has(n), n).toBe(true);

    // Running on the copy gives the same copy, byte for byte.
    await judge(first, second);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  });

  it.runIf(existsSync('/usr/bin/soffice'))('LibreOffice opens every copy and prints it, the user\'s chart and Pathway\'s sheets with it', () => {
    const copies = VALID.map(([file]) => tmp.path(`${file}.first${file.endsWith('.xlsm') ? '.xlsm' : '.xlsx'}`));
    const dir = tmp.path('pdf');
    execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${tmp.path('lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...copies], { stdio: 'ignore', timeout: 170_000 });
    for (const copy of copies) {
      const pdf = join(dir, `${copy.split('/').pop()!.replace(/\.xls[xm]$/, '')}.pdf`);
      expect(existsSync(pdf), `${copy} did not open in LibreOffice`).toBe(true);
      const info = execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(5);
      const text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Pathway: schools'); // Pathway's own sheets
      if (copy.includes('chart')) expect(text).toContain('Pupils on roll'); // the user's chart title, drawn
    }
  }, 180_000);
});

describe('files that are not workbooks Pathway reads: each gets its own message', () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(tmp.path(name), bytes);
    return tmp.path(name);
  };
  const sample = existsSync(SAMPLE) ? readFileSync(SAMPLE) : Buffer.alloc(0);
  // No tool on this machine writes an encrypted .xlsx: this is the OLE header and the UTF-16
  // stream name Excel's encrypted files carry, enough for the check that reads them.
  const oleEncrypted = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);

  it.each([
    ['an Excel 97-2003 file saved by LibreOffice', () => join(CORPUS, 'libreoffice.xls'), /is an Excel 97-2003 workbook \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/],
    ['an OpenDocument spreadsheet saved by LibreOffice', () => join(CORPUS, 'libreoffice.ods'), /is an OpenDocument spreadsheet \(\.ods\)/],
    ['an encrypted workbook (crafted OLE header)', () => write('locked.xlsx', oleEncrypted), /is protected with a password/],
    ['a download cut short', () => write('cut.xlsx', sample.subarray(0, Math.floor(sample.length / 2))), /is damaged: its zip structure cannot be read/],
    ['an empty file', () => write('empty.xlsx', ''), /is empty \(0 bytes\)/],
    ['a CSV saved with a workbook name', () => write('export.xlsx', 'School,URN\nOak,100001\n'), /is a text file \(CSV or HTML/],
  ])('%s', async (_what, file, message) => {
    const err = await FileWorkbook.open(file()).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookFileError);
    expect((err as Error).message).toMatch(message);
    // A file that is only of another kind is never called damaged.
    if (!message.source.includes('damaged')) expect((err as Error).message).not.toMatch(/damaged/);
  });
});
