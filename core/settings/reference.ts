import { DEFAULT_SETTINGS } from './defaults.js';
import { SETTING_DEFS } from './setting-defs.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** docs/reference/settings.md, generated from SETTING_DEFS so the list cannot drift from the code. */
export function settingsReferenceMarkdown(): string {
  const lines = [
    '# Settings reference',
    '',
    '<!-- Generated from core/settings/setting-defs.ts by tests/core/settings/reference.test.ts.',
    '     Regenerate with: PATHWAY_WRITE_DOCS=1 npx vitest run tests/core/settings -->',
    '',
    'A trust changes any of these in a sheet called **Pathway Settings** (or any sheet headed',
    '`Setting | Value`). Type the friendly name or the dotted path in the Setting column. A blank',
    'value keeps the default; an unknown setting or a bad value is reported on its cell and the',
    'default is kept. Settings that must stand in order (turnover bands, risk bands, reserves',
    'target, trajectory slopes) are checked together, and the ones that break the order go back',
    'to their defaults.',
    '',
    '| Setting | Path | Type | Default | What it does |',
    '|---|---|---|---|---|',
    ...SETTING_DEFS.map((d) => `| ${cell(d.label)} | \`${d.path}\` | ${d.type}${d.optional ? ' (optional)' : ''} | ${cell(String(d.default) || '(not set)')} | ${cell(d.description)} |`),
    '',
    '## Measures',
    '',
    'Each measure has four rows, written `Measure: <name> <property>` (or `measures.<name>.<property>`).',
    'The name is matched ignoring case, spaces and punctuation, so `Measure: ks2 rwm exs% decimals`',
    'sets `KS2 RWM EXS %`. A measure not listed is higher-is-better, 1 decimal place, unbounded.',
    '',
    '| Property | Value | Meaning |',
    '|---|---|---|',
    '| `lower is better` | yes / no (also `higher is better` with yes / no, or the words lower / higher) | Flips the band direction; benchmarks then fall from floor to top 15%. |',
    '| `decimals` | 0–6 | Decimal places targets are rounded to. |',
    '| `min` | number or none | Lowest possible value. |',
    '| `max` | number or none | Highest possible value; must be above min. |',
    '',
    'Defaults:',
    '',
    '| Measure | Lower is better | Decimals | Min | Max |',
    '|---|---|---|---|---|',
    ...Object.entries(DEFAULT_SETTINGS.measures).map(([n, m]) => `| ${cell(n)} | ${m.lowerIsBetter ? 'yes' : 'no'} | ${m.decimals} | ${m.min ?? 'none'} | ${m.max ?? 'none'} |`),
    '',
  ];
  return lines.join('\n');
}
