// The board pack printed the way a business manager would: the CLI's copy through LibreOffice to
// PDF, then each page's text. Every school's profile must be exactly one page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';

const SOFFICE = '/usr/bin/soffice';
const PDFTOTEXT = '/usr/bin/pdftotext';
const SAMPLE = join(import.meta.dirname, '../../examples/trust-tracker.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'pathway-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(SOFFICE) || !existsSync(PDFTOTEXT))('pathway report printed with LibreOffice', () => {
  it('prints each school on one A4 page and the dashboard within a few pages', async () => {
    const out = join(dir, 'pack.xlsx');
    const quiet = { out: () => {}, err: () => {} };
    expect(await main(['report', SAMPLE, '--as-of', '2026-03-31', '-o', out], quiet)).toBe(0);
    execFileSync(SOFFICE, ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 170_000 });
    const text = execFileSync(PDFTOTEXT, ['-layout', join(dir, 'pack.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const pages = text.split('\f');
    const profilePages = pages.filter((p) => /Pathway: .+ \(URN \d+\), as of 31 Mar 2026/.test(p));
    expect(profilePages).toHaveLength(26);
    // One page each: every profile page starts a school, and no page continues one (the support
    // section, the last on a profile, is on the same page as the school's title).
    for (const p of profilePages) expect(p).toContain('Support it gives and gets');
    const dashboard = pages.filter((p) => p.includes('Pathway: trust dashboard as of 31 Mar 2026'));
    expect(dashboard.length).toBeGreaterThan(0);
    expect(dashboard.length).toBeLessThanOrEqual(5);
  }, 200_000);
});
