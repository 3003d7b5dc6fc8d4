// The shape every "open a workbook, run one capability, save a copy, report" command shares.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative } from 'node:path';
import type { Issue } from '../../core/grid/types.js';
import { FileWorkbook, WorkbookFileError } from '../file-workbook.js';
import type { CliIo } from '../main.js';
import { parseCategoriseArgs } from './categorise-args.js';

/** Paths under the working folder are shown relative to it, as the user would type them. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Open an .xlsx input, or explain in one line why not. */
export async function openXlsx(path: string): Promise<FileWorkbook> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new WorkbookFileError(`${path} does not exist.`);
  if (info.isDirectory()) throw new WorkbookFileError(`${path} is a folder: name a workbook (.xlsx), or run the categorise command on a folder of .csv files.`);
  if (extname(path).toLowerCase() === '.csv') throw new WorkbookFileError(`${path} is a CSV file, not a workbook. For CSV exports, put them in a folder and name the folder.`);
  return FileWorkbook.open(path);
}

/** The first few issues as "Sheet!A1: message" lines, and how many more there are. */
export function issueLines(issues: readonly Issue[], max = 10): string {
  if (issues.length === 0) return 'No problems found in the input.\n';
  const shown = issues.slice(0, max).map((i) => `  ${i.severity === 'error' ? 'Error' : 'Warning'} ${i.sheet}${i.cell ? `!${i.cell}` : ''}: ${i.message}\n`);
  const more = issues.length > max ? `  …and ${issues.length - max} more (use --json to see all).\n` : '';
  return `${issues.length} issue${issues.length === 1 ? '' : 's'} in the input:\n${shown.join('')}${more}`;
}

export interface WorkbookCommand<Out extends { issues: Issue[] }> {
  /** The command's name as typed after `pathway`. */
  name: string;
  help: string;
  run: (wb: FileWorkbook, asOf: string) => Promise<Out>;
  /** The --json document. */
  json: (out: Out) => unknown;
  /** The summary printed before the issues. */
  text: (out: Out) => string;
}

/** A CLI entry point for one capability: arguments, opening, running, saving a copy, reporting. */
export function workbookCommand<Out extends { issues: Issue[] }>(cmd: WorkbookCommand<Out>): (argv: string[], io: CliIo) => Promise<number> {
  return async (argv, io) => {
    const parsed = parseCategoriseArgs(argv, process.cwd(), undefined, cmd.name);
    if (parsed.kind === 'help') {
      io.out(cmd.help);
      return 0;
    }
    if (parsed.kind === 'error') {
      io.err(`pathway ${cmd.name}: ${parsed.message}\nRun "pathway ${cmd.name} --help" for usage.\n`);
      return 2;
    }
    const { input, output, asOf, json } = parsed.args;
    let wb: FileWorkbook;
    try {
      wb = await openXlsx(input);
    } catch (e) {
      if (!(e instanceof WorkbookFileError)) throw e;
      io.err(`pathway ${cmd.name}: ${e.message}\n`);
      return 1;
    }
    const out = await cmd.run(wb, asOf);
    if (output !== null) {
      await mkdir(dirname(output), { recursive: true });
      await wb.saveAs(output);
    }
    if (json) {
      io.out(`${JSON.stringify(cmd.json(out), null, 2)}\n`);
      if (output !== null) io.err(`Wrote ${shownPath(output)}\n`);
    } else if (output !== null) {
      io.out(`${cmd.text(out)}${issueLines(out.issues)}Wrote ${shownPath(output)}\n`);
    }
    return 0;
  };
}
