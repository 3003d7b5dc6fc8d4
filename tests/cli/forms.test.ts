import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as broker } from '../../cli/commands/broker.js';
import { run as forms } from '../../cli/commands/forms.js';
import type { CliIo } from '../../cli/main.js';
import { addFormsSheets } from '../../examples/forms-sheets.js';

// The issue's "Done means": generate forms from the sample schedule into a real .xlsx, fill them in
// through ExcelJS as a reviewer would (rows inserted, text in the wrong place, a formula injection),
// collate, and get back exactly what was typed plus the right problems.

const AS_OF = '2026-03-31';
let dir: string;

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

async function cli(command: typeof forms, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await command(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The cell holding exactly this label, as a reviewer would find it by eye. */
function labelCell(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!found && cell.type !== ExcelJS.ValueType.Merge && cell.value === label) found = cell;
  }));
  if (!found) throw new Error(`no "${label}" on ${ws.name}`);
  return found;
}

const below = (ws: ExcelJS.Worksheet, c: ExcelJS.Cell, rows = 1, cols = 0) => ws.getCell(Number(c.row) + rows, Number(c.col) + cols);
const right = (ws: ExcelJS.Worksheet, c: ExcelJS.Cell, cols = 1) => ws.getCell(Number(c.row), Number(c.col) + cols);

