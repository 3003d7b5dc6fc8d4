import type { Issue } from '../grid/types.js';
import type { Settings } from '../settings/types.js';
import type { SchoolRecord } from '../tracker/types.js';
import type { BandSeries } from './band-series.js';
import { chooseHeadline } from './choose-headline.js';

/**
 * One Issues row per headline setting whose measure some schools lack (issue 12 item 7, issue 11):
 * it names the setting, how many schools it left without results, what was used instead, and the
 * banded measures the run did find, so "Too little data 23" on the console has a cause a data lead
 * can act on. Unpublished years (Progress 8 2025) are said in each school's reasons, not here.
 */
export function headlineIssues(schools: SchoolRecord[], bands: BandSeries, settings: Settings, asOf: string): Issue[] {
  type Group = { configured: string; schools: SchoolRecord[]; used: Map<string, number>; found: Set<string> };
  const groups = new Map<string, Group>();
  for (const school of schools) {
    const choice = chooseHeadline(school, bands, settings, asOf);
    const lacking = choice.switched?.why === 'absent' || choice.series.length === 0;
    if (!lacking) continue;
    const g: Group = groups.get(choice.setting) ?? { configured: choice.configured, schools: [], used: new Map(), found: new Set() };
    groups.set(choice.setting, g);
    g.schools.push(school);
    if (choice.switched) g.used.set(choice.measure, (g.used.get(choice.measure) ?? 0) + 1);
    for (const l of bands.linesOf(school.key)) if (l.unit === null && l.series.length > 0) g.found.add(l.measure);
  }
  // A school with no results at all is not a setting problem; a school whose results sit under
  // another measure is, and so is a run in which no school has its headline while results exist.
  const anyHeadline = schools.some((s) => !groups.get(chooseHeadline(s, bands, settings, asOf).setting)?.schools.includes(s));
  const noneAtAll = !anyHeadline && bands.lines.length > 0;
  return [...groups].filter(([, g]) => g.found.size > 0 || noneAtAll).map(([setting, g]) => {
    const first = g.schools[0] as SchoolRecord;
    const used = [...g.used].map(([m, n]) => `${m} for ${n}`).join(', ');
    const instead = used ? ` Pathway used ${used} instead, and says so in each school's reasons.` : '';
    const none = g.schools.length - [...g.used.values()].reduce((a, b) => a + b, 0);
    const without = none > 0 ? ` ${none} got no trajectory.` : '';
    const found = g.found.size ? `The measures with benchmarks it did find: ${[...g.found].join(', ')}.` : 'It found no measure with benchmarks for them.';
    return {
      sheet: first.source.sheet,
      cell: first.source.cell,
      severity: 'warning' as const,
      message: `"${setting}" is ${g.configured}, but ${g.schools.length} school${g.schools.length === 1 ? ' has' : 's have'} no ${g.configured} results with a benchmark.${instead}${without} ${found} Set "${setting}" in Pathway Settings to the measure your results use.`,
    };
  });
}
