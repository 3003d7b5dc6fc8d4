import type { CategoriseSummary, CountRow } from '../../core/report/summary.js';

export const CATEGORISE_HELP = `Usage: pathway categorise <workbook.xlsx | folder-of-csv> [options]

Judges every school in a trust tracker (phase, category, trajectory, capacity, risk) and writes
the Pathway Schools, Units, Issues and Summary sheets to a copy. The input is never modified.

Options:
  -o, --output <file.xlsx>  where to write the copy (default: out/<input name>.<command>.xlsx;
                            with --json and no -o, no copy is written)
  --as-of <YYYY-MM-DD>      the date the run is "as of", for inspection ages (default: today)
  --json                    print { schools, units, issues } as one JSON document on stdout
  -h, --help                show this help

Exit codes: 0 done (problems in the input are listed in Pathway Issues), 1 the input could not
be read or the output could not be written, 2 the command line was wrong.
`;

const NO_SCHOOLS =
  'No schools were found. Pathway looks for a sheet with a School or URN column (and strands, or results by year); check the headers, or map columns in a Pathway Mapping sheet.';

function counts(rows: CountRow[]): string {
  const shown = rows.filter((r) => r.schools > 0);
  return shown.length === 0 ? 'none' : shown.map((r) => `${r.label} ${r.schools}`).join(', ');
}

/** A few lines a data lead can read at a glance; the detail is in the workbook. */
export function summaryText(s: CategoriseSummary, units: number, output: string): string {
  const issueWord = s.issues.errors + s.issues.warnings === 1 ? 'problem' : 'problems';
  return [
    `Categorised ${s.schools} school${s.schools === 1 ? '' : 's'} and ${units} unit${units === 1 ? '' : 's'} as of ${s.asOf}.`,
    `  Phase:      ${counts(s.byPhase)}`,
    `  Category:   ${counts(s.byCategory)} (agreed at review where set)`,
    `  Trajectory: ${counts(s.byTrajectory)}`,
    `  Risk:       ${counts(s.byRisk)}`,
    `  Input:      ${s.issues.errors + s.issues.warnings} ${issueWord} (${s.issues.errors} not used, ${s.issues.warnings} warning${s.issues.warnings === 1 ? '' : 's'}), listed in Pathway Issues`,
    ...(s.schools === 0 ? [NO_SCHOOLS] : []),
    `Wrote ${output}`,
    '',
  ].join('\n');
}
