// Pictures of printed Pathway sheets for the README and the guides: run a command on the sample,
// print the copy with LibreOffice as a user would, and keep the pages that show what is asked.
// Usage: npx tsx scripts/print-pictures.ts   (needs /usr/bin/soffice and poppler's pdftoppm)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');

/** [picture file, text the page must hold] */
const WANTED: [string, RegExp][] = [
  ['dashboard.png', /Pathway: trust dashboard/],
  ['profile.png', /Pathway: Quenby Lea/],
];

const dir = mkdtempSync(join(tmpdir(), 'pathway-pictures-'));
try {
  const copy = join(dir, 'board-pack.xlsx');
  execFileSync(process.execPath, ['bin/pathway.mjs', 'report', 'examples/trust-tracker.xlsx', '--as-of', '2026-03-31', '-o', copy], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, copy], { stdio: 'ignore' });
  const pdf = join(dir, 'board-pack.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  mkdirSync(OUT, { recursive: true });
  for (const [file, pattern] of WANTED) {
    let found = 0;
    for (let p = 1; p <= pages && !found; p++) {
      const text = execFileSync('/usr/bin/pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' });
      if (pattern.test(text)) found = p;
    }
    if (!found) throw new Error(`No printed page matches ${pattern} for ${file}.`);
    const stem = join(dir, file.replace(/\.png$/, ''));
    execFileSync('/usr/bin/pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', String(found), '-l', String(found), pdf, stem]);
    copyFileSync(`${stem}.png`, join(OUT, file));
    console.log(`${file}: page ${found} of ${pages}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
