import type { FunctionDef } from './types.js';

/** docs/reference/functions.md, generated from the registry so help and code never drift apart. */
export function functionsReference(defs: FunctionDef[]): string {
  const lines = [
    '# Custom functions',
    '',
    '<!-- Generated from core/functions/registry.ts by tests/core/functions/reference-doc.test.ts; do not edit by hand. -->',
    '',
    'Pathway adds these functions to Excel (`=PATHWAY.NAME(…)`) and Google Sheets (`=PATHWAY_NAME(…)`).',
    'They use the framework’s default settings. Ranges work wherever a parameter says so, and a bad',
    'input gives an error value whose message says what to fix.',
    '',
  ];
  for (const f of defs) lines.push(...section(f));
  return `${lines.join('\n').trimEnd()}\n`;
}

function section(f: FunctionDef): string[] {
  const sig = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return [
    `## PATHWAY.${f.id}(${sig})`,
    '',
    f.description,
    '',
    '| parameter | range? | optional | description |',
    '|---|---|---|---|',
    ...f.params.map((p) => `| ${p.name} | ${p.dimensionality === 'matrix' ? 'yes' : 'no'} | ${p.optional ? 'yes' : 'no'} | ${p.description.replace(/\|/g, '\\|')} |`),
    '',
    `Returns: ${f.result.dimensionality === 'matrix' ? 'a value, or a range of values' : 'one value'} (${f.result.type}).`,
    '',
    `Example: \`${f.example}\``,
    '',
    `Google Sheets: \`=PATHWAY_${f.id}(${sig})\``,
    '',
  ];
}
