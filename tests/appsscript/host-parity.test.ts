import { describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import type { Cell } from '../../core/grid/types.js';
import { ACTION_IDS, readsForms, runAction } from '../../core/run/actions.js';
import { runCategorise } from '../../core/run/categorise.js';
import type { SheetsValue } from '../../appsscript/spreadsheet-like.js';
import { loadBuiltScript } from './load-built-script.js';
import { fakeFromXlsx } from './xlsx-to-fake.js';

const SAMPLE = 'examples/trust-tracker.xlsx';
const AS_OF = '2025-11-01';

/** Rows as a user sees them: empty cells as '', trailing empty cells and rows dropped. */
function visible(rows: (Cell | SheetsValue)[][]): SheetsValue[][] {
  const out = rows.map((r) => {
    const line = r.map((v) => (v === null || v === undefined ? '' : v)) as SheetsValue[];
    while (line.length && line[line.length - 1] === '') line.pop();
    return line;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

describe('host parity: the built Code.js (fake SpreadsheetApp) and the CLI write the same sheets', () => {
  it('categorises the sample trust workbook into the same output grids, summary and issues', async () => {
    const cli = await runCategorise(await FileWorkbook.open(SAMPLE), { asOf: AS_OF });
    const fake = await fakeFromXlsx(SAMPLE);
    const userSheets = fake.book.sheets.map((s) => s.name);
    const { call } = loadBuiltScript(fake);
    const result = call('pathwayCategorise', { asOf: AS_OF }) as { outputSheets: string[]; summary: unknown; issueCount: number };

    expect(result.outputSheets).toEqual(cli.sheets.map((s) => s.name));
    expect(result.summary).toEqual(JSON.parse(JSON.stringify(cli.summary)));
    expect(result.issueCount).toBe(cli.issues.length);
    expect(cli.summary.schools).toBeGreaterThan(20);
    for (const spec of cli.sheets) {
      const written = fake.book.sheet(spec.name);
      expect(written, spec.name).toBeDefined();
      expect(visible(written!.grid()), spec.name).toEqual(visible(spec.rows));
    }
    // The user's sheets come first and are untouched; Pathway's follow.
    expect(fake.book.sheets.map((s) => s.name)).toEqual([...userSheets, ...cli.sheets.map((s) => s.name)]);
  });

  it('gives the sidebar the same overview the CLI core describes, and a second run changes nothing', async () => {
    const fake = await fakeFromXlsx(SAMPLE);
    const { call } = loadBuiltScript(fake);
    const overview = call('pathwayOverview') as { recognised: { sheet: string; fields: unknown[] }[]; schools: number };
    expect(overview.schools).toBeGreaterThan(20);
    expect(overview.recognised.map((r) => r.sheet)).toContain('Schools');
    call('pathwayCategorise', { asOf: AS_OF });
    const first = JSON.stringify(fake.book.sheets.map((s) => [s.name, s.grid(), [...s.layers], s.conditional, s.merges, s.filter?.range]));
    call('pathwayCategorise', { asOf: AS_OF });
    const second = JSON.stringify(fake.book.sheets.map((s) => [s.name, s.grid(), [...s.layers], s.conditional, s.merges, s.filter?.range]));
    expect(second).toBe(first);
  });
});

describe('host parity for every later capability: the built Code.js (fake SpreadsheetApp) and the core over the .xlsx', () => {
  it.each(ACTION_IDS.map((id) => [id]))('%s writes the same sheets through pathwayRunAction as through the port', async (id) => {
    const file = await FileWorkbook.open(SAMPLE);
    if (readsForms(id)) await runAction(file, 'forms.generate', { asOf: AS_OF });
    const cli = await runAction(file, id, { asOf: AS_OF });
    const fake = await fakeFromXlsx(SAMPLE);
    const { call } = loadBuiltScript(fake);
    if (readsForms(id)) call('pathwayRunAction', 'forms.generate', { asOf: AS_OF });
    const result = call('pathwayRunAction', id, { asOf: AS_OF }) as { outputSheets: string[]; issues: unknown[] };
    expect(result.outputSheets).toEqual(cli.sheets.map((s) => s.name));
    expect(result.issues).toEqual(JSON.parse(JSON.stringify(cli.issues)));
    expect(cli.sheets.length).toBeGreaterThan(0);
    for (const spec of cli.sheets) expect(visible(fake.book.sheet(spec.name)!.grid()), spec.name).toEqual(visible(spec.rows));
  });
});

describe('host parity for the board pack history: the built Code.js (fake SpreadsheetApp) reads Pathway History back like the CLI', () => {
  it('two runs on one date then one later leave the same history in both hosts, with both dates kept', async () => {
    const file = await FileWorkbook.open(SAMPLE);
    const fake = await fakeFromXlsx(SAMPLE);
    const { call } = loadBuiltScript(fake);
    for (const asOf of [AS_OF, AS_OF, '2026-05-22']) {
      await runAction(file, 'report', { asOf });
      call('pathwayRunAction', 'report', { asOf });
    }
    const cliHistory = await file.read('Pathway History');
    expect(visible(fake.book.sheet('Pathway History')!.grid())).toEqual(visible(cliHistory));
    const dates = new Set(cliHistory.slice(3).map((r) => r[0]));
    expect(dates.size).toBe(2);
  });
});
