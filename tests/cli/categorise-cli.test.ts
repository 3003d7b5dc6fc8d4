import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { neutralise } from '../../core/grid/neutralise.js';
import type { Cell } from '../../core/grid/types.js';
import { runCategorise, type CategoriseOutput } from '../../core/run/categorise.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { allValues, conditionalFormats, openExcel, REPO, runPathway, sha256 } from './_lib/run-cli.js';
import { makeTempDir } from './_lib/temp-dir.js';

const SAMPLE = join(REPO, 'examples', 'trust-tracker.xlsx');
const hasSample = existsSync(SAMPLE);
const AS_OF = '2025-11-01';
const OUTPUT_SHEETS = ['Pathway Summary', 'Pathway Schools', 'Pathway Units', 'Pathway Issues'];
const PHASES = ['Stabilise', 'Repair', 'Improve', 'Sustain', 'Insufficient evidence'];

const tmp = makeTempDir('cli');
afterAll(() => tmp.remove());

/** What a spec should look like once read back: the used range, text guarded, merged cells empty but the first. */
function expectedValues(spec: SheetSpec): Cell[][] {
  const rows = spec.rows.map((r) => r.map((v) => (v === '' ? null : neutralise(v))));
  for (const m of spec.merges ?? []) {
    for (let r = m.row; r < m.row + (m.rows ?? 1); r++)
      for (let c = m.col; c < m.col + (m.cols ?? 1); c++) if (r !== m.row || c !== m.col) rows[r]![c] = null;
  }
  while (rows.length && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, ...r.map((v, i) => (v === null ? 0 : i + 1))), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

describe.skipIf(!hasSample)('pathway categorise on examples/trust-tracker.xlsx (real process, real files)', () => {
  const input = tmp.path('trust-tracker.xlsx');
  const first = tmp.path('first.pathway.xlsx');
  const second = tmp.path('second.pathway.xlsx');
  let hashBefore = '';
  let mtimeBefore = 0;
  let expected: CategoriseOutput;

  beforeAll(async () => {
    copyFileSync(SAMPLE, input);
    hashBefore = sha256(input);
    mtimeBefore = statSync(input).mtimeMs;
    expected = await runCategorise(await FileWorkbook.open(input), { asOf: AS_OF });
  });

  it('exits 0, prints a summary and writes the copy', () => {
    const r = runPathway(['categorise', input, '-o', first, '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Categorised \d+ schools/);
    expect(r.stdout).toMatch(/Phase: .*(Stabilise|Repair|Improve|Sustain)/);
    expect(r.stdout).toContain(first);
    expect(existsSync(first)).toBe(true);
  });

  it('leaves the input byte-identical', () => {
    expect(sha256(input)).toBe(hashBefore);
    expect(statSync(input).mtimeMs).toBe(mtimeBefore);
  });

  it('keeps every user sheet and adds the four Pathway sheets', async () => {
    const [inSheets, outSheets] = await Promise.all([allValues(input), allValues(first)]);
    expect(outSheets.map((s) => s.name)).toEqual([...inSheets.map((s) => s.name), ...OUTPUT_SHEETS]);
    for (const s of inSheets) expect(outSheets.find((o) => o.name === s.name)!.grid).toEqual(s.grid);
  });

  it('writes every value, conditional colour, validation and merge the core specified', async () => {
    const excel = await openExcel(first);
    const wb = await FileWorkbook.open(first);
    for (const spec of expected.sheets) {
      const ws = excel.getWorksheet(spec.name)!;
      expect(await wb.read(spec.name)).toEqual(expectedValues(spec));
      expect(conditionalFormats(ws)).toHaveLength(spec.conditional?.length ?? 0);
      for (const v of spec.validations ?? []) expect(ws.getCell(v.range.row + 1, v.range.col + 1).dataValidation?.type).toBe('list');
      for (const m of spec.merges ?? []) expect(ws.getCell(m.row + 1, m.col + 1).isMerged).toBe((m.rows ?? 1) * (m.cols ?? 1) > 1);
      if (spec.tabColor) expect(ws.properties.tabColor?.argb).toBe(`FF${spec.tabColor.toUpperCase()}`);
    }
  });

  it('colours the Schools sheet: RAG rules on the phase column, a frozen header and a filter', async () => {
    const ws = (await openExcel(first)).getWorksheet('Pathway Schools')!;
    expect(conditionalFormats(ws).length).toBeGreaterThan(0);
    const fills = conditionalFormats(ws).flatMap((cf) => cf.rules.map((r) => (r.style?.fill as { bgColor?: { argb?: string } })?.bgColor?.argb));
    expect(new Set(fills).size).toBeGreaterThan(2);
    expect(ws.views[0]?.state).toBe('frozen');
    expect(ws.autoFilter).toBeTruthy();
  });

  it('gives the same workbook when run again on its own output', async () => {
    const r = runPathway(['categorise', first, '-o', second, '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    expect(await allValues(second)).toEqual(await allValues(first));
  });

  it('prints exactly one JSON document with --json, messages on stderr only', () => {
    const r = runPathway(['categorise', input, '--json', '-o', tmp.path('json.pathway.xlsx'), '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { schools: { school: string; phase: string; category: string | null; risk: string | null; strands: object }[]; units: unknown[]; issues: unknown[] };
    expect(Object.keys(doc)).toEqual(['schools', 'units', 'issues']);
    expect(doc.schools).toHaveLength(expected.schools.length);
    for (const s of doc.schools) {
      expect(PHASES).toContain(s.phase);
      expect(s.category === null || /^[A-E]$/.test(s.category)).toBe(true);
      expect(typeof s.strands).toBe('object');
    }
    expect(doc.schools.map((s) => s.phase)).toEqual(expected.schools.map((s) => s.phase));
    expect(r.stderr).toMatch(/Wrote .*json\.pathway\.xlsx/);
  });

  it('defaults the output to out/<name>.categorise.xlsx under the working folder', () => {
    const cwd = tmp.path('work');
    mkdirSync(cwd);
    const r = runPathway(['categorise', input, '--as-of', AS_OF], cwd);
    expect(r.status).toBe(0);
    expect(existsSync(join(cwd, 'out', 'trust-tracker.categorise.xlsx'))).toBe(true);
  });

  it('writes no workbook with --json and no -o: the JSON on stdout is the whole answer', () => {
    const cwd = tmp.path('json-only');
    mkdirSync(cwd);
    const r = runPathway(['categorise', input, '--json', '--as-of', AS_OF], cwd);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { schools: unknown[] }).schools).toHaveLength(expected.schools.length);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    expect(r.stderr).not.toMatch(/Wrote/);
  });

  it('ends quietly when its output is piped into a reader that stops early (head)', () => {
    const r = spawnSync('sh', ['-c', `node bin/pathway.mjs categorise "${input}" --json --as-of ${AS_OF} | head -c 10`], { cwd: REPO, encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "schoo');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe('pathway categorise on a folder of CSV exports', () => {
  it('writes a new workbook with the CSV sheets and the Pathway sheets', async () => {
    const dir = tmp.path('exports');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Schools.csv'), 'School,URN,Phase of education,Leadership,Governance,Staffing,Attendance,Safeguarding\r\nOak Primary,100001,Primary,3,3,Improve,4,Effective\r\n');
    const out = tmp.path('exports.pathway.xlsx');
    const r = runPathway(['categorise', dir, '-o', out, '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sheets = await allValues(out);
    expect(sheets.map((s) => s.name)).toEqual(['Schools', ...OUTPUT_SHEETS]);
    expect(sheets[0]!.grid[1]).toEqual(['Oak Primary', '100001', 'Primary', '3', '3', 'Improve', '4', 'Effective']);
  });
});

describe('pathway categorise refuses plainly', () => {
  it.each<[string, () => string[], number, RegExp]>([
    ['a missing file', () => ['categorise', tmp.path('nope.xlsx')], 1, /nope\.xlsx does not exist/],
    ['an old .xls file (LibreOffice-saved, from the corpus)', () => ['categorise', join(REPO, 'tests', 'fixtures', 'corpus', 'libreoffice.xls')], 1, /libreoffice\.xls is an Excel 97-2003 workbook \(\.xls\)/],
    ['a single CSV file', () => ['categorise', write('one.csv', 'a,b')], 1, /one\.csv is a CSV file, not a workbook.*folder/],
    ['a broken .xlsx', () => ['categorise', write('broken.xlsx', 'School,URN')], 1, /broken\.xlsx is a text file \(CSV/],
    ['the input as output', () => ['categorise', write('same.xlsx', 'x'), '-o', tmp.path('same.xlsx')], 2, /never writes its input/],
    ['a bad --as-of', () => ['categorise', write('d.xlsx', 'x'), '--as-of', '1/11/2025'], 2, /YYYY-MM-DD/],
  ])('%s', (_what, args, status, message) => {
    const r = runPathway(args());
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('an output it cannot write: exit 1 naming the path, nothing half-written left behind', () => {
    const blocker = write('blocker.txt', 'a file where a folder should be');
    const input = join(REPO, 'tests', 'fixtures', 'messy', 'totals-row.xlsx');
    const r = runPathway(['categorise', input, '-o', join(blocker, 'out.xlsx'), '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/blocker\.txt/);
    expect(r.stdout).toBe('');
  });

  it('shows its help', () => {
    const r = runPathway(['categorise', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: pathway categorise/);
  });
});

function write(name: string, content: string): string {
  const path = tmp.path(name);
  writeFileSync(path, content);
  return path;
}
