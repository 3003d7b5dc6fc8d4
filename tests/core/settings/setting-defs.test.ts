import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTING_DEFS } from '../../../core/settings/index.js';
import { getPath } from '../../../core/settings/paths.js';

const sheet = (label: string, value: string | number) => [{ name: 'Pathway Settings', grid: [['Setting', 'Value'], [label, value]] }];
const numeric = SETTING_DEFS.filter((d) => d.type !== 'text');

describe('every setting', () => {
  it.each(SETTING_DEFS.map((d) => [d.label, d] as const))('%s accepts its default by label and by path', (_label, d) => {
    const value = d.default === '' ? 'Some measure' : d.default;
    for (const name of [d.label, d.path]) {
      const read = readSettings(sheet(name, value));
      expect(read.issues, name).toEqual([]);
      expect(getPath(read.settings, d.path)).toEqual(value);
    }
  });

  it.each(numeric.map((d) => [d.label, d] as const))('%s refuses words and far-out values, keeping the default', (_label, d) => {
    for (const bad of ['plenty', 1e6, -1e6]) {
      const read = readSettings(sheet(d.label, bad));
      expect(read.issues.map((i) => i.cell), `${d.label} = ${bad}`).toEqual(['B2']);
      expect(getPath(read.settings, d.path)).toEqual(getPath(DEFAULT_SETTINGS, d.path));
    }
  });
});
