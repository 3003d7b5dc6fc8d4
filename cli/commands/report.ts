import { workbookCommand } from '../_lib/workbook-command.js';
import type { ReportOutput } from '../../core/pack/run-report.js';

const HELP = `Usage: pathway report <workbook.xlsx> [--as-of YYYY-MM-DD] [-o out.xlsx] [--json]
  (default copy: out/<name>.report.xlsx; --json alone writes no copy)

The board pack. Categorises the schools, reads targets, the delivery plan, completed monitoring
forms and the broker's support, and writes:
  "Pathway Dashboard"         the trust's KPIs, High/Critical schools, results against national,
                              targets at the latest drop, the delivery plan's RAG, what changed
  "Pathway Profile – <school>" a school on a page, one sheet per school
  "Pathway History"           a dated snapshot per run (a rerun on the same date replaces it)
  "Pathway Reviews"           the review cycle and QA days of every school
  "Pathway Alignment"         the autonomy / alignment / standardisation self-assessment
Every sheet prints on A4.
`;

/** `pathway report`: open, run the core's board pack, save a copy, report. */
export const run = workbookCommand<ReportOutput>({
  name: 'report',
  help: HELP,
  run: async (wb, asOf) => {
    const { runAction } = await import('../../core/run/actions.js');
    return (await runAction(wb, 'report', { asOf })) as ReportOutput;
  },
  json: (out) => ({ schools: out.schools, highOrCritical: out.highOrCritical, snapshots: out.snapshots, previousSnapshot: out.previousSnapshot, changes: out.changes, sheets: out.sheets.map((s) => s.name), issues: out.issues }),
  text: (out) =>
    `${out.schools} schools, ${out.highOrCritical} at High or Critical risk; ${out.profiles} profiles; ${out.snapshots} snapshot${out.snapshots === 1 ? '' : 's'} in the history (previous: ${out.previousSnapshot}), ${out.changes} changes since.\n`,
});
