// `npm run bench`: runs every bench/*.bench.ts in its own Node process, one after another, so
// one benchmark's heap and JIT state cannot colour the next one's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();

let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, f)], { stdio: 'inherit', cwd: join(here, '..') });
  if (r.status !== 0) {
    console.error(`${f} failed (exit ${r.status})`);
    failed++;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
