// Build the Google Sheets add-on into dist/appsscript/, ready for `clasp push`:
//   Code.js          the server (core + appsscript/server) as one IIFE namespace, then one
//                    top-level wrapper per public function (Apps Script calls only globals)
//                    and per custom function, with the JSDoc Sheets reads for its help.
//   Sidebar.html     the ui/ app with React and Fluent inline: one self-contained page.
//   appsscript.json  the manifest (V8, two pinned scopes); .clasp.json.template.
// clasp 3 pushes only .js/.html/.json without import/export, and esbuild drops comments,
// so the wrappers are generated here as text (decision 0602).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'appsscript');
export const NAMESPACE = 'PathwayServer';

async function bundleServer() {
  const result = await build({
    entryPoints: [join(root, 'appsscript/server/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    platform: 'neutral',
    target: 'es2020',
    // zod alone is ~770 kB unminified; minified, the whole server is a fraction of that.
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Load the bundle once, as Apps Script would, to list what it exports. */
function surfaceOf(bundle) {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\nthis.${NAMESPACE} = ${NAMESPACE};`, context);
  return context[NAMESPACE];
}

const jsdocType = (p) => {
  const base = p.type === 'any' ? 'any' : p.type;
  return p.dimensionality === 'matrix' ? `${base}[][]` : base;
};
const oneLine = (s) => String(s).replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
// The registry speaks Excel's PATHWAY.X; Sheets names the same function PATHWAY_X.
const sheetsNames = (s) => oneLine(s).replace(/PATHWAY\.(\w+)/g, 'PATHWAY_$1');
const firstSentence = (s) => oneLine(s).split(/(?<=\.)\s/)[0];

export function customFunctionWrapper(def) {
  const params = def.params.map((p) => p.name);
  const doc = [
    '/**',
    ` * ${sheetsNames(def.description)}`,
    ` * Example: ${sheetsNames(def.example)}`,
    ...def.params.map((p) => ` * @param {${jsdocType(p)}} ${p.name} ${p.optional ? '[optional] ' : ''}${sheetsNames(p.description)}`),
    ` * @return {${jsdocType(def.result)}} ${firstSentence(sheetsNames(def.description))}`,
    ' * @customfunction',
    ' */',
  ];
  // `arguments`, not the named parameters: an omitted optional argument stays omitted.
  const body = `function PATHWAY_${def.id}(${params.join(', ')}) { return ${NAMESPACE}.customFunction(${JSON.stringify(def.id)}, Array.prototype.slice.call(arguments)); }`;
  return [...doc, body].join('\n');
}

export function globalWrappers(surface) {
  const lines = [
    '// Entry points Apps Script calls by name. Each is one line over the namespace above.',
    `function onOpen(e) { ${NAMESPACE}.onOpen(e); }`,
    `function onInstall(e) { ${NAMESPACE}.onInstall(e); }`,
    `function showSidebar() { ${NAMESPACE}.showSidebar('home'); }`,
  ];
  for (const item of surface.MENU_ITEMS) lines.push(`function ${item.fn}() { ${NAMESPACE}.showSidebar(${JSON.stringify(item.view)}); }`);
  const callbacks = Object.keys(surface).filter((k) => /^pathway[A-Z]/.test(k) && typeof surface[k] === 'function').sort();
  lines.push('', '// Sidebar callbacks: the HostApi, one google.script.run call each.');
  for (const name of callbacks) lines.push(`function ${name}() { return ${NAMESPACE}.${name}.apply(null, arguments); }`);
  lines.push('', '// Custom functions, generated from core/functions/registry.ts.');
  for (const def of surface.FUNCTIONS) lines.push(customFunctionWrapper(def), '');
  return lines.join('\n');
}

async function buildSidebar() {
  const entry = join(root, 'appsscript/sidebar/main.tsx');
  if (!existsSync(entry)) return null;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // React and Fluent minified are ~580 kB, over the sidebar's 500 kB budget (P9). The page
  // carries them gzipped as base64 and inflates them with the browser's own DecompressionStream
  // (decision 0604). Node writes no timestamp into the gzip header, so builds are reproducible.
  const packed = gzipSync(Buffer.from(result.outputFiles[0].text), { level: 9 }).toString('base64');
  const template = readFileSync(join(root, 'appsscript/sidebar/sidebar.html'), 'utf8');
  return template
    .replace('<!-- PATHWAY_CODE -->', () => `<script type="text/plain" id="pathway-code">${packed}</script>`)
    .replace('<!-- PATHWAY_LOADER -->', () => `<script>${LOADER}</script>`);
}

/** Inflate the packed app and run it as an inline script; a plain message where the browser cannot. */
const LOADER = `(function () {
  var root = document.getElementById('pathway-root');
  if (typeof DecompressionStream !== 'function') {
    root.textContent = 'Pathway needs a current browser (Chrome, Edge, Firefox or Safari from 2023 on) to show its sidebar.';
    return;
  }
  var text = atob(document.getElementById('pathway-code').textContent);
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(function (code) {
    var s = document.createElement('script');
    s.textContent = code;
    document.body.appendChild(s);
  }, function () {
    root.textContent = 'Pathway could not start its sidebar. Close it and open it again from Extensions > Pathway.';
  });
})();`;

/** Write then rename, so a reader (a parallel test, clasp) never sees half a file. */
function writeAtomically(name, text) {
  const tmp = join(out, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, join(out, name));
}

export async function buildGas() {
  mkdirSync(out, { recursive: true });
  const bundle = await bundleServer();
  const surface = surfaceOf(bundle);
  const code = [
    '// Pathway for Google Sheets. Generated by scripts/build-gas.mjs from core/ and appsscript/: do not edit.',
    bundle,
    globalWrappers(surface),
  ].join('\n');
  writeAtomically('Code.js', code);
  const sidebar = await buildSidebar();
  if (sidebar) writeAtomically('Sidebar.html', sidebar);
  writeAtomically('appsscript.json', readFileSync(join(root, 'appsscript/appsscript.json'), 'utf8'));
  writeAtomically('.clasp.json.template', readFileSync(join(root, 'appsscript/clasp.json.template'), 'utf8'));
  return { code: code.length, sidebar: sidebar?.length ?? 0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await buildGas();
  console.log(`dist/appsscript: Code.js ${(sizes.code / 1024).toFixed(0)} kB, Sidebar.html ${(sizes.sidebar / 1024).toFixed(0)} kB`);
}
