import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder per test file, removed afterwards. */
export function makeTempDir(prefix: string): { path: (name: string) => string; dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `pathway-${prefix}-`));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
