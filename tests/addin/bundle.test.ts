import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/registry.js';
import { buildAddin } from '../../scripts/build-addin.js';
import { networkUses } from './network-scan.js';

const KB = 1000;
let out = '';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The entry and every chunk it imports statically: what the pane downloads before first paint. */
function initialFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) visit(join(file, '..', m[1]!));
  };
  visit(entry);
  return [...seen];
}

beforeAll(async () => {
  out = (await buildAddin({ outDir: mkdtempSync(join(tmpdir(), 'pathway-addin-')), host: 'addins.example.org/pathway' })).outDir;
}, 120_000);

describe('npm run build (production add-in)', () => {
  it('writes the pane, functions.json, icons and a manifest with the host substituted', () => {
    for (const f of ['taskpane.html', 'taskpane.js', 'functions.json', 'manifest.xml', 'help.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']) {
      expect(statSync(join(out, f)).size, f).toBeGreaterThan(0);
    }
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('__PATHWAY_HOST__');
    expect(manifest).toContain('https://addins.example.org/pathway/taskpane.html');
    const meta = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
    expect(meta.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
  });

  it('keeps the pane within P9: initial JavaScript ≤ 200 kB gzip, all of it ≤ 350 kB (Office.js excluded)', () => {
    const all = jsFiles(out);
    const initial = initialFiles(join(out, 'taskpane.js'));
    const initialGz = initial.reduce((n, f) => n + gz(f), 0);
    const totalGz = all.reduce((n, f) => n + gz(f), 0);
    console.log(`bundle gzip: initial ${(initialGz / KB).toFixed(1)} kB (${initial.map((f) => relative(out, f)).join(', ')}), total ${(totalGz / KB).toFixed(1)} kB in ${all.length} files`);
    expect(initial.length).toBeGreaterThanOrEqual(1);
    expect(initialGz).toBeLessThanOrEqual(200 * KB);
    expect(totalGz).toBeLessThanOrEqual(350 * KB);
  });

  it('contains no network API anywhere in its JavaScript (R6)', () => {
    for (const f of jsFiles(out)) expect(networkUses(readFileSync(f, 'utf8')), relative(out, f)).toEqual([]);
  });

  it('loads only its own files: every dynamic import is relative', () => {
    for (const f of jsFiles(out)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) expect(m[1]).toMatch(/^\.\.?\//);
    }
  });

  it('the page loads Office.js from Microsoft and nothing else from outside', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const external = [...html.matchAll(/src="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});
