import { basename, extname, join, resolve } from 'node:path';
import { isIsoDate, todayIso } from './iso-date.js';

export interface CategoriseArgs {
  input: string;
  /** Where to save the copy; null when --json was asked for without -o (the JSON is the answer). */
  output: string | null;
  asOf: string;
  json: boolean;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; args: CategoriseArgs };

interface Raw {
  positional: string[];
  json: boolean;
  help: boolean;
  output?: string;
  asOf?: string;
}

const VALUE_OPTIONS: Record<string, 'output' | 'asOf'> = { '-o': 'output', '--output': 'output', '--as-of': 'asOf' };

/** Split argv into flags and positionals; accepts "--as-of 2025-11-01" and "--as-of=2025-11-01". */
function scan(argv: string[]): Raw | string {
  const raw: Raw = { positional: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json') raw.json = true;
    else if (flag === '--help' || flag === '-h') raw.help = true;
    else if (VALUE_OPTIONS[flag]) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a value.`;
      raw[VALUE_OPTIONS[flag]] = value;
    } else if (flag.startsWith('-') && flag.length > 1) return `Unknown option ${flag}.`;
    else raw.positional.push(arg);
  }
  return raw;
}

/**
 * out/<input name>.<command>.xlsx, beside wherever the command is run. The command is in the
 * name so that `targets` after `categorise` never overwrites the categorise copy.
 */
export function defaultOutput(input: string, cwd: string, command = 'categorise'): string {
  const name = basename(resolve(cwd, input));
  const ext = extname(name).toLowerCase();
  // A macro-enabled workbook's copy keeps its macros, so it keeps its kind of name too.
  const stem = ext === '.xlsx' || ext === '.xlsm' ? name.slice(0, -ext.length) : name;
  return join(cwd, 'out', `${stem}.${command}${ext === '.xlsm' ? '.xlsm' : '.xlsx'}`);
}

export function parseCategoriseArgs(argv: string[], cwd: string, now?: Date, command = 'categorise'): ParsedArgs {
  const raw = scan(argv);
  if (typeof raw === 'string') return { kind: 'error', message: raw };
  if (raw.help) return { kind: 'help' };
  if (raw.positional.length !== 1) {
    return { kind: 'error', message: raw.positional.length === 0 ? 'Name a workbook (.xlsx) or a folder of .csv files.' : `Expected one input, got ${raw.positional.length}: ${raw.positional.join(', ')}.` };
  }
  const asOf = raw.asOf ?? todayIso(now);
  if (!isIsoDate(asOf)) return { kind: 'error', message: `--as-of "${asOf}" is not a date written YYYY-MM-DD (e.g. 2025-11-01).` };
  const input = raw.positional[0]!;
  // --json alone answers on stdout and leaves the disk as it was; -o asks for the copy too.
  const output = raw.output ? resolve(cwd, raw.output) : raw.json ? null : defaultOutput(input, cwd, command);
  if (output !== null && !['.xlsx', '.xlsm'].includes(extname(output).toLowerCase())) return { kind: 'error', message: `-o ${raw.output} must name an .xlsx file (or .xlsm for a workbook with macros).` };
  if (output !== null && output === resolve(cwd, input)) return { kind: 'error', message: `-o ${raw.output} is the input file; Pathway never writes its input. Choose another output path.` };
  return { kind: 'run', args: { input: resolve(cwd, input), output, asOf, json: raw.json } };
}
