// Builds the browser preview host and serves it from 127.0.0.1 for the browser tests.
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.xlsx': 'application/octet-stream' };

export async function buildPreview(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'pathway-preview-'));
  await build({
    entryPoints: [join(ROOT, 'addin/preview/preview.tsx')],
    outfile: join(out, 'preview.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'error',
  });
  copyFileSync(join(ROOT, 'addin/preview/preview.html'), join(out, 'preview.html'));
  copyFileSync(join(ROOT, 'examples/trust-tracker.xlsx'), join(out, 'trust-tracker.xlsx'));
  return out;
}

/**
 * A copy of the sample with one bad value: a word where a school's leadership score belongs,
 * so the Home view has an issue to go to. Returns the address the issue should point at.
 */
export async function writeMessyCopy(dir: string): Promise<{ sheet: string; cell: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(ROOT, 'examples/trust-tracker.xlsx'));
  const ws = book.getWorksheet('Schools')!;
  let at = { sheet: 'Schools', cell: '' };
  ws.eachRow((row, r) => {
    if (at.cell) return;
    row.eachCell((cell) => {
      if (!at.cell && String(cell.value).trim() === 'Leadership') at = { sheet: 'Schools', cell: `${cell.address.replace(/\d+$/, '')}${r + 1}` };
    });
  });
  ws.getCell(at.cell).value = 'sometimes';
  await book.xlsx.writeFile(join(dir, 'messy.xlsx'));
  return at;
}

export function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}
