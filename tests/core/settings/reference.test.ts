import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFS, settingsReferenceMarkdown } from '../../../core/settings/index.js';

const FILE = 'docs/reference/settings.md';

describe('docs/reference/settings.md', () => {
  it('is generated from SETTING_DEFS and checked in up to date', () => {
    const fresh = settingsReferenceMarkdown();
    if (process.env.PATHWAY_WRITE_DOCS === '1') writeFileSync(FILE, fresh);
    expect(existsSync(FILE), `${FILE} is missing; run PATHWAY_WRITE_DOCS=1 npx vitest run tests/core/settings`).toBe(true);
    expect(readFileSync(FILE, 'utf8'), `${FILE} is stale; run PATHWAY_WRITE_DOCS=1 npx vitest run tests/core/settings`).toBe(fresh);
  });

  it('lists every setting by label and path', () => {
    const doc = settingsReferenceMarkdown();
    for (const d of SETTING_DEFS) {
      expect(doc).toContain(`| ${d.label.replace(/\|/g, '\\|')} | \`${d.path}\``);
    }
  });
});
