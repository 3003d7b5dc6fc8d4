import type { Issue } from '../grid/types.js';
import type { Settings } from '../settings/types.js';
import type { SchoolRecord, Tracker } from '../tracker/types.js';
import { bandSeries, type BandLine } from './band-series.js';
import { categoriseSchool, headlineSetting, otherBandedMeasures } from './categorise-school.js';
import { categoriseUnit } from './categorise-units.js';
import { staleIssue, staleness } from './stale-results.js';
import type { SchoolResult, UnitResult } from './types.js';

export interface CategoriseTrackerOptions {
  /** ISO date the judgement is as of (inspection age). */
  asOf: string;
  /** Share (0–1) of each school's targets well below at the latest milestone, by school key. */
  wellBelowShare?: Record<string, number>;
}

export interface CategoriseTrackerResult {
  schools: SchoolResult[];
  units: UnitResult[];
  issues: Issue[];
}

/** The framework run over a whole trust: every school, then every unit inside a school. */
export function categoriseTracker(tracker: Tracker, settings: Settings, opts: CategoriseTrackerOptions): CategoriseTrackerResult {
  const bands = bandSeries(tracker.performance, tracker.benchmarks, settings.measures);
  const schools = tracker.schools.map((school) =>
    categoriseSchool(school, {
      settings,
      bands,
      nationalPA: tracker.nationalPA,
      asOf: opts.asOf,
      ...(opts.wellBelowShare?.[school.key] !== undefined ? { wellBelowShare: opts.wellBelowShare[school.key] } : {}),
    }),
  );
  const byKey = new Map(tracker.schools.map((s, i) => [s.key, { s, i }]));
  const unitLines = bands.lines.filter((l): l is BandLine & { unit: string } => l.unit !== null && byKey.has(l.key));
  unitLines.sort((a, b) => (byKey.get(a.key)?.i ?? 0) - (byKey.get(b.key)?.i ?? 0));
  const units = unitLines.map((line) => categoriseUnit((byKey.get(line.key) as { s: SchoolRecord }).s, line, settings));
  const stale = tracker.schools.flatMap((school, i) => {
    const measure = schools[i]?.headlineMeasure;
    const line = measure ? bands.find(school.key, null, measure) : undefined;
    const age = line ? staleness(line.series, opts.asOf) : null;
    return line && age ? [staleIssue(school.school, line.measure, age, line.latestSource)] : [];
  });
  return { schools, units, issues: [...bands.issues, ...unknownSchools(bands.lines, byKey), ...headlineIssues(tracker.schools, schools, bands, settings), ...stale] };
}

/**
 * One Issues row per headline setting that did not find its measure, however many schools it
 * touched: either Pathway judged their journeys on the one benchmarked measure they have, or it
 * could not choose, and the row names the setting and the measures it found.
 */
function headlineIssues(records: SchoolRecord[], results: SchoolResult[], bands: ReturnType<typeof bandSeries>, settings: Settings): Issue[] {
  const groups = new Map<string, { setting: string; configured: string; used: string | null; schools: number; found: Set<string> }>();
  records.forEach((school, i) => {
    const r = results[i];
    if (!r) return;
    const configured = (school.educationPhase && settings.headlineMeasure[school.educationPhase]) || settings.headlineMeasure.default;
    if (r.headlineMeasure === configured && bands.find(school.key, null, configured)?.series.length) return;
    const others = otherBandedMeasures(school, configured, bands);
    if (r.headlineMeasure === configured && others.length === 0) return; // no benchmarked results at all: the school's own reason says so
    const setting = headlineSetting(school, settings);
    const used = r.headlineMeasure !== configured ? r.headlineMeasure : null;
    const key = `${setting}|${configured}|${used ?? ''}`;
    const g = groups.get(key) ?? { setting, configured, used, schools: 0, found: new Set<string>() };
    g.schools += 1;
    for (const m of others) g.found.add(m);
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => {
    const n = g.schools === 1 ? '1 school has' : `${g.schools} schools have`;
    const message = g.used
      ? `"${g.setting}" is ${g.configured}, which ${n} no benchmarked results for; ${g.schools === 1 ? 'its journey was' : 'their journeys were'} judged on ${g.used}, the only measure with a benchmark ${g.schools === 1 ? 'it has' : 'they have'}. Set "${g.setting}" in Pathway Settings to choose another.`
      : `"${g.setting}" is ${g.configured}, which ${n} no benchmarked results for, so ${g.schools === 1 ? 'it has' : 'they have'} no journey. ${g.schools === 1 ? 'It has' : 'They have'} benchmarked results for ${[...g.found].join(', ')}: set "${g.setting}" in Pathway Settings to one of them.`;
    return { sheet: 'Pathway Settings', cell: '', severity: 'warning' as const, message };
  });
}

/** Performance rows whose school is not on the schools sheet: reported once per school, never guessed. */
function unknownSchools(lines: BandLine[], known: Map<string, unknown>): Issue[] {
  const seen = new Set<string>();
  return lines.flatMap((line) => {
    if (known.has(line.key) || seen.has(line.key)) return [];
    seen.add(line.key);
    return [{ sheet: line.source.sheet, cell: line.source.cell, message: `Results for "${line.key}" were not used: no school with that URN or name is on the schools sheet.`, severity: 'error' as const }];
  });
}
