import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SheetsValue } from '../../appsscript/spreadsheet-like.js';
import { ACTION_IDS } from '../../core/run/actions.js';
import { buildOnce, DIST, loadBuiltScript, sidebarAppScript } from './load-built-script.js';
import { fakeFromXlsx } from './xlsx-to-fake.js';

const SAMPLE = 'examples/trust-tracker.xlsx';

/**
 * The sample workbook with its long performance sheet grown (or cut) to `rows` data rows. Rows
 * beyond the original repeat it under a new Unit, so every row is a distinct fact.
 */
function grow(rows: number) {
  return (name: string, values: SheetsValue[][]): SheetsValue[][] => {
    if (name !== 'Performance data') return values;
    const [header, ...body] = values;
    const unitCol = header!.indexOf('Unit');
    const out = Array.from({ length: rows }, (_, i) => {
      const row = [...body[i % body.length]!];
      row[unitCol] = `Group ${Math.floor(i / body.length) + 1}`;
      return row;
    });
    return [header!, ...out];
  };
}

type Counts = Record<string, number>;

/** Service calls per sidebar command on the sample grown to `rows`, each command counted on its own. */
async function countCommands(rows: number) {
  const fake = await fakeFromXlsx(SAMPLE, grow(rows));
  const userSheets = fake.book.sheets.length;
  const { call } = loadBuiltScript(fake);
  const asOf = { asOf: '2026-03-31' };
  const commands: [string, () => unknown][] = [
    ['overview', () => call('pathwayOverview')],
    ['readSettings', () => call('pathwayReadSettings')],
    ['goToCell', () => call('pathwayGoToCell', 'Schools', 'C5')],
    ['categorise', () => call('pathwayCategorise', asOf)],
    ...ACTION_IDS.map((id): [string, () => unknown] => [id, () => call('pathwayRunAction', id, asOf)]),
  ];
  const counts: Record<string, Counts> = {};
  const growth: Counts = {};
  for (const [name, run] of commands) {
    fake.reset();
    run();
    // Making a sheet bigger is one call, made only when a sheet is too small for what it gets.
    for (const k of ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter']) growth[k] = (growth[k] ?? 0) + (fake.calls.get(k) ?? 0);
    counts[name] = Object.fromEntries([...fake.calls].filter(([k]) => !(k in growth)).sort());
  }
  const units = fake.book.sheet('Pathway Units')!.grid().length;
  const written = fake.book.sheets.length - userSheets;
  return { counts, growth, units, userSheets, written, active: fake.book.active };
}

describe('service calls of the built Code.js (fake SpreadsheetApp)', () => {
  it('are the same for 150 and 60,000 tracker rows in every command (goal P4), one getValues per sheet, no flush()', { timeout: 240_000 }, async () => {
    const small = await countCommands(150);
    const large = await countCommands(60_000);
    const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
    for (const name of Object.keys(small.counts)) {
      console.log(`service calls for ${name}: ${total(small.counts[name]!)} at 150 rows, ${total(large.counts[name]!)} at 60,000 rows`);
    }
    expect(large.units).toBeGreaterThan(small.units * 10);
    expect(large.counts).toEqual(small.counts);
    const categorise = small.counts.categorise!;
    expect(categorise['SpreadsheetApp.flush']).toBeUndefined();
    expect(categorise['Range.getValues']).toBe(small.userSheets);
    expect(categorise['Range.setValues']).toBe(4);
    expect(categorise['Range.setBackgrounds']).toBe(4);
    expect(small.active).toEqual({ sheet: 'Schools', range: 'C5:C5' });
    // Growing a sheet is at most one call per dimension for each sheet written, never one per row.
    for (const n of Object.values(large.growth)) expect(n).toBeLessThanOrEqual(large.written);
  });
});

describe('what the built files promise (goals R6, R8, P9)', () => {
  it('pins the manifest: V8, exactly the two scopes, no add-on section, no advanced services', () => {
    buildOnce();
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.addOns).toBeUndefined();
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    expect(Object.keys(manifest).sort()).toEqual(['exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone']);
  });

  it.each(['Code.js', 'Sidebar.html', 'Sidebar.html (inflated app)'])('%s contains no network API (R6)', (file) => {
    buildOnce();
    const raw = readFileSync(join(DIST, file.split(' ')[0]!), 'utf8');
    const text = file.includes('inflated') ? sidebarAppScript(raw) : raw;
    expect(text.length).toBeGreaterThan(1000);
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'UrlFetchApp', 'MailApp', 'GmailApp', 'DriveApp', 'PropertiesService', 'localStorage']) {
      expect(text.includes(api), `${file} mentions ${api}`).toBe(false);
    }
  });

  it('keeps Sidebar.html one self-contained page within 500 kB (P9)', () => {
    buildOnce();
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    const bytes = Buffer.byteLength(html);
    console.log(`Sidebar.html: ${(bytes / 1024).toFixed(0)} kB`);
    expect(bytes).toBeLessThanOrEqual(500 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    // The packed app and its loader; the app itself holds no "</script" that could end a tag early.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    const app = sidebarAppScript(html);
    console.log(`Sidebar app: ${(Buffer.byteLength(app) / 1024).toFixed(0)} kB inflated`);
    expect(app).toContain('pathwayCategorise');
  });
});
