import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { describeWorkbook } from '../../core/run/describe.js';
import { buildPreview, serve, writeMessyCopy } from './preview-server.js';

// The shared pane in Debian's headless Chromium, over the browser preview host: the same ui/,
// the same core, a workbook read from examples/trust-tracker.xlsx by ExcelJS in the page.
const CHROMIUM = '/usr/bin/chromium';
// The picture in the README is refreshed on purpose (PATHWAY_SCREENSHOTS=docs npm test); other runs keep theirs in out/.
const SHOT_DIR = fileURLToPath(new URL(process.env.PATHWAY_SCREENSHOTS === 'docs' ? '../../docs/screenshots/' : '../../out/screenshots/', import.meta.url));
const SHOT = `${SHOT_DIR}taskpane.png`;

let browser: Browser;
let server: Server;
let origin = '';
let page: Page;
let messy = { sheet: '', cell: '' };
const leaks: string[] = [];
/** What the CLI's own adapter finds in the same file: the preview must agree (host parity). */
let expected = { schools: 0, sheets: 0, recognised: [] as string[] };
const pageErrors: string[] = [];

beforeAll(async () => {
  const found = await describeWorkbook(await FileWorkbook.open(fileURLToPath(new URL('../../examples/trust-tracker.xlsx', import.meta.url))));
  expected = { schools: found.schools, sheets: found.sheets.length, recognised: found.recognised.map((r) => r.sheet) };
  const dir = await buildPreview();
  messy = await writeMessyCopy(dir);
  ({ server, origin } = await serve(dir));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  // Nothing may leave localhost: every other request is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    leaks.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${origin}/preview.html?today=2025-11-01`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const pupilsTotal = async (title: string): Promise<number> => {
  const table = page.getByRole('table', { name: title });
  const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[2]?.textContent ?? '0'));
  return cells.reduce((n, t) => n + Number(t.replace(/,/g, '')), 0);
};

async function categorise(): Promise<string> {
  await page.getByRole('tab', { name: 'Categorise' }).click();
  await page.getByLabel('As of (date the judgements are for)').fill('2025-11-01');
  await page.getByRole('button', { name: 'Categorise', exact: true }).click();
  const done = page.getByText(/^Done: \d+ schools categorised/);
  await done.waitFor({ timeout: 60_000 });
  return (await done.textContent()) ?? '';
}

describe('Pathway pane in headless Chromium (browser preview host)', () => {
  it('shows what it found: recognised sheets, their column mapping and issues', async () => {
    expect(existsSync(CHROMIUM)).toBe(true);
    await page.getByRole('heading', { name: 'Recognised sheets' }).waitFor({ timeout: 60_000 });
    expect(expected.schools).toBeGreaterThan(0);
    expect(await page.getByText(/^\d+ schools across \d+ sheets\.$/).textContent()).toBe(`${expected.schools} schools across ${expected.sheets} sheets.`);
    for (const sheet of expected.recognised) {
      expect(await page.locator(`section.pw-sheet[data-sheet="${sheet}"]`).count(), sheet).toBe(1);
    }
    expect(await page.getByRole('combobox', { name: 'Column for URN on Schools' }).textContent()).toContain('B');
  }, 90_000);

  it('categorises the sample workbook, shows counts, and opens Pathway Schools', async () => {
    const done = await categorise();
    expect(done).toMatch(new RegExp(`^Done: ${expected.schools} schools categorised`));
    for (const title of ['By phase', 'By category', 'By journey (trajectory)', 'By risk']) {
      const table = page.getByRole('table', { name: title });
      const schools = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[1]?.textContent)));
      expect(schools.reduce((a, b) => a + b, 0), title).toBe(expected.schools);
    }
    await page.getByRole('button', { name: 'Open Pathway Schools' }).click();
    await page.locator('#book table[data-sheet="Pathway Schools"]').waitFor();
    expect(await page.locator('#book nav button').allTextContents()).toEqual(expect.arrayContaining(['Pathway Summary', 'Pathway Schools', 'Pathway Issues']));
    mkdirSync(SHOT_DIR, { recursive: true });
    await page.locator('#pane').screenshot({ path: SHOT });
  }, 90_000);

  it('corrects a column mapping and the next run uses it', async () => {
    const before = await pupilsTotal('By phase');
    expect(before).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Home' }).click();
    const picker = page.getByRole('combobox', { name: 'Column for Pupils on roll on Schools' });
    await picker.click();
    await page.getByRole('option', { name: /^D · / }).click();
    await expect.poll(() => picker.textContent(), { timeout: 30_000 }).toMatch(/^D · /);
    expect(await page.locator('section.pw-sheet[data-sheet="Schools"]').getByText('your correction').count()).toBe(1);
    expect(await page.locator('#book nav button', { hasText: 'Pathway Mapping' }).count()).toBe(1);
    await categorise();
    const after = await pupilsTotal('By phase');
    expect(after).not.toBe(before);
    // Column D holds leadership scores (1–4), so the "pupils" now add up to at most 4 per school.
    expect(after).toBeLessThanOrEqual(expected.schools * 4);
  }, 90_000);

  it('the tabs work from the keyboard', async () => {
    await page.getByRole('tab', { name: 'Home' }).click();
    await page.getByRole('tab', { name: 'Home' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: 'Categorise' }).getAttribute('aria-selected')).toBe('true');
  }, 60_000);

  it('settings: the core refuses a bad value with a message on the row, then saves a good one', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const input = page.getByLabel('Value for Minimum strands for a phase');
    await input.fill('lots');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Nothing was saved').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: /whole number|number/i }).count()).toBeGreaterThan(0);
    expect(await page.locator('#book nav button', { hasText: 'Pathway Settings' }).count()).toBe(0);
    await input.fill('5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved to the Pathway Settings sheet.').waitFor();
    await page.locator('#book nav button', { hasText: 'Pathway Settings' }).click();
    const rows = await page.locator('#book table[data-sheet="Pathway Settings"] tr').allTextContents();
    expect(rows).toContain('Minimum strands for a phase5');
  }, 60_000);

  it('the "Go to cell" link of an issue selects that cell (workbook with one bad value)', async () => {
    const other = await page.context().newPage();
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto(`${origin}/preview.html?file=messy.xlsx&today=2025-11-01`);
    await other.getByRole('heading', { name: /^Issues/ }).waitFor({ timeout: 60_000 });
    const link = other.getByRole('button', { name: `Go to cell ${messy.sheet}!${messy.cell}` });
    expect(await link.count()).toBeGreaterThan(0);
    await link.first().click();
    await other.locator(`#book table[data-sheet="${messy.sheet}"] td.selected[title="${messy.cell}"]`).waitFor();
    expect(await other.locator('#book td.selected').textContent()).toBe('sometimes');
    await other.close();
  }, 60_000);

  it('later capabilities have their views: targets run and report the sheets they wrote', async () => {
    await page.getByRole('tab', { name: 'Targets' }).click();
    await page.getByRole('button', { name: 'Set targets and check progress' }).click();
    const done = page.getByText(/^Done: \d+ sheets written/);
    await done.waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Open Pathway Targets' }).click();
    await page.locator('#book table[data-sheet="Pathway Targets"]').waitFor();
    await page.getByRole('tab', { name: 'Forms' }).click();
    expect(await page.getByRole('button', { name: 'Make forms for the visit schedule' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Collate completed forms' }).count()).toBe(1);
  }, 90_000);

  it('sent no request beyond localhost and raised no page error', () => {
    expect(leaks).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
