/**
 * The built Sidebar.html in headless Chromium, its google.script.run answered in-process by the
 * built Code.js over a fake SpreadsheetApp holding the sample workbook. Nothing leaves localhost.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltScript, type LoadedScript } from './load-built-script.js';
import { fakeFromXlsx } from './xlsx-to-fake.js';

const SAMPLE = 'examples/trust-tracker.xlsx';

// A stand-in for google.script.run: each server call goes to window.__pathwayServer (exposed by
// the test), which runs the built Code.js; the handlers get the JSON answer, as in Apps Script.
const STUB = `
window.__serverCalls = [];
function pathwayRunner() {
  var ok = function () {}, fail = function () {};
  var runner = new Proxy({}, { get: function (_, name) {
    if (name === 'withSuccessHandler') return function (fn) { ok = fn; return runner; };
    if (name === 'withFailureHandler') return function (fn) { fail = fn; return runner; };
    if (name === 'withUserObject') return function () { return runner; };
    return function () {
      var args = Array.prototype.slice.call(arguments);
      window.__serverCalls.push(String(name));
      window.__pathwayServer(String(name), JSON.stringify(args)).then(function (text) {
        var answer = JSON.parse(text);
        if (answer.ok) ok(answer.value); else fail(new Error(answer.message));
      });
    };
  } });
  return runner;
}
window.google = { script: { get run() { return pathwayRunner(); }, host: { close: function () {} } } };
`;

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  script: LoadedScript;
  server: Server;
  external: string[];
  calls: () => Promise<string[]>;
}

/** Open the sidebar the way a menu item does: the server's own page, served from localhost. */
async function openSidebar(menuFunction: string): Promise<Opened> {
  const script = loadBuiltScript(await fakeFromXlsx(SAMPLE));
  script.call(menuFunction);
  const html = script.fake.sidebars.at(-1)!;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'en-GB' });
  const external: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('__pathwayServer', (name: string, argsJson: string) => {
    try {
      return JSON.stringify({ ok: true, value: script.call(name, ...(JSON.parse(argsJson) as unknown[])) });
    } catch (e) {
      return JSON.stringify({ ok: false, message: (e as Error).message });
    }
  });
  await page.addInitScript(STUB);
  await page.goto(origin);
  return { page, script, server, external, calls: () => page.evaluate(() => (window as unknown as { __serverCalls: string[] }).__serverCalls) };
}

async function close(o: Opened): Promise<void> {
  await o.page.close();
  await new Promise((r) => o.server.close(r));
}

describe('Sidebar.html in headless Chromium (google.script.run answered by the built Code.js, fake SpreadsheetApp)', () => {
  it('opens on Home with one server call, categorises with one more, shows the counts and writes the sheets', { timeout: 120_000 }, async () => {
    const opened = await openSidebar('showSidebar');
    const { page, script } = opened;
    await page.getByText('What Pathway found in this workbook').waitFor({ timeout: 30_000 });
    await page.getByText(/\d+ schools across \d+ sheets/).waitFor();
    expect(await opened.calls()).toEqual(['pathwayOverview']);

    await page.getByRole('tab', { name: 'Categorise' }).click();
    await page.getByLabel('As of (date the judgements are for)').fill('2025-11-01');
    await page.getByRole('button', { name: 'Categorise', exact: true }).click();
    await page.getByText(/Done: \d+ schools categorised/).waitFor({ timeout: 30_000 });
    await page.getByText('By phase').waitFor();
    // One google.script.run call for the whole command (goal P5).
    expect(await opened.calls()).toEqual(['pathwayOverview', 'pathwayCategorise']);
    expect(script.fake.book.sheet('Pathway Schools')?.grid().length).toBeGreaterThan(20);
    const done = await page.getByText(/Done: \d+ schools categorised/).textContent();
    expect(done).toMatch(/Done: 2\d schools categorised/);

    // The README's picture is refreshed on purpose (PATHWAY_SCREENSHOTS=docs npm test); other runs keep theirs in out/.
    const dir = process.env.PATHWAY_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'out/screenshots';
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/sidebar.png`, fullPage: true });

    await page.getByRole('button', { name: 'Open Pathway Schools' }).click();
    await expect.poll(() => script.fake.book.active?.sheet).toBe('Pathway Schools');
    expect(await opened.calls()).toEqual(['pathwayOverview', 'pathwayCategorise', 'pathwayOpenSheet']);
    expect(opened.external).toEqual([]);
    await close(opened);
  });

  it('opens at the view the menu item asked for: Settings reads the settings in one call', { timeout: 60_000 }, async () => {
    const opened = await openSidebar('pathwayMenuSettings');
    await opened.page.getByRole('button', { name: 'Save settings' }).waitFor({ timeout: 30_000 });
    expect(await opened.calls()).toEqual(['pathwayReadSettings']);
    expect(opened.external).toEqual([]);
    await close(opened);
  });

  it('opens on Targets from the menu and runs it in one server call, writing Pathway Targets', { timeout: 90_000 }, async () => {
    const opened = await openSidebar('pathwayMenuTargets');
    const { page, script } = opened;
    await page.getByRole('button', { name: 'Set targets and check progress' }).click();
    await page.getByText(/^Done: \d+ sheets written/).waitFor({ timeout: 60_000 });
    expect(await opened.calls()).toEqual(['pathwayRunAction']);
    expect(script.fake.book.sheet('Pathway Targets')?.grid().length).toBeGreaterThan(20);
    expect(opened.external).toEqual([]);
    await close(opened);
  });
});
