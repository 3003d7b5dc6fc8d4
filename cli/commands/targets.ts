import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative } from 'node:path';
import type { Issue } from '../../core/grid/types.js';
import type { TargetsOutput } from '../../core/targets/run-targets.js';
import { PROGRESS_LABELS, type ProgressStatus } from '../../core/targets/types.js';
import { parseCategoriseArgs } from '../_lib/categorise-args.js';
import { FileWorkbook, WorkbookFileError } from '../file-workbook.js';
import type { CliIo } from '../main.js';

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

/** Paths under the working folder are shown relative to it, as the user would type them. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Open an .xlsx input, or explain in one line why not. */
export async function openXlsx(path: string): Promise<FileWorkbook> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new WorkbookFileError(`${path} does not exist.`);
  if (info.isDirectory() || extname(path).toLowerCase() !== '.xlsx') throw new WorkbookFileError(`${path} is not an .xlsx workbook. Save it from Excel as .xlsx first.`);
  return FileWorkbook.open(path);
}

/** The first few issues as "Sheet!A1: message" lines, and how many more there are. */
export function issueLines(issues: readonly Issue[], max = 10): string {
  if (issues.length === 0) return 'No problems found in the input.\n';
  const shown = issues.slice(0, max).map((i) => `  ${i.severity === 'error' ? 'Error' : 'Warning'} ${i.sheet}${i.cell ? `!${i.cell}` : ''}: ${i.message}\n`);
  const more = issues.length > max ? `  …and ${issues.length - max} more (use --json to see all).\n` : '';
  return `${issues.length} issue${issues.length === 1 ? '' : 's'} in the input:\n${shown.join('')}${more}`;
}

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
export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCategoriseArgs(argv, process.cwd());
  if (parsed.kind === 'help') {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.err(`pathway targets: ${parsed.message}\nRun "pathway targets --help" for usage.\n`);
    return 2;
  }
  const { input, output, asOf, json } = parsed.args;
  let wb: FileWorkbook;
  try {
    wb = await openXlsx(input);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    io.err(`pathway targets: ${e.message}\n`);
    return 1;
  }
  const { runTargets } = await import('../../core/targets/run-targets.js');
  const out = await runTargets(wb, { asOf });
  await mkdir(dirname(output), { recursive: true });
  await wb.saveAs(output);
  if (json) {
    const pupils = out.pupils.pupils.map((p) => ({ pupil: p.row.pupil, school: p.row.school, className: p.row.className, measure: p.row.measure, target: p.target, meets: p.meets, actual: p.row.actual, valueAdded: p.valueAdded, rank: p.rank, percentileRank: p.percentileRank }));
    const body = { academicYear: out.academicYear, targets: out.targets, progress: out.progress, trust: out.trust, wellBelowShare: out.wellBelowShare, cohorts: out.pupils.cohorts, classes: out.pupils.classes, pupils, issues: out.issues };
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    io.err(`Wrote ${shownPath(output)}\n`);
  } else {
    io.out(`${summaryText(out)}${issueLines(out.issues)}Wrote ${shownPath(output)}\n`);
  }
  return 0;
}
