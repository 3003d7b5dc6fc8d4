// The project's one test command: typecheck, then vitest, then the line CI reads ("N passed, N failed").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

// Some tests need Debian packages a clean CI machine lacks: Chromium (browser tests), LibreOffice
// and poppler (the corpus and print checks render sheets to PDF and pages). Install whichever are
// missing, in one apt run. (The corpus files are committed; only make-corpus.py needs openpyxl.)
const debian = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/soffice', 'libreoffice-calc'],
  ['/usr/bin/pdftoppm', 'poppler-utils'],
].filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
if (debian.length > 0 && process.getuid?.() === 0) {
  console.log(`Installing Debian ${debian.join(', ')} for the tests…`);
  const install = () => run('apt-get', ['install', '-y', '-q', ...debian], { stdio: 'ignore' });
  if (install() !== 0) {
    run('apt-get', ['update', '-q'], { stdio: 'ignore' });
    install();
  }
}

let failedChecks = 0;
for (const project of ['tsconfig.json', 'core/tsconfig.json', 'addin/tsconfig.json']) {
  if (existsSync(project) && run('npx', ['tsc', '-p', project, '--noEmit']) !== 0) {
    console.error(`typecheck failed: ${project}`);
    failedChecks++;
  }
}

const report = '.vitest-report.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...extra]);

let passed = 0;
let failed = failedChecks;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  if (!r.success && failed === 0) failed = 1;
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
