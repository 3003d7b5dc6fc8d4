import { describe, expect, it } from 'vitest';
import { SheetsWorkbook } from '../../appsscript/sheets-workbook.js';
import type { SheetsValue, SpreadsheetAppLike } from '../../appsscript/spreadsheet-like.js';
import { runCategorise } from '../../core/run/categorise.js';
import { benchTrackerGrids } from '../../bench/generate.js';
import { fakeSpreadsheetApp, type FakeSpreadsheetApp } from '../appsscript/fake-spreadsheet-app.js';

// R4 (../shared/GOALS.md) on Google Sheets: Apps Script applies each service call as it is made,
// so a run that dies part-way leaves whatever calls came before. Here a categorise run through
// SheetsWorkbook fails at every service call of a clean run in turn (reads and writes alike),
// then runs again; the spreadsheet must equal one clean run, whether it started empty of Pathway
// sheets or held an earlier, bigger run's.

const AS_OF = '2026-03-31';
const TRACKER = benchTrackerGrids({ schools: 12, measures: 3, years: 3, seed: 7 });
const BIGGER = benchTrackerGrids({ schools: 20, measures: 3, years: 3, seed: 8 });

function spreadsheet(tracker = TRACKER): FakeSpreadsheetApp {
  const fake = fakeSpreadsheetApp('Europe/London');
  for (const s of tracker) fake.book.addSheet(s.name, s.grid.map((r) => r.map((c) => (c ?? '') as SheetsValue)));
  fake.book.addSheet('Notes', [['The user keeps notes here'], ['and Pathway never touches them']]);
  return fake;
}

/** The fake with its user sheets replaced by the standard tracker, keeping an earlier run's Pathway sheets. */
async function afterBiggerRun(): Promise<FakeSpreadsheetApp> {
  const fake = spreadsheet(BIGGER);
  await command(fake);
  for (const s of TRACKER) fake.book.sheet(s.name)!.values = s.grid.map((r) => r.map((c) => (c ?? '') as SheetsValue));
  fake.reset();
  return fake;
}

/** One sidebar command: a fresh SheetsWorkbook, read every user sheet, write every Pathway sheet. */
async function command(fake: FakeSpreadsheetApp): Promise<unknown> {
  return runCategorise(new SheetsWorkbook(fake.app as unknown as SpreadsheetAppLike), { asOf: AS_OF });
}

const state = (fake: FakeSpreadsheetApp) =>
  JSON.stringify(fake.book.sheets.map((s) => [s.name, s.grid(), [...s.layers], s.conditional, s.merges, s.filter?.range ?? null, [...s.widths], [...s.hidden], s.frozen, s.tabColor, s.borders]));

/** Service calls that change the spreadsheet (builders and getters change nothing). */
const changes = (key: string) => /^(Range|Sheet|Spreadsheet|RangeList|Filter)\.(?!get)/.test(key);

describe('SheetsWorkbook: a service error at any call, then a rerun, equals one clean run (R4)', () => {
  it.each([
    ['a spreadsheet with no Pathway sheets yet', async () => spreadsheet()],
    ['a spreadsheet holding an earlier, bigger run', afterBiggerRun],
  ])('%s, failing at every call that changes the spreadsheet', async (label, start) => {
    const clean = await start();
    await command(clean);
    const want = state(clean);
    const writes = clean.total(changes);
    expect(writes).toBeGreaterThan(40);
    expect(clean.book.sheet('Pathway Schools')!.grid().length).toBeGreaterThan(12);

    for (let n = 1; n <= writes; n++) {
      const fake = await start();
      fake.failOnCall(n, 'Service Spreadsheets failed while accessing document with id 1AbC.', changes);
      await expect(command(fake), `write call ${n} of ${writes}`).rejects.toThrow(/Service Spreadsheets failed/);
      fake.reset();
      await command(fake);
      expect(state(fake), `failure at write call ${n} of ${writes}`).toBe(want);
    }
    // One past the last write: the run does not fail, so the fault really is counted on writes.
    const fake = await start();
    fake.failOnCall(writes + 1, 'never', changes);
    await command(fake);
    expect(state(fake)).toBe(want);
    console.log(`R4 Sheets (${label}): ${writes} of ${clean.total()} service calls change the spreadsheet; a failure at each, then a rerun, equals one clean run`);
  }, 30_000);
});