function formFor(wb: ExcelJS.Workbook, school: string, focus: string): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => w.name.startsWith('Pathway Form ') && right(w, labelCell(w, 'School')).value === school && right(w, labelCell(w, 'Focus (purpose)')).value === focus);
  if (!ws) throw new Error(`no form for ${school}: ${focus}`);
  return ws;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-forms-'));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Read me').addRow(['A trust tracker']);
  addFormsSheets(wb);
  // This round trip is a trust that keeps the 2015 headings; the default is now the 2025 report
  // card (issue 12), covered by the "own settings" case below and tests/core/forms.
  wb.addWorksheet('Form settings').addRows([['Form setting', 'Value'], ['Judgement areas', '2015']]);
  await wb.xlsx.writeFile(join(dir, 'tracker.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pathway forms: the round trip on real .xlsx files', () => {
  it('generates one form per visit of the sample schedule', async () => {
    const r = await cli(forms, ['generate', join(dir, 'tracker.xlsx'), '-o', join(dir, 'generated.xlsx'), '--as-of', AS_OF, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { created: string[]; kept: string[]; issues: unknown[] };
    expect(json.created).toHaveLength(15);
    expect(json.kept).toEqual([]);
    expect(json.issues).toEqual([]);
    const wb = await open(join(dir, 'generated.xlsx'));
    const ws = formFor(wb, 'Pennyworth Primary School', 'Behaviour routines at transitions');
    expect(ws.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToWidth: 1 });
    expect(right(ws, labelCell(ws, 'Date')).value).toEqual(new Date(Date.UTC(2026, 1, 3)));
  });

  it('reads back exactly what a reviewer typed, wherever they typed it, plus the right problems', async () => {
    const wb = await open(join(dir, 'generated.xlsx'));
    // Form 1: a row inserted above the class details, notes with a formula injection, WWW typed
    // under its box, judgements from the drop-down, an abbreviation, and an area of excellence.
    const k = formFor(wb, 'Kilnhurst Fields Primary', 'Early reading and phonics in KS1');
    const added = `A${labelCell(k, 'Year / class').row}`;
    k.insertRow(Number(labelCell(k, 'Year / class').row), ['Reviewer added this row']);
    below(k, labelCell(k, 'Notes')).value = '=cmd|\' /C calc\'!A0';
    const www = labelCell(k, 'Strengths (WWW)');
    below(k, www).value = 'Phonics groups well matched to need';
    // Out of room in the box: a row inserted under it, typed in.
    k.insertRow(Number(labelCell(k, 'Judgements').row), ['Pupils apply sounds in their writing']);
    below(k, labelCell(k, 'Areas for development (EBI)')).value = 'More questioning to check understanding';
    const tla = labelCell(k, 'Teaching, learning & assessment');
    right(k, tla, 5).value = 'Good';
    below(k, tla, 1, 5).value = 'RI';
    below(k, labelCell(k, 'Area of excellence (what can we share?)')).value = 'Phonics catch-up sessions';
    // Form 2: an impossible class size and an end time before the start, notes beside the heading.
    const p = formFor(wb, 'Pennyworth Primary School', 'Behaviour routines at transitions');
    const size = right(p, labelCell(p, 'No. in class'));
    size.value = 45;
    const to = right(p, labelCell(p, 'Time to'));
    to.value = 9 / 24;
    right(p, labelCell(p, 'Notes'), 2).value = 'Calm corridors; one class slow to settle';
    const brilliant = right(p, labelCell(p, 'Leadership & management'), 5);
    brilliant.value = 'Brilliant';
    const ri = below(k, tla, 1, 5).address;
    // Form 3: evidence on a visit dated after the as-of date.
    const g = formFor(wb, 'Greywater All-Through Academy', 'Early reading in the primary phase');
    below(g, labelCell(g, 'Notes')).value = 'Written before the visit';
    const futureDate = right(g, labelCell(g, 'Date')).address;
    await wb.xlsx.writeFile(join(dir, 'filled.xlsx'));

    const r = await cli(forms, ['collate', join(dir, 'filled.xlsx'), '-o', join(dir, 'collated.xlsx'), '--as-of', AS_OF, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { records: Record<string, unknown>[]; issues: { sheet: string; cell: string; severity: string; message: string }[] };
    expect(json.records).toHaveLength(15);
    const byFocus = (f: string) => json.records.find((x) => x.focus === f);
    expect(byFocus('Early reading and phonics in KS1')).toMatchObject({
      school: 'Kilnhurst Fields Primary', observer: 'Helen Marsh, CEO', date: '2026-01-13', from: '09:00', to: '10:00',
      activities: ['Lesson observation'], yearClass: 'Y1', subject: 'English', numberInClass: 27, mixedAbility: 'Y',
      notes: '=cmd|\' /C calc\'!A0',
      www: 'Phonics groups well matched to need\nPupils apply sounds in their writing',
      ebi: 'More questioning to check understanding',
      judgements: { 'Teaching, learning & assessment': 'Good', 'Personal development, behaviour & welfare': 'Requires improvement', 'Leadership & management': '', 'Outcomes for pupils': '' },
      excellence: 'Phonics catch-up sessions', completed: true,
    });
    expect(byFocus('Behaviour routines at transitions')).toMatchObject({ numberInClass: 45, from: '09:15', to: '09:00', notes: 'Calm corridors; one class slow to settle', judgements: expect.objectContaining({ 'Leadership & management': 'Brilliant' }) });
    expect(json.records.filter((x) => x.completed)).toHaveLength(3);
    const sheetOf = (focus: string) => String(byFocus(focus)?.sheet);
    const kSheet = sheetOf('Early reading and phonics in KS1');
    const pSheet = sheetOf('Behaviour routines at transitions');
    const gSheet = sheetOf('Early reading in the primary phase');
    const sorted = (rows: string[][]) => rows.map((x) => x.join(' | ')).sort();
    expect(sorted(json.issues.map((i) => [i.sheet, i.cell, i.severity]))).toEqual(sorted([
      [kSheet, ri, 'warning'],
      [kSheet, added, 'warning'],
      [pSheet, to.address, 'error'],
      [pSheet, size.address, 'error'],
      [pSheet, brilliant.address, 'error'],
      [gSheet, futureDate, 'warning'],
    ]));
    expect(json.issues.map((i) => i.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^"RI" .* was read as "Requires improvement"/),
      expect.stringMatching(/ends at 09:00 .* starts at 09:15/),
      expect.stringMatching(/^45 pupils .* not a possible class size/),
      expect.stringMatching(/^"Brilliant" .* not on the judgement scale/),
      expect.stringMatching(/dated 5 May 2026 .* after 31 Mar 2026/),
      expect.stringMatching(/holds "Reviewer added this row" outside every field/),
    ]));

    const out = await open(join(dir, 'collated.xlsx'));
    const evidence = out.getWorksheet('Pathway Evidence');
    const cells: unknown[] = [];
    evidence?.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('\'=cmd|\' /C calc\'!A0');
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('='))).toBe(false);
    expect(out.getWorksheet('Pathway Evidence Issues')).toBeDefined();
    expect(out.getWorksheet('Pathway Evidence Summary')).toBeDefined();
    expect(out.getWorksheet('Pathway QA Days')).toBeDefined();
  });

  it('collating its own output again changes nothing (R4)', async () => {
    await cli(forms, ['collate', join(dir, 'collated.xlsx'), '-o', join(dir, 'collated-twice.xlsx'), '--as-of', AS_OF]);
    const values = async (path: string) => {
      const wb = await open(path);
      return wb.worksheets.map((ws) => {
        const rows: unknown[] = [ws.name];
        ws.eachRow((row) => rows.push(JSON.stringify(row.values)));
        return rows;
      });
    };
    expect(await values(join(dir, 'collated-twice.xlsx'))).toEqual(await values(join(dir, 'collated.xlsx')));
  });

  it('generating again keeps every filled form as it is and adds only new visits', async () => {
    const wb = await open(join(dir, 'filled.xlsx'));
    wb.getWorksheet('Visit schedule')?.addRow(['Upperfold School', 'Dan Okafor', 'Secondary phase director', new Date(Date.UTC(2026, 4, 12)), 0.375, 0.4167, 'Lesson obs', 'Sixth-form tutorials', '12', 'PSHE', 18, 'Y', 'Core']);
    await wb.xlsx.writeFile(join(dir, 'filled-plus.xlsx'));
    const r = await cli(forms, ['generate', join(dir, 'filled-plus.xlsx'), '-o', join(dir, 'regenerated.xlsx'), '--as-of', AS_OF, '--json']);
    const json = JSON.parse(r.out) as { created: string[]; kept: string[] };
    expect(json.created).toHaveLength(1);
    expect(json.kept).toHaveLength(15);
    const after = await open(join(dir, 'regenerated.xlsx'));
    const k = formFor(after, 'Kilnhurst Fields Primary', 'Early reading and phonics in KS1');
    expect(below(k, labelCell(k, 'Notes')).value).toBe('=cmd|\' /C calc\'!A0');
    expect(after.worksheets.filter((w) => w.name.startsWith('Pathway Form '))).toHaveLength(16);
  });

  it('writes a feedback report for the chosen schedule rows', async () => {
    const r = await cli(forms, ['feedback', join(dir, 'filled.xlsx'), '-o', join(dir, 'feedback.xlsx'), '--as-of', AS_OF, '--rows', '3-4', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { forms: string[]; report: string[] };
    expect(json.forms).toHaveLength(1);
    expect(json.report).toContain('• Phonics groups well matched to need (Y1 English, 13 Jan 2026)');
    expect(json.report).toContain('• Phonics catch-up sessions (Y1 English, 13 Jan 2026)');
  });

  it('feeds areas of excellence on completed forms into the broker: a strong school gives and its named school comes first; weak schools give nothing', async () => {
    const wb = await open('examples/trust-tracker.xlsx');
    if (!wb.getWorksheet('Visit schedule')) addFormsSheets(wb); // once the sample carries them itself, use its own
    await wb.xlsx.writeFile(join(dir, 'sample.xlsx'));
    await cli(forms, ['generate', join(dir, 'sample.xlsx'), '-o', join(dir, 'sample-forms.xlsx'), '--as-of', AS_OF]);
    const filled = await open(join(dir, 'sample-forms.xlsx'));
    const excellence = (school: string, focus: string, text: string) => {
      const f = formFor(filled, school, focus);
      below(f, labelCell(f, 'Area of excellence (what can we share?)')).value = text;
    };
    excellence('Quenby Lea Primary', 'Leadership of reading: what can be shared', 'Early reading leadership and phonics; could support Kilnhurst');
    excellence('Kilnhurst Fields Primary', 'Early reading and phonics in KS1', 'Early reading leadership and phonics');
    excellence('Larkspur Rise Primary', 'Maths mastery: fluency and reasoning', 'Calm behaviour routines in maths lessons');
    await filled.xlsx.writeFile(join(dir, 'sample-filled.xlsx'));
    const r = await cli(broker, [join(dir, 'sample-filled.xlsx'), '-o', join(dir, 'sample-plan.xlsx'), '--as-of', AS_OF, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      givers: { school: string; strands: Record<string, string>; named: Record<string, string[]> }[];
      plan: { giver: string; taker: string; lead: boolean; reason: string }[];
      heldBack: { school: string; reason: string }[];
    };
    // Filed under teaching, not leadership, and naming Kilnhurst Fields Primary.
    const quenby = json.givers.find((g) => g.school === 'Quenby Lea Primary');
    expect(quenby?.named).toEqual({ teaching: ['kilnhurstfieldsprimary'] });
    expect(json.plan.find((a) => a.giver === 'Quenby Lea Primary')).toMatchObject({ taker: 'Kilnhurst Fields Primary', lead: true });
    // Kilnhurst (category E, teaching at 2) and Larkspur (category D, High risk) give nothing, and say why.
    expect(json.givers.map((g) => g.school)).not.toContain('Kilnhurst Fields Primary');
    expect(json.givers.map((g) => g.school)).not.toContain('Larkspur Rise Primary');
    expect(json.heldBack.find((h) => h.school === 'Kilnhurst Fields Primary')?.reason).toMatch(/is in Teaching & CPD, where the school is itself weak \(Teaching & CPD at 2 \(Repair\)\): it lends no days there/);
    expect(json.heldBack.find((h) => h.school === 'Larkspur Rise Primary')?.reason).toMatch(/category D; risk High/);
    for (const a of json.plan) expect(a.giver).not.toBe(a.taker);
    // With the default settings every giving school is eligible: no taker, no D or E, no High or Critical risk.
    for (const a of json.plan) expect(a.reason).toMatch(/; eligible: category [ABC]\b[^.]*, risk (Low|Medium|not rated), takes no support\./);
    const plan = await open(join(dir, 'sample-plan.xlsx'));
    expect(plan.getWorksheet('Pathway Support Plan')?.rowCount).toBeGreaterThan(3);
  });

  it('makes forms in the trust\'s own settings ("Form setting | Value" rows), flags on top', async () => {
    const wb = new ExcelJS.Workbook();
    addFormsSheets(wb);
    const settings = wb.addWorksheet('Form settings');
    settings.addRows([['Form setting', 'Value'], ['Judgement areas', '2025'], ['Largest class', 30]]);
    await wb.xlsx.writeFile(join(dir, 'own-settings.xlsx'));
    await cli(forms, ['generate', join(dir, 'own-settings.xlsx'), '-o', join(dir, 'own-forms.xlsx'), '--rows', '3', '--as-of', AS_OF]);
    const made = await open(join(dir, 'own-forms.xlsx'));
    const form = made.worksheets.find((w) => w.name.startsWith('Pathway Form '));
    expect(form && labelCell(form, 'Inclusion').address).toMatch(/^A\d+$/);
    const r = await cli(forms, ['collate', join(dir, 'own-forms.xlsx'), '-o', join(dir, 'own-collated.xlsx'), '--as-of', AS_OF, '--scheme', '2019', '--json']);
    const json = JSON.parse(r.out) as { records: { judgements: Record<string, string> }[] };
    expect(Object.keys(json.records[0]?.judgements ?? {})).toContain('Inclusion');
  });

  it('refuses bad options plainly', async () => {
    expect((await cli(forms, ['print', 'x.xlsx'])).code).toBe(2);
    expect((await cli(forms, ['generate', join(dir, 'tracker.xlsx'), '--rows', 'ten'])).err).toMatch(/--rows "ten"/);
    expect((await cli(forms, ['generate', join(dir, 'missing.xlsx')])).err).toMatch(/does not exist/);
    expect((await cli(broker, ['--as-of', 'soon', 'x.xlsx'])).err).toMatch(/--as-of "soon"/);
  });
});
