import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Apps Script has no DOM and no Node: the server must compile against ES2022 alone, and the
// sidebar against the DOM. The project-wide typecheck uses one looser config for everything.
describe('the Apps Script sources typecheck in their own worlds', () => {
  it.each(['appsscript/tsconfig.json', 'appsscript/sidebar/tsconfig.json'])('%s compiles', { timeout: 180_000 }, (project) => {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
