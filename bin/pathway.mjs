#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx pathway` needs no build step.
import { register } from 'tsx/esm/api';

// `pathway … --json | head` closes the pipe early: the reader has what it wanted, so end
// quietly instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
