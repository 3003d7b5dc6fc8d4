// The project's one test command: typecheck, then vitest, then the line CI reads ("N passed, N failed").
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;

// Browser tests need Debian's Chromium; CI starts from a clean machine, so install it when absent.
if (!existsSync('/usr/bin/chromium') && process.getuid?.() === 0) {
  console.log('Installing Debian chromium for the browser tests…');
  if (run('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'ignore' }) !== 0) {
    run('apt-get', ['update', '-q'], { stdio: 'ignore' });
    run('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'ignore' });
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
