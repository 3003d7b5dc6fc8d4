// `pathway <command> …`: each command lives in cli/commands/<command>.ts and exports
// `run(args: string[], io: CliIo): Promise<number>` (exit code). This file only dispatches.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

function availableCommands(): string[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'commands');
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
      .map((f) => f.slice(0, -3))
      .sort();
  } catch {
    return [];
  }
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  const commands = availableCommands();
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`Pathway: a school improvement framework for trust trackers.\n\nUsage: pathway <command> [options]\n\nCommands: ${commands.join(', ')}\nRun "pathway <command> --help" for a command's options.\n`);
    return name ? 0 : 1;
  }
  if (!commands.includes(name)) {
    io.err(`Unknown command "${name}". Commands: ${commands.join(', ')}.\n`);
    return 2;
  }
  const mod = (await import(`./commands/${name}.ts`)) as {
    run: (args: string[], io: CliIo) => Promise<number>;
  };
  try {
    return await mod.run(rest, io);
  } catch (e) {
    io.err(`pathway ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
