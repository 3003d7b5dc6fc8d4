import { openXlsx } from '../_lib/workbook-command.js';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { defaultOutput } from '../_lib/categorise-args.js';
import { isIsoDate, todayIso } from '../_lib/iso-date.js';
import { FileWorkbook, WorkbookFileError } from '../file-workbook.js';
import type { CliIo } from '../main.js';

export const FORMS_HELP = `Usage: pathway forms <generate|collate|feedback> <workbook.xlsx> [options]

  generate   one print-ready monitoring form per visit of the schedule ("Pathway Form <id>");
             forms that exist already are kept exactly as the reviewer left them
  collate    every form into "Pathway Evidence", with problems by sheet and cell,
             a summary per school and QA days used
  feedback   "Pathway Feedback": What went well / Even better if / Area of excellence

Options:
  --rows 2-9,12       schedule rows (as numbered in the sheet); generate and feedback
  --sheet <name>      the visit schedule sheet, when Pathway should not guess it
  --school <name>     feedback for one school only
  --scheme 2015|2019|2025   judgement areas and scale on new forms (default 2015 headings)
  --require-judgements      a blank judgement on a completed form is a problem
  --as-of YYYY-MM-DD  the date that counts as today (default: today)
  -o <out.xlsx>       where to save the copy (default out/<name>.forms.xlsx); the input is never written
  --json              print the result as JSON (and write no copy unless -o is given)
`;

export interface FormsArgs {
  input: string;
  /** null when --json was asked for without -o: the JSON is the answer and nothing is written. */
  output: string | null;
  asOf: string;
  json: boolean;
  rows?: string;
  sheet?: string;
  school?: string;
  scheme?: string;
  requireJudgements: boolean;
}

const VALUES: Record<string, keyof FormsArgs> = { '-o': 'output', '--output': 'output', '--as-of': 'asOf', '--rows': 'rows', '--sheet': 'sheet', '--school': 'school', '--scheme': 'scheme' };

/** Flags and one workbook path; "--rows 2-9" and "--rows=2-9" both work. Shared with `pathway broker`. */
export function parseArgs(argv: string[], cwd: string, command: string): FormsArgs | { help: true } | { error: string } {
  const raw: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--help' || flag === '-h') return { help: true };
    if (flag === '--json' || flag === '--require-judgements') raw[flag] = true;
    else if (VALUES[flag]) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (!value) return { error: `${flag} needs a value.` };
      raw[VALUES[flag]] = value;
    } else if (flag.startsWith('-')) return { error: `Unknown option ${flag}.` };
    else positional.push(arg);
  }
  if (positional.length !== 1) return { error: positional.length ? `Expected one workbook, got ${positional.join(', ')}.` : 'Name a workbook (.xlsx).' };
  const input = resolve(cwd, positional[0] ?? '');
  const asOf = typeof raw.asOf === 'string' ? raw.asOf : todayIso();
  if (!isIsoDate(asOf)) return { error: `--as-of "${asOf}" is not a date written YYYY-MM-DD.` };
  const output = typeof raw.output === 'string' ? resolve(cwd, raw.output) : raw['--json'] === true ? null : defaultOutput(positional[0] ?? '', cwd, command);
  if (output !== null && !['.xlsx', '.xlsm'].includes(extname(output).toLowerCase())) return { error: `-o ${String(raw.output)} must name an .xlsx file (or .xlsm for a workbook with macros).` };
  if (output !== null && output === input) return { error: 'The output is the input file; Pathway never writes its input. Choose another -o.' };
  const text = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
  return {
    input, output, asOf, json: raw['--json'] === true, requireJudgements: raw['--require-judgements'] === true,
    ...(text('rows') ? { rows: text('rows') } : {}), ...(text('sheet') ? { sheet: text('sheet') } : {}),
    ...(text('school') ? { school: text('school') } : {}), ...(text('scheme') ? { scheme: text('scheme') } : {}),
  };
}

export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export async function openWorkbook(path: string): Promise<FileWorkbook> {
  return openXlsx(path);
}

/** Save the copy, unless the run only asked for JSON (no -o). */
export async function save(wb: FileWorkbook, output: string | null): Promise<void> {
  if (output === null) return;
  await mkdir(dirname(output), { recursive: true });
  await wb.saveAs(output);
}

/** The closing "Wrote …" line, or nothing when no copy was written. */
export function wrote(output: string | null): string {
  return output === null ? '' : `Wrote ${shown(output)}\n`;
}

const ACTIONS = ['generate', 'collate', 'feedback'] as const;
type Action = (typeof ACTIONS)[number];

