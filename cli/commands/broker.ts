import { WorkbookFileError, type FileWorkbook } from '../file-workbook.js';
import type { CliIo } from '../main.js';
import { openWorkbook, parseArgs, save, wrote } from './forms.js';

const HELP = `Usage: pathway broker <workbook.xlsx> [--as-of YYYY-MM-DD] [-o out.xlsx] [--json]
  (default copy: out/<name>.broker.xlsx; --json alone writes no copy)

Categorises the schools, reads areas of excellence from completed monitoring forms, and
assigns giving schools' days to taking schools' needs per strand, most severe first.
Writes "Pathway Support Plan" (taker, need, giver, days, reason, and the needs left unmet).
`;

/** `pathway broker`: open, run the core use case, save a copy, report. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, process.cwd(), 'broker');
  if ('help' in args) {
    io.out(HELP);
    return 0;
  }
  if ('error' in args) {
    io.err(`pathway broker: ${args.error}\nRun "pathway broker --help" for usage.\n`);
    return 2;
  }
  let wb: FileWorkbook;
  try {
    wb = await openWorkbook(args.input);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    io.err(`pathway broker: ${e.message}\n`);
    return 1;
  }
  const { runBroker } = await import('../../core/broker/index.js');
  const out = await runBroker(wb, { asOf: args.asOf });
  await save(wb, args.output);
  if (args.json) {
    io.out(`${JSON.stringify({ givers: out.givers, takers: out.takers, plan: out.assignments, unmet: out.unmet, heldBack: out.heldBack, value: out.value }, null, 2)}\n`);
  } else {
    const days = out.assignments.reduce((s, a) => s + a.days, 0);
    const need = out.takers.reduce((s, t) => s + t.need, 0);
    const held = new Set(out.heldBack.filter((h) => h.reason.startsWith('Gives no days')).map((h) => h.school)).size;
    io.out(`${out.givers.length} giving and ${out.takers.length} taking schools; ${days} of ${need} days of need met this term, ${out.unmet.length} schools with needs unmet.${held ? ` ${held} schools with something to share give no days (see "Not giving" in Pathway Support Plan).` : ''}\n`);
    for (const a of out.assignments) io.out(`  ${a.giver} -> ${a.taker} (${a.strand}): ${a.days} days. ${a.basis}\n`);
    io.out(wrote(args.output));
  }
  return 0;
}
