import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/registry.js';
import { fakeSpreadsheetApp } from './fake-spreadsheet-app.js';
import { buildOnce, DIST, loadBuiltScript } from './load-built-script.js';

const code = () => readFileSync(join(DIST, 'Code.js'), 'utf8');

beforeAll(() => buildOnce());

describe('built Code.js in node:vm (fake SpreadsheetApp)', () => {
  it('has no import or export left for clasp to choke on, and compiles as a classic script', () => {
    expect(code()).not.toMatch(/^\s*(import|export)\s[^(]/m);
    expect(() => new vm.Script(code(), { filename: 'Code.js' })).not.toThrow();
  });

  it('holds only files clasp pushes, plus a .clasp.json template to fill in', () => {
    const files = readdirSync(DIST).filter((f) => !f.startsWith('.') || f === '.clasp.json.template').sort();
    expect(files).toEqual(['.clasp.json.template', 'Code.js', 'Sidebar.html', 'appsscript.json']);
    const template = JSON.parse(readFileSync(join(DIST, '.clasp.json.template'), 'utf8'));
    expect(Object.keys(template).sort()).toEqual(['rootDir', 'scriptId']);
  });

  it('exposes every menu callback, and onOpen builds the Pathway menu from them', () => {
    const { context, call, fake } = loadBuiltScript();
    call('onOpen', { authMode: 'NONE' });
    expect(fake.menu.map((m) => m.caption)).toEqual(['Open Pathway', 'Categorise', 'Targets', 'Forms', 'Settings']);
    for (const { fn } of fake.menu) expect(typeof context[fn], fn).toBe('function');
    for (const fn of ['onOpen', 'onInstall', 'showSidebar']) expect(typeof context[fn], fn).toBe('function');
    // onOpen runs before authorisation: it must not touch the spreadsheet.
    expect(fake.total((k) => k.startsWith('Spreadsheet.') || k.startsWith('Sheet.') || k.startsWith('Range.'))).toBe(0);
  });

  it('exposes every sidebar callback the google.script.run bridge calls', () => {
    const { context } = loadBuiltScript();
    const bridge = readFileSync('appsscript/sidebar/google-host.ts', 'utf8');
    const called = [...bridge.matchAll(/call\('(\w+)'/g)].map((m) => m[1]!);
    expect(called.length).toBeGreaterThanOrEqual(7);
    for (const fn of called) expect(typeof context[fn], fn).toBe('function');
  });

  it('has exactly one PATHWAY_X custom function per registry id, each with @customfunction JSDoc', () => {
    const { context } = loadBuiltScript();
    const globals = Object.keys(context).filter((k) => k.startsWith('PATHWAY_')).sort();
    expect(globals).toEqual(FUNCTIONS.map((f) => `PATHWAY_${f.id}`).sort());
    for (const f of FUNCTIONS) {
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)@customfunction\\s*\\*/\\s*function PATHWAY_${f.id}\\(([^)]*)\\)`);
      const found = doc.exec(code());
      expect(found, f.id).not.toBeNull();
      // Sheets shows each parameter's help from its @param line, in the order of the signature.
      const params = [...found![1]!.matchAll(/@param \{[^}]+\} (\w+) /g)].map((m) => m[1]);
      expect(params, f.id).toEqual(f.params.map((p) => p.name));
      expect(found![2]!.split(',').map((p) => p.trim()), f.id).toEqual(f.params.map((p) => p.name));
      expect(found![1], f.id).not.toMatch(/PATHWAY\.[A-Z]/);
    }
  });

  it('opens the sidebar at the view a menu item asks for', () => {
    const { call, fake } = loadBuiltScript();
    call('pathwayMenuSettings');
    expect(fake.sidebars).toHaveLength(1);
    expect(fake.sidebars[0]).toContain('<meta name="pathway-start-view" content="settings">');
  });
});