/** `pathway forms generate|collate|feedback`: open, run the core use case, save a copy, report. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  if (!action || action === '--help' || action === '-h') {
    io.out(FORMS_HELP);
    return action ? 0 : 2;
  }
  if (!ACTIONS.includes(action as Action)) {
    io.err(`pathway forms: "${action}" is not one of ${ACTIONS.join(', ')}.\n`);
    return 2;
  }
  const args = parseArgs(rest, process.cwd(), 'forms');
  if ('help' in args) {
    io.out(FORMS_HELP);
    return 0;
  }
  if ('error' in args) {
    io.err(`pathway forms ${action}: ${args.error}\nRun "pathway forms --help" for usage.\n`);
    return 2;
  }
  const forms = await import('../../core/forms/index.js');
  const rows = args.rows ? forms.parseRows(args.rows) : undefined;
  if (rows === null) {
    io.err(`pathway forms ${action}: --rows "${args.rows}" is not a list of rows like 2-9 or 3,5,8.\n`);
    return 2;
  }
  const scheme = args.scheme ? forms.JUDGEMENT_SCHEMES[args.scheme as '2015'] : undefined;
  if (args.scheme && !scheme) {
    io.err(`pathway forms ${action}: --scheme must be 2015, 2019 or 2025.\n`);
    return 2;
  }
  let wb: FileWorkbook;
  try {
    wb = await openWorkbook(args.input);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    io.err(`pathway forms ${action}: ${e.message}\n`);
    return 1;
  }
  const changes = { ...(scheme ? { scheme } : {}), ...(args.requireJudgements ? { judgements: 'required' as const } : {}) };
  const opts = { asOf: args.asOf, changes, ...(rows ? { rows } : {}), ...(args.sheet ? { scheduleSheet: args.sheet } : {}), ...(args.school ? { school: args.school } : {}) };
  const report = await (action === 'generate' ? generate : action === 'collate' ? collate : feedback)(wb, opts, args, io, forms);
  return report;
}

type FormsModule = typeof import('../../core/forms/index.js');
type Opts = Parameters<FormsModule['runGenerateForms']>[1];

async function generate(wb: FileWorkbook, opts: Opts, args: FormsArgs, io: CliIo, forms: FormsModule): Promise<number> {
  const plan = await forms.runGenerateForms(wb, opts);
  if (!plan.schedule) {
    io.err(`pathway forms generate: ${plan.issues[0]?.message ?? 'no visit schedule found.'}\n`);
    return 1;
  }
  await save(wb, args.output);
  const made = plan.sheets.map((s) => s.name);
  if (args.json) io.out(`${JSON.stringify({ schedule: plan.schedule, created: made, kept: plan.kept, visits: plan.visits, issues: plan.issues }, null, 2)}\n`);
  else {
    io.out(`${made.length} new form${made.length === 1 ? '' : 's'} from "${plan.schedule}"; ${plan.kept.length} already there and left as they were.\n`);
    for (const name of made) io.out(`  ${name}\n`);
    for (const i of plan.issues) io.out(`  ${i.severity}: ${i.sheet}!${i.cell} ${i.message}\n`);
    io.out(wrote(args.output));
  }
  return 0;
}

async function collate(wb: FileWorkbook, opts: Opts, args: FormsArgs, io: CliIo, forms: FormsModule): Promise<number> {
  const out = await forms.runCollateForms(wb, opts);
  await save(wb, args.output);
  if (args.json) io.out(`${JSON.stringify({ records: out.records, issues: out.issues, summary: out.summary, qaDays: out.qaDays }, null, 2)}\n`);
  else {
    const done = out.records.filter((r) => r.completed).length;
    const errors = out.issues.filter((i) => i.severity === 'error').length;
    io.out(`${out.records.length} forms collated (${done} completed); ${out.issues.length} problems (${errors} errors) listed in "Pathway Evidence Issues".\n`);
    io.out(wrote(args.output));
  }
  return 0;
}

async function feedback(wb: FileWorkbook, opts: Opts, args: FormsArgs, io: CliIo, forms: FormsModule): Promise<number> {
  const out = await forms.runFeedback(wb, opts);
  await save(wb, args.output);
  if (args.json) io.out(`${JSON.stringify({ forms: out.records.map((r) => r.id), report: out.sheet.rows.map((r) => r[0] ?? '') }, null, 2)}\n`);
  else {
    const schools = [...new Set(out.records.map((r) => r.school))];
    io.out(`Feedback from ${out.records.length} completed forms (${schools.join(', ') || 'none yet'}) in "Pathway Feedback".\n${wrote(args.output)}`);
  }
  return 0;
}
