/**
 * Build the add-on once per test run and load dist/appsscript/Code.js in a node:vm context the
 * way Apps Script loads it: one global scope, services as globals (here the fake SpreadsheetApp
 * and a fake HtmlService reading the built Sidebar.html).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { counted, fakeSpreadsheetApp, type FakeSpreadsheetApp } from './fake-spreadsheet-app.js';

export const DIST = join(process.cwd(), 'dist', 'appsscript');

let built = false;
export function buildOnce(): void {
  if (built && existsSync(join(DIST, 'Code.js'))) return;
  const r = spawnSync(process.execPath, ['scripts/build-gas.mjs'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-gas failed:\n${r.stdout}\n${r.stderr}`);
  built = true;
}

export interface LoadedScript {
  context: vm.Context;
  fake: FakeSpreadsheetApp;
  /** Call a global of the built script, as google.script.run or a menu would. */
  call(name: string, ...args: unknown[]): unknown;
}

function fakeHtmlService(fake: FakeSpreadsheetApp) {
  const output = (content: string) => {
    const out = { title: '', setTitle(t: string) { out.title = t; return out; }, getContent: () => content };
    return out;
  };
  return counted({
    createHtmlOutputFromFile: (name: string) => output(readFileSync(join(DIST, `${name}.html`), 'utf8')),
    createHtmlOutput: (html: string) => output(html),
  }, 'HtmlService', fake.calls);
}

export function loadBuiltScript(fake: FakeSpreadsheetApp = fakeSpreadsheetApp()): LoadedScript {
  buildOnce();
  const context = vm.createContext({ SpreadsheetApp: fake.app, HtmlService: fakeHtmlService(fake), console });
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return {
    context,
    fake,
    call(name, ...args) {
      const fn = context[name] as unknown;
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      // Through JSON, as google.script.run carries arguments and results.
      const plainArgs = JSON.parse(JSON.stringify(args)) as unknown[];
      const result = (fn as (...a: unknown[]) => unknown)(...plainArgs);
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
  };
}

/** The sidebar's app script, inflated from the packed copy Sidebar.html carries (decision 0604). */
export function sidebarAppScript(html: string): string {
  const packed = /<script type="text\/plain" id="pathway-code">([A-Za-z0-9+/=]+)<\/script>/.exec(html)?.[1];
  if (!packed) throw new Error('Sidebar.html carries no packed app');
  return gunzipSync(Buffer.from(packed, 'base64')).toString('utf8');
}
