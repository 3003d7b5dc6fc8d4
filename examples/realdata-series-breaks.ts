// Counts the series-breaking values (decision 0213) in a published panel, to see how often the
// check fires on real results and on what.
//   npx tsx examples/realdata-series-breaks.ts <panel.csv> <column prefix> [examples to print]
// e.g. ../shared/realdata/subset_england_ks2_rwm_2016-2018_2024-2025_complete.csv rwm_exp_pct
// Reads year columns named <prefix>_<year>; the file stays where it is and nothing is written.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../cli/csv-parse.js';
import { findSeriesBreaks, type SeriesBreak } from '../core/categorise/series-breaks.js';
import { parseNumber } from '../core/grid/index.js';
import type { Grid } from '../core/grid/types.js';
import { DEFAULT_SETTINGS } from '../core/settings/defaults.js';

const [file, prefix, shown = '8'] = process.argv.slice(2);
if (!file || !prefix) {
  console.error('usage: npx tsx examples/realdata-series-breaks.ts <panel.csv> <column prefix> [examples]');
  process.exit(2);
}
const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8')) as Grid;
const name = header.indexOf('school_name');
const years = header.flatMap((h, i) => {
  const m = new RegExp(`^${prefix}_(\\d{4})$`).exec(String(h ?? ''));
  return m ? [{ year: Number(m[1]), i }] : [];
});
let schools = 0;
let flagged = 0;
const kinds: Record<SeriesBreak['kind'], number> = { zero: 0, spike: 0, 'end-swing': 0 };
const examples: string[] = [];
for (const row of rows) {
  const points = years.flatMap(({ year, i }) => {
    const n = parseNumber(row[i] ?? null);
    return n.ok ? [{ year, value: n.value }] : [];
  });
  if (points.length < 2) continue;
  schools++;
  const breaks = findSeriesBreaks(points, DEFAULT_SETTINGS.seriesBreaks);
  if (breaks.length === 0) continue;
  flagged++;
  for (const b of breaks) kinds[b.kind]++;
  if (examples.length < Number(shown)) {
    examples.push(`${String(row[name] ?? '?')}: ${points.map((p) => `${p.year} ${p.value}`).join(', ')} → ${breaks.map((b) => `${b.year} ${b.kind}${b.kept ? ' (kept)' : ' (left out)'}`).join('; ')}`);
  }
}
console.log(`${schools} schools with two or more ${prefix} values; ${flagged} with a series break (${((flagged / Math.max(schools, 1)) * 100).toFixed(1)} %)`);
console.log(`zeros ${kinds.zero}, spikes ${kinds.spike}, newest-value swings ${kinds['end-swing']}`);
for (const e of examples) console.log(`  ${e}`);
