// Turns the real ten-trust KS2 panel into a tracker for one trust and categorises its
// trajectories with Pathway, to see the rules on published data.
//   npx tsx examples/realdata-trust.ts ["TRUST NAME"] [--data <panel.csv>] [--out <dir>]
// Default trust: the one with the most primaries in the panel. The CSV stays where it is; only
// the built tracker and Pathway's copy are written (under out/, which git ignores).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parseCsv } from '../cli/csv-parse.js';
import { FileWorkbook } from '../cli/file-workbook.js';
import type { Grid } from '../core/grid/types.js';
import { bandPosition } from '../core/categorise/band-position.js';
import { runCategorise, type CategoriseOutput } from '../core/run/categorise.js';
import { KS2_BENCHMARKS, KS2_MEASURE } from './sample/benchmarks.js';

const YEARS = [2016, 2017, 2018, 2019, 2024, 2025];
const AS_OF = '2026-03-31';

export interface PanelSchool {
  urn: string;
  name: string;
  trusts: string[];
  rwm: Map<number, number>;
}

export function readPanel(path: string): PanelSchool[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8')) as Grid;
  const col = (name: string): number => {
    const i = (header ?? []).indexOf(name);
    if (i < 0) throw new Error(`${path} has no column "${name}"`);
    return i;
  };
  const text = (row: Grid[number], name: string): string => String(row[col(name)] ?? '').trim();
  return rows
    .filter((row) => text(row, 'school_key') !== '')
    .map((row) => ({
      urn: text(row, 'school_key'),
      name: text(row, 'school_name'),
      // Membership in 2022 or (name-matched) 2024, compared without case: the panel spells both ways.
      trusts: [text(row, 'trust_2022_name'), text(row, 'mat_2024_name')].filter(Boolean).map((t) => t.toUpperCase()),
      rwm: new Map(YEARS.flatMap((y) => (text(row, `rwm_exp_pct_${y}`) === '' ? [] : [[y, Number(text(row, `rwm_exp_pct_${y}`))] as [number, number]]))),
    }));
}

export function trustWithMostSchools(schools: PanelSchool[]): string {
  const counts = new Map<string, number>();
  for (const s of schools) for (const t of new Set(s.trusts)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

export async function writeTracker(path: string, trust: string, schools: PanelSchool[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const list = wb.addWorksheet('Schools');
  list.addRow([`${trust}: primaries in the published KS2 panel`]);
  list.addRow(['School', 'URN', 'Phase of education']);
  for (const s of schools) list.addRow([s.name, s.urn, 'Primary']);
  const ks2 = wb.addWorksheet('KS2 results');
  ks2.addRow([KS2_MEASURE]);
  ks2.mergeCells(1, 1, 1, 2 + YEARS.length);
  ks2.addRow(['School', 'URN', ...YEARS]);
  for (const s of schools) ks2.addRow([s.name, s.urn, ...YEARS.map((y) => s.rwm.get(y) ?? null)]);
  const bench = wb.addWorksheet('Benchmarks');
  bench.addRow(['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15%']);
  for (const [y, t] of Object.entries(KS2_BENCHMARKS)) bench.addRow([KS2_MEASURE, Number(y), t.floor, t.coasting, t.national, t.top15]);
  await wb.xlsx.writeFile(path);
}

function parseArgs(argv: string[]): { trust: string | null; data: string; out: string } {
  let data = resolve('../shared/realdata/subset_10_mats_ks2_panel.csv');
  let out = resolve('out/realdata');
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') data = resolve(argv[++i] ?? data);
    else if (argv[i] === '--out') out = resolve(argv[++i] ?? out);
    else rest.push(argv[i] as string);
  }
  return { trust: rest.length ? rest.join(' ').toUpperCase() : null, data, out };
}

/** "67/2.70": the figure and where it sits on the band scale that year. */
function cellFor(value: number | undefined, year: number): string {
  const t = KS2_BENCHMARKS[year];
  if (value === undefined || !t) return '–'.padEnd(9);
  const p = bandPosition(value, t);
  return `${value}/${p === null ? '?' : p.toFixed(2)}`.padEnd(9);
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Build the tracker for one trust of the panel, categorise it, and save Pathway's copy beside it. */
export async function categoriseRealTrust(
  data: string,
  outDir: string,
  trustName: string | null,
): Promise<{ trust: string; schools: PanelSchool[]; tracker: string; output: string; result: CategoriseOutput }> {
  const panel = readPanel(data);
  const trust = trustName ?? trustWithMostSchools(panel);
  const schools = panel.filter((s) => s.trusts.includes(trust));
  if (schools.length === 0) throw new Error(`No school in ${data} belongs to "${trust}".`);
  mkdirSync(outDir, { recursive: true });
  const tracker = join(outDir, `${slug(trust)}.xlsx`);
  await writeTracker(tracker, trust, schools);
  const wb = await FileWorkbook.open(tracker);
  const result = await runCategorise(wb, { asOf: AS_OF });
  const output = join(outDir, `${slug(trust)}.pathway.xlsx`);
  await wb.saveAs(output);
  return { trust, schools, tracker, output, result };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { trust, schools, tracker, output, result } = await categoriseRealTrust(args.data, args.out, args.trust);
  const counts = new Map<string, number>();
  for (const s of result.schools) counts.set(s.trajectory ?? 'none (too little data)', (counts.get(s.trajectory ?? 'none (too little data)') ?? 0) + 1);
  console.log(`${trust}: ${schools.length} primaries → ${tracker}\nCategorised copy: ${output}\n\nJourneys:`);
  for (const [j, n] of [...counts].sort()) console.log(`  ${j.padEnd(22)} ${n}`);
  console.log(`\nEach year: % meeting the expected standard / band position p.\n${'School'.padEnd(42)} ${YEARS.map((y) => String(y).padEnd(9)).join(' ')} journey  slope   recent`);
  for (const s of result.schools) {
    const row = schools.find((x) => x.urn === s.urn);
    const values = YEARS.map((y) => cellFor(row?.rwm.get(y), y)).join(' ');
    const f = s.trajectoryFeatures;
    console.log(`${s.school.slice(0, 41).padEnd(42)} ${values}  ${(s.trajectory ?? '–').padEnd(7)}  ${f ? f.slope.toFixed(2).padStart(5) : '    –'}  ${f ? f.recent.toFixed(2).padStart(6) : '     –'}`);
  }
  console.log(`\n${result.issues.length} issues in the built tracker.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
