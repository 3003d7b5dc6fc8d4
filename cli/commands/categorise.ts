import { openXlsx } from '../_lib/workbook-command.js';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative } from 'node:path';
import { CATEGORISE_HELP, summaryText } from '../_lib/categorise-text.js';
import { parseCategoriseArgs } from '../_lib/categorise-args.js';
import { CsvFolderWorkbook } from '../csv-folder.js';
import { FileWorkbook, WorkbookFileError } from '../file-workbook.js';
import type { CliIo } from '../main.js';

/** Paths under the working folder are shown relative to it, as the user would type them. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

type InputWorkbook = FileWorkbook | CsvFolderWorkbook;

async function openInput(path: string): Promise<InputWorkbook> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new WorkbookFileError(`${path} does not exist.`);
  if (info.isDirectory()) return CsvFolderWorkbook.open(path);
  return openXlsx(path);
}

/** Failures a user can fix (a missing file, a locked output) become one plain line and exit code 1. */
async function plainly<T>(io: CliIo, step: () => Promise<T>): Promise<T | null> {
  try {
    return await step();
  } catch (e) {
    if (!(e instanceof WorkbookFileError) && !isFsError(e)) throw e;
    io.err(`pathway categorise: ${e.message}\n`);
    return null;
  }
}

function isFsError(e: unknown): e is Error {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** `pathway categorise`: open, run the core use case, save the copy, report. All judgement is in core/. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCategoriseArgs(argv, process.cwd());
  if (parsed.kind === 'help') {
    io.out(CATEGORISE_HELP);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.err(`pathway categorise: ${parsed.message}\nRun "pathway categorise --help" for usage.\n`);
    return 2;
  }
  const { input, output, asOf, json } = parsed.args;
  const wb = await plainly(io, () => openInput(input));
  if (!wb) return 1;
  // Loaded only now, so --help and plain input errors answer without loading the whole core.
  const { runCategorise } = await import('../../core/run/categorise.js');
  const result = await runCategorise(wb, { asOf });
  if (output !== null) {
    const saved = await plainly(io, async () => {
      await mkdir(dirname(output), { recursive: true });
      await wb.saveAs(output);
      return true;
    });
    if (!saved) return 1;
  }
  if (json) {
    io.out(`${JSON.stringify({ schools: result.schools, units: result.units, issues: result.issues }, null, 2)}\n`);
    if (output !== null) io.err(`Wrote ${displayPath(output)}\n`);
  } else if (output !== null) {
    io.out(summaryText(result.summary, result.units.length, displayPath(output)));
  }
  return 0;
}
