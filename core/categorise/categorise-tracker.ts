import type { Issue } from '../grid/types.js';
import type { Settings } from '../settings/types.js';
import { OPTIONAL_STRANDS, type SchoolRecord, type Tracker } from '../tracker/types.js';
import { STRAND_WORDS } from './_lib/words.js';
import { bandSeries, type BandLine } from './band-series.js';
import { categoriseSchool } from './categorise-school.js';
import { headlineIssues } from './headline-issues.js';
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
  const bands = bandSeries(tracker.performance, tracker.benchmarks, settings.measures, settings.seriesBreaks);
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
    const age = line ? staleness(line.series, opts.asOf, line.measure) : null;
    return line && age ? [staleIssue(school.school, line.measure, age, line.latestSource)] : [];
  });
  return { schools, units, issues: [...bands.issues, ...unknownSchools(bands.lines, byKey), ...headlineIssues(tracker.schools, bands, settings, opts.asOf), ...stale, ...unusedOptionalStrands(tracker.schools, settings)] };
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

/**
 * An optional strand's column filled in while its setting is off: said once per strand, at the
 * first school with a score, so a trust that added the column knows the setting that uses it.
 */
function unusedOptionalStrands(schools: readonly SchoolRecord[], settings: Settings): Issue[] {
  return OPTIONAL_STRANDS.filter((k) => settings.optionalStrands[k] !== 'yes').flatMap((k) => {
    const first = schools.find((s) => s.strands[k] != null);
    if (!first) return [];
    const words = STRAND_WORDS[k];
    const label = words.charAt(0).toUpperCase() + words.slice(1);
    const count = schools.filter((s) => s.strands[k] != null).length;
    const message = `${count} ${count === 1 ? 'school has' : 'schools have'} a score in the ${label} column (first ${first.school}), but the ${words} strand is off, so it is not used. Set "Strand: ${words}" to yes to count it in the phase and category and set it against the report card.`;
    return [{ sheet: first.source.sheet, cell: first.source.cell, severity: 'warning' as const, message }];
  });
}
