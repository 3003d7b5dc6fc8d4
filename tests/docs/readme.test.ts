import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runPathway } from '../cli/_lib/run-cli.js';
import { makeTempDir } from '../cli/_lib/temp-dir.js';

/**
 * Keeps the README's promise true: the lines it says `npm run demo` prints are what the demo's
 * command prints on the bundled sample. (The sample's judgements move when a rule changes; the
 * README moved with them only by hand, and had drifted.)
 */
const readme = readFileSync(`${REPO}/README.md`, 'utf8');
const demo = (JSON.parse(readFileSync(`${REPO}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts.demo ?? '';

describe('README: npm run demo', () => {
  const tmp = makeTempDir('readme');
  afterAll(() => tmp.remove());

  it('prints what the README shows', () => {
    const block = /```\n(Categorised [\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has no fenced block starting "Categorised"').toBeDefined();
    const args = demo.replace(/^node bin\/pathway\.mjs /, '').split(' ');
    const out = args.indexOf('-o');
    expect(out, `demo script "${demo}" has no -o`).toBeGreaterThan(0);
    const shown = args[out + 1] ?? '';
    args[out + 1] = tmp.path('demo.xlsx');
    const run = runPathway(args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.replace(tmp.path('demo.xlsx'), shown)).toBe(block);
  });
});
