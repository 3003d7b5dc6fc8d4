import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../cli/main.js';
import { addTargetSheets } from '../../examples/targets-sheets.js';

const dir = mkdtempSync(join(tmpdir(), 'pathway-targets-'));
const input = join(dir, 'trust.xlsx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRow(['A user sheet Pathway must leave alone']);
  addTargetSheets(wb);
  await wb.xlsx.writeFile(input);
});

async function pathway(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('pathway targets on a real .xlsx (in-process, real files)', () => {
  it('writes the four sheets and leaves the input untouched', async () => {
    const before = statSync(input).mtimeMs;
    const output = join(dir, 'targets.xlsx');
    const r = await pathway('targets', input, '-o', output, '--as-of', '2026-03-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/52 targets set; 156 data drops checked/);
    expect(r.out).toMatch(/Wrote /);
    expect(statSync(input).mtimeMs).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Notes', 'Pathway Targets', 'Pathway Progress', 'Pathway Pupils', 'Pathway Classes']));
    const progress = wb.getWorksheet('Pathway Progress');
    expect(progress?.getCell('J3').value).toBe('Progress');
    const rules = JSON.stringify((progress as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings);
    expect(rules).toMatch(/Well below/);
    expect(progress?.pageSetup.orientation).toBe('landscape');
    const agreed = wb.getWorksheet('Pathway Targets')?.getCell('N4').dataValidation;
    expect(agreed?.type).toBe('list');
  });

  it('--json gives targets, progress, the well-below share per school and pupils', async () => {
    const r = await pathway('targets', input, '-o', join(dir, 'targets-json.xlsx'), '--as-of', '2026-03-01', '--json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as { targets: unknown[]; progress: { status: string }[]; wellBelowShare: Record<string, number>; pupils: { rank: number | null }[]; issues: unknown[] };
    expect(body.targets).toHaveLength(52);
    expect(new Set(body.progress.map((p) => p.status))).toEqual(new Set(['above', 'on track', 'slightly below', 'well below']));
    expect(Object.keys(body.wellBelowShare)).toContain('950116');
    expect(body.pupils).toHaveLength(116);
    expect(body.issues).toEqual([]);
    expect(r.err).toMatch(/Wrote/);
  });

  it('pathway plans writes Plan Checks and Themes and reports the checks', async () => {
    const output = join(dir, 'plans.xlsx');
    const r = await pathway('plans', input, '-o', output, '--as-of', '2026-03-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 school plans, 12 priorities, 16 actions/);
    expect(r.out).toMatch(/Reading and phonics: 3 schools/);
    expect(r.out).toMatch(/Delivery plan!E4/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const themes = wb.getWorksheet('Pathway Themes');
    expect(themes?.getCell('J4').dataValidation?.formulae?.[0]).toMatch(/Green,Amber,Red/);
    expect(wb.getWorksheet('Pathway Plan Checks')?.getCell('A4').value).toBe('Problem');
  });

  it.each([
    [['targets'], 2, /Name a workbook/],
    [['targets', join(dir, 'missing.xlsx')], 1, /does not exist/],
    [['plans', input, '--as-of', '2026-13-01'], 2, /not a date/],
    [['targets', dir], 1, /is a folder: name a workbook/],
  ])('%j exits %i with a plain message', async (argv, code, message) => {
    const r = await pathway(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  it('--help lists the headers each input sheet needs', async () => {
    const r = await pathway('targets', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/School \+ Measure \+ Baseline/);
  });
});

describe('pathway targets and plans on a workbook with none of their sheets', () => {
  it.each([
    ['targets', /No target sheets found/],
    ['plans', /No plan sheets found/],
  ])('%s says what to add', async (command, message) => {
    const empty = join(dir, 'empty.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Nothing here yet']);
    await wb.xlsx.writeFile(empty);
    const r = await pathway(command, empty, '-o', join(dir, `${command}-empty-out.xlsx`), '--as-of', '2026-03-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(message);
  });
});

describe('the sample sheets', () => {
  it('carry one agreed target, shown as Agreed in Pathway Targets', async () => {
    const r = await pathway('targets', input, '-o', join(dir, 'agreed.xlsx'), '--as-of', '2026-03-01', '--json');
    const body = JSON.parse(r.out) as { targets: { school: string; target: { agreed?: boolean; basis: string } }[] };
    const agreed = body.targets.filter((t) => t.target.agreed);
    expect(agreed.map((t) => t.school)).toEqual(['Kilnhurst Fields Primary']);
    expect(agreed[0]?.target.basis).toMatch(/^Agreed target \d+\.0; the percentile method gives/);
  });
});
