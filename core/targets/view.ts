import type { Issue } from '../grid/types.js';
import type { TargetsOutput } from './run-targets.js';
import type { ProgressStatus } from './types.js';

/**
 * What a host's pane shows after a targets run: plain, serialisable data only, so the same view
 * crosses Excel's pane, Google's `google.script.run` bridge and the preview unchanged.
 */
export interface TargetsResultView {
  academicYear: number;
  targets: number;
  /** Drops judged, by band. */
  progress: Record<ProgressStatus, number>;
  /** Trust rows (pupil-weighted) at the latest period of each measure. */
  trust: { measure: string; period: string; actual: number; milestone: number; status: ProgressStatus; pupils: number }[];
  /** Schools with at least one target well below at its latest drop, worst first. */
  schoolsWellBelow: { schoolKey: string; school: string; share: number }[];
  pupils: number;
  classesFlagged: number;
  cohorts: { measure: string; threshold: number; share: number | null; pupils: number }[];
  outputSheets: string[];
  mainSheet: string;
  issueCount: number;
  /** The first issues, for the pane's list; the rest are in the output. */
  issues: Issue[];
}

/** Summarise a targets run for a pane. */
export function targetsResultView(out: TargetsOutput, maxIssues = 50): TargetsResultView {
  const progress: Record<ProgressStatus, number> = { above: 0, 'on track': 0, 'slightly below': 0, 'well below': 0 };
  for (const r of out.progress) progress[r.status]++;
  const latest = new Map<string, TargetsOutput['trust'][number]>();
  for (const t of out.trust) if ((latest.get(t.measure)?.date ?? '') <= t.date) latest.set(t.measure, t);
  const names = new Map(out.progress.map((r) => [r.schoolKey, r.school]));
  const schoolsWellBelow = Object.entries(out.wellBelowShare)
    .filter(([, share]) => share > 0)
    .map(([schoolKey, share]) => ({ schoolKey, school: names.get(schoolKey) ?? schoolKey, share }))
    .sort((a, b) => b.share - a.share || a.school.localeCompare(b.school));
  return {
    academicYear: out.academicYear,
    targets: out.targets.length,
    progress,
    trust: [...latest.values()].map((t) => ({ measure: t.measure, period: t.period, actual: t.actual, milestone: t.milestone, status: t.status, pupils: t.pupils })),
    schoolsWellBelow,
    pupils: out.pupils.pupils.length,
    classesFlagged: out.pupils.classes.filter((c) => c.flagged).length,
    cohorts: out.pupils.cohorts.filter((c) => c.school === null).map((c) => ({ measure: c.measure, threshold: c.threshold, share: c.share, pupils: c.pupils })),
    outputSheets: out.sheets.map((s) => s.name),
    mainSheet: out.progress.length > 0 ? 'Pathway Progress' : 'Pathway Targets',
    issueCount: out.issues.length,
    issues: out.issues.slice(0, maxIssues),
  };
}
