import type { PlansOutput } from '../../core/plans/run-plans.js';
import { workbookCommand } from '../_lib/workbook-command.js';

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
export const run = workbookCommand<PlansOutput>({
  name: 'plans',
  help: HELP,
  run: async (wb, asOf) => (await import('../../core/plans/run-plans.js')).runPlans(wb, { asOf }),
  json: ({ sheets: _sheets, ...body }) => body,
  text: summaryText,
});
