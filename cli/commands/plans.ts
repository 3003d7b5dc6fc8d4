import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PlansOutput } from '../../core/plans/run-plans.js';
import { parseCategoriseArgs } from '../_lib/categorise-args.js';
import { WorkbookFileError, type FileWorkbook } from '../file-workbook.js';
import type { CliIo } from '../main.js';
import { issueLines, openXlsx, shownPath } from './targets.js';

const HELP = `Usage: pathway plans <workbook.xlsx> [--as-of YYYY-MM-DD] [-o out.xlsx] [--json]

Checks every school improvement plan (each action has an owner and a due date, each priority
an impact measure, five priorities or fewer, nothing overdue at the as-of date), lists the
actions that need CPD as a training annex, and collates every school's priorities into the
trust's themes under its strategic priorities, beside the delivery plan.

Reads sheets by their headers:
  school plans     Priority + Action (optional School, Lift pitch, Impact measure, Type, Owner,
                   Start, Due, Budget, CPD, Status)
  trust themes     Strategic priority + Theme (optional Tag words, Lead)
  delivery plan    What + Autumn/Spring/Summer (optional Theme, How, Measurable outcome, Lead)
Writes "Pathway Plan Checks" and "Pathway Themes".
`;

function summaryText(out: PlansOutput): string {
  if (out.recognised.length === 0) {
    return 'No plan sheets found: add a school plan with Priority and Action columns (see pathway plans --help).\n';
  }
  const count = (level: string) => out.findings.filter((f) => f.level === level).length;
  const schools = new Set(out.priorities.map((p) => p.school)).size;
  const claimed = out.themes.filter((t) => t.schools.length > 0).length;
  const lines = [
    `${schools} school plan${schools === 1 ? '' : 's'}, ${out.priorities.length} priorities, ${out.actions.length} actions, budget £${out.budget.toLocaleString('en-GB')}.`,
    `  ${count('Problem')} problems, ${count('Overdue')} overdue, ${count('Warning')} warnings; ${count('CPD')} actions in the training annex.`,
    `  ${claimed} themes named by at least one school; ${out.delivery.length} delivery plan lines.`,
  ];
  for (const t of out.themes.filter((x) => x.schools.length > 1).slice(0, 8)) lines.push(`  ${t.theme}: ${t.schools.length} schools (${t.schools.join(', ')}).`);
  return `${lines.join('\n')}\n`;
}

/** `pathway plans`: open, run the core use case, save a copy, report. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCategoriseArgs(argv, process.cwd());
  if (parsed.kind === 'help') {
    io.out(HELP);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.err(`pathway plans: ${parsed.message}\nRun "pathway plans --help" for usage.\n`);
    return 2;
  }
  const { input, output, asOf, json } = parsed.args;
  let wb: FileWorkbook;
  try {
    wb = await openXlsx(input);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    io.err(`pathway plans: ${e.message}\n`);
    return 1;
  }
  const { runPlans } = await import('../../core/plans/run-plans.js');
  const out = await runPlans(wb, { asOf });
  await mkdir(dirname(output), { recursive: true });
  await wb.saveAs(output);
  if (json) {
    const { sheets: _sheets, ...body } = out;
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    io.err(`Wrote ${shownPath(output)}\n`);
  } else {
    io.out(`${summaryText(out)}${issueLines(out.issues)}Wrote ${shownPath(output)}\n`);
  }
  return 0;
}
