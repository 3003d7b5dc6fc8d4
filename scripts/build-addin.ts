// Builds the production Excel add-in into dist/addin: task pane page and bundle (which also
// carries the ribbon commands and custom functions, one shared runtime), functions.json from the
// core registry, icons, a help page and manifest.xml with the serving host substituted.
//   npm run build                                  → https://localhost:3000 (sideloading)
//   PATHWAY_ADDIN_HOST=addins.trust.org.uk/pathway npm run build   → production
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../core/functions/registry.js';
import { functionsMetadata } from '../addin/functions/metadata.js';
import { ICON_SIZES, iconPng } from './addin-icons.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_HOST = 'localhost:3000';
export const HOST_TOKEN = '__PATHWAY_HOST__';

export interface BuildOptions {
  outDir?: string;
  /** Host (and optional path) the add-in is served from, without https:// */
  host?: string;
}

export function checkHost(host: string): string {
  const h = host.replace(/^https:\/\//, '').replace(/\/+$/, '');
  if (!/^[a-z0-9.-]+(:\d+)?(\/[\w.~-]+)*$/i.test(h)) {
    throw new Error(`PATHWAY_ADDIN_HOST "${host}" is not a host name with an optional port and path, e.g. addins.example.org/pathway`);
  }
  return h;
}

// The custom functions as the help page names them, straight from the registry so a new one is never left out.
const FUNCTION_NAMES = FUNCTIONS.map((f) => `=PATHWAY.${f.id}`).join(', ');

const HELP = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pathway help</title></head>
<body style="font-family:'Segoe UI',sans-serif;max-width:40em;margin:2em auto">
<h1>Pathway for Excel</h1>
<p>Open Pathway from the Home tab. The Home view shows what Pathway recognised in your tracker and lets you correct a column.
Categorise writes the Pathway sheets; your own sheets are never changed. Settings edits the Pathway Settings sheet.</p>
<p>Custom functions: ${FUNCTION_NAMES}. Type =PATHWAY. in a cell for each one's help.</p>
<p>Nothing you type or calculate leaves the workbook.</p></body></html>`;

export async function buildAddin(opts: BuildOptions = {}): Promise<{ outDir: string; host: string }> {
  const outDir = resolve(opts.outDir ?? join(ROOT, 'dist/addin'));
  const host = checkHost(opts.host ?? process.env.PATHWAY_ADDIN_HOST ?? DEFAULT_HOST);
  await mkdir(join(outDir, 'assets'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'addin/taskpane/taskpane.tsx')],
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: false,
    logLevel: 'warning',
  });
  await copyFile(join(ROOT, 'addin/taskpane/taskpane.html'), join(outDir, 'taskpane.html'));
  await writeFile(join(outDir, 'functions.json'), JSON.stringify(functionsMetadata(FUNCTIONS), null, 2));
  for (const size of ICON_SIZES) await writeFile(join(outDir, 'assets', `icon-${size}.png`), iconPng(size));
  await writeFile(join(outDir, 'help.html'), HELP);
  const manifest = await readFile(join(ROOT, 'manifest.xml'), 'utf8');
  await writeFile(join(outDir, 'manifest.xml'), manifest.split(HOST_TOKEN).join(host));
  return { outDir, host };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAddin().then(
    ({ outDir, host }) => console.log(`Built the Excel add-in in ${outDir} for https://${host}/`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
