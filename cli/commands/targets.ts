import type { TargetsOutput } from '../../core/targets/run-targets.js';
import { PROGRESS_LABELS, type ProgressStatus } from '../../core/targets/types.js';
import { workbookCommand } from '../_lib/workbook-command.js';

const HELP = `Usage: pathway targets <workbook.xlsx> [--as-of YYYY-MM-DD] [-o out.xlsx] [--json]

Sets each school's targets from its baseline and the trust's benchmarks, stages milestones
across the academic year, and checks every data drop against its milestone. Pupil sheets
with estimates get pupil targets, cohort targets, rank order and class value added.

Reads sheets by their headers:
  benchmarks   Measure + National, Top quartile or P50/P75/P90… (optional Method, Pupil threshold)
  baselines    School + Measure + Baseline (optional URN, Unit, Pupils, Method, Agreed target)
  data drops   School + Measure + Actual + Date or Drop (optional URN, Unit, Pupils)
  pupils       Pupil + Class + Estimate P50/P80… (optional School, Measure, Actual)
Writes "Pathway Targets", "Pathway Progress", and with pupils "Pathway Pupils" and "Pathway Classes".
`;

function summaryText(out: TargetsOutput): string {
  if (out.recognised.length === 0) {
    return 'No target sheets found: add a benchmarks sheet and a baselines sheet (see pathway targets --help for their headers).\n';
  }
  const counts = new Map<ProgressStatus, number>();
  for (const r of out.progress) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const bands = (Object.keys(PROGRESS_LABELS) as ProgressStatus[]).map((s) => `${counts.get(s) ?? 0} ${PROGRESS_LABELS[s].toLowerCase()}`).join(', ');
  const lines = [`Academic year ${out.academicYear - 1}/${String(out.academicYear).slice(2)}: ${out.targets.length} targets set; ${out.progress.length} data drops checked (${bands}).`];
  for (const t of out.trust) lines.push(`  Trust, pupil-weighted, ${t.measure} at ${t.period}: ${t.actual} against a milestone of ${t.milestone} (${PROGRESS_LABELS[t.status].toLowerCase()}, ${t.pupils} pupils).`);
  const atRisk = Object.entries(out.wellBelowShare).filter(([, s]) => s > 0).length;
  if (out.progress.length > 0) lines.push(`  ${atRisk} school${atRisk === 1 ? '' : 's'} with targets well below at the latest drop.`);
  const { pupils, cohorts, classes } = out.pupils;
  if (pupils.length > 0) {
    lines.push(`${pupils.length} pupils: ${pupils.filter((p) => p.target !== null).length} with targets; ${classes.filter((c) => c.flagged).length} of ${classes.length} classes flagged to learn from.`);
    for (const c of cohorts.filter((x) => x.school === null)) lines.push(`  ${c.measure}: ${c.share ?? 0}% of ${c.pupils} pupils have a target of ${c.threshold} or more.`);
  }
  return `${lines.join('\n')}\n`;
}

/** `pathway targets`: open, run the core use case, save a copy, report. All judgement is in core/. */
export const run = workbookCommand<TargetsOutput>({
  name: 'targets',
  help: HELP,
  run: async (wb, asOf) => (await import('../../core/targets/run-targets.js')).runTargets(wb, { asOf }),
  json: (out) => {
    const pupils = out.pupils.pupils.map((p) => ({ pupil: p.row.pupil, school: p.row.school, className: p.row.className, measure: p.row.measure, target: p.target, meets: p.meets, actual: p.row.actual, valueAdded: p.valueAdded, rank: p.rank, percentileRank: p.percentileRank }));
    return { academicYear: out.academicYear, targets: out.targets, progress: out.progress, trust: out.trust, wellBelowShare: out.wellBelowShare, cohorts: out.pupils.cohorts, classes: out.pupils.classes, pupils, issues: out.issues };
  },
  text: summaryText,
});
