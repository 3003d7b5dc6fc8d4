import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { normaliseHeader } from '../../core/grid/normalise-header.js';
import type { Cell, Grid } from '../../core/grid/types.js';
import { categoriseSheets } from '../../core/run/categorise.js';
import { readInputSheets } from '../../core/run/io.js';
import { readSettings, SETTING_DEFS } from '../../core/settings/index.js';
import { ROLE_DEFS } from '../../core/tracker/fields.js';
import { parseTracker } from '../../core/tracker/parse-tracker.js';
import type { SheetRole } from '../../core/tracker/types.js';

/**
 * Keeps docs/guides/business-manager.md true to the code: the header words it lists are the ones
 * the tracker reader recognises, the settings it names exist, its example sheets read cleanly,
 * the reasons it quotes are what the sample workbook gives, and its links lead somewhere.
 */

const GUIDE = 'docs/guides/business-manager.md';
const text = readFileSync(GUIDE, 'utf8');
const lines = text.split('\n');

/** The markdown table that follows a `<!-- name… -->` marker, as rows of trimmed cells (header row first). */
function tableAfter(marker: string): string[][] {
  const start = lines.findIndex((l) => l.startsWith(`<!-- ${marker}`));
  expect(start, `${GUIDE} has no <!-- ${marker} --> marker`).toBeGreaterThanOrEqual(0);
  let i = start + 1;
  while (i < lines.length && !lines[i]?.startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < lines.length && lines[i]?.startsWith('|'); i++) {
    const cells = (lines[i] ?? '').replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
    if (cells.every((c) => /^-+$/.test(c))) continue;
    rows.push(cells);
  }
  return rows;
}

function paragraphAfter(marker: string): string {
  const start = lines.findIndex((l) => l.startsWith(`<!-- ${marker}`));
  expect(start, `${GUIDE} has no <!-- ${marker} --> marker`).toBeGreaterThanOrEqual(0);
  let i = start + 1;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  const out: string[] = [];
  for (; i < lines.length && lines[i]?.trim() !== ''; i++) out.push(lines[i] ?? '');
  return out.join(' ');
}

const backticked = (s: string): string[] => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
/** The guide without its fenced blocks, whose ``` would pair up with inline backticks. */
const prose = text.replace(/^```[\s\S]*?^```$/gm, '');

// ---------------------------------------------------------------------------------------------
// Header words

/** The guide's names for sheets, and the tracker roles they stand for. */
const SHEET_WORDS: Record<string, SheetRole[]> = {
  schools: ['schools'],
  performance: ['performance-long', 'performance-wide'],
  'long performance': ['performance-long'],
  'wide performance': ['performance-wide'],
  benchmarks: ['benchmarks'],
  'national PA': ['national-pa'],
};

/** The smallest header row a role needs, by field, in its usual column order. */
const MINIMAL: Partial<Record<SheetRole, [string, string][]>> = {
  schools: [['school', 'School'], ['urn', 'URN']],
  'performance-long': [['school', 'School'], ['measure', 'Measure'], ['year', 'Year'], ['value', 'Value']],
  'performance-wide': [['school', 'School']],
  benchmarks: [['measure', 'Measure'], ['year', 'Year'], ['floor', 'Floor'], ['coasting', 'Coasting'], ['national', 'National'], ['top15', 'Top 15%']],
  'national-pa': [['educationPhase', 'Phase of education'], ['year', 'Year'], ['nationalPA', 'National PA %']],
};

const SAMPLE_VALUE: Record<string, Cell> = {
  school: 'Oak Primary', urn: 900001, measure: 'KS2 RWM EXS %', year: 2024, value: 70, floor: 45, coasting: 57,
  national: 61, top15: 79, educationPhase: 'Primary', nationalPA: 14.2, unit: 'Maths',
};

/** A one-row sheet for `role` whose `field` column is headed `word`; returns the grid and that column. */
function gridWith(role: SheetRole, field: string, word: string): { grid: Grid; col: number } {
  const base = MINIMAL[role] ?? [];
  const header: [string, string][] = base.some(([f]) => f === field) ? base.map(([f, h]) => [f, f === field ? word : h]) : [...base, [field, word]];
  const years: [string, string][] = role === 'performance-wide' ? [['', '2023'], ['', '2024']] : [];
  const all = [...header, ...years];
  const grid: Grid = [all.map(([, h]) => h), all.map(([f]) => (f === '' ? 70 : (SAMPLE_VALUE[f] ?? null)))];
  return { grid, col: header.findIndex(([f]) => f === field) };
}

function fieldsOf(role: SheetRole, word: string): string[] {
  const def = ROLE_DEFS.find((d) => d.role === role);
  return (def?.fields ?? []).filter((f) => f.headers.some((h) => normaliseHeader(h) === normaliseHeader(word))).map((f) => f.field);
}

describe(`${GUIDE}: the header words table`, () => {
  const rows = tableAfter('header-words').slice(1);

  it('lists a row for every column the tracker reader looks for', () => {
    expect(rows.length).toBeGreaterThan(20);
    const listed = new Set(rows.flatMap(([, , words = '']) => backticked(words)).map(normaliseHeader));
    for (const def of ROLE_DEFS) {
      for (const f of def.fields) {
        const shown = f.headers.some((h) => listed.has(normaliseHeader(h)));
        expect(shown, `no header for ${def.role} field "${f.field}" (${f.headers[0]}) in the guide's table`).toBe(true);
      }
    }
  });

  it('names only sheets that exist, and every word on a row means the same column on each of them', () => {
    for (const [sheets = '', column = '', words = ''] of rows) {
      const roles = sheets.split(',').map((s) => s.trim());
      for (const r of roles) expect(SHEET_WORDS[r], `unknown sheet "${r}" on the row for ${column}`).toBeDefined();
      const list = backticked(words);
      expect(list.length, `no header words on the row for ${column}`).toBeGreaterThan(0);
      for (const role of roles.flatMap((r) => SHEET_WORDS[r] ?? [])) {
        const fields = new Set(list.flatMap((w) => fieldsOf(role, w)));
        expect([...fields], `${column} on ${role}: ${list.join(', ')}`).toHaveLength(1);
        for (const w of list) expect(fieldsOf(role, w), `"${w}" is not a ${role} header`).toHaveLength(1);
      }
    }
  });

  it('every listed word makes the tracker reader find that column', () => {
    let checked = 0;
    for (const [sheets = '', , words = ''] of rows) {
      for (const role of sheets.split(',').flatMap((s) => SHEET_WORDS[s.trim()] ?? [])) {
        for (const word of backticked(words)) {
          const [field = ''] = fieldsOf(role, word);
          const { grid, col } = gridWith(role, field, word);
          const { tracker } = parseTracker([{ name: 'Sheet', grid }]);
          const found = tracker.recognised.find((r) => r.role === role);
          expect(found?.columns[field], `a ${role} sheet headed ${JSON.stringify(grid[0])} should read ${field} from column ${col + 1}`).toBe(col);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('the year headers it gives for a wide sheet all read as the summer of 2019', () => {
    const years = backticked(paragraphAfter('year-headers'));
    expect(years.length).toBeGreaterThanOrEqual(5);
    for (const y of years) {
      const grid: Grid = [['School', '2017', '2018', y], ['Oak Primary', 60, 62, 64]];
      const found = parseTracker([{ name: 'KS2', grid }]).tracker.recognised.find((r) => r.role === 'performance-wide');
      expect(found?.columns['2019'], `"${y}" as a year column`).toBe(3);
    }
  });

  it('every Field in the mapping example is a field Pathway reads', () => {
    const [head, ...rows2] = tableAfter('mapping-example');
    expect(head).toEqual(['Sheet', 'Field', 'Column']);
    expect(rows2.length).toBeGreaterThan(0);
    const known = new Set(ROLE_DEFS.flatMap((d) => d.fields.flatMap((f) => [f.field, ...f.headers])).map(normaliseHeader));
    for (const [, field = ''] of rows2) expect(known.has(normaliseHeader(field)), `Field "${field}"`).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Settings

const LABELS = new Set(SETTING_DEFS.map((d) => normaliseHeader(d.label)));
const PATHS = new Set(SETTING_DEFS.map((d) => d.path));
/** "Trajectory:", "Headline measure (" …: the start of a label, enough to spot a setting's name in prose. */
const LABEL_STARTS = [...new Set(SETTING_DEFS.flatMap((d) => /^[^:(]+[:(]/.exec(d.label)?.[0] ?? []))];
const PATH_LIKE = /^(headlineMeasure|phase|category|derive|trajectory|risk|capacity)\.[\w.-]+$/;

describe(`${GUIDE}: settings`, () => {
  it('every setting named in backticks exists', () => {
    const named = backticked(prose).filter((s) => PATH_LIKE.test(s) || LABEL_STARTS.some((p) => s.startsWith(p)) || LABELS.has(normaliseHeader(s)));
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const s of named) {
      const ok = PATH_LIKE.test(s) ? PATHS.has(s) : LABELS.has(normaliseHeader(s));
      expect(ok, `"${s}" is not a setting in core/settings/setting-defs.ts`).toBe(true);
    }
  });

  it('the example Pathway Settings sheet reads with no issue, every row taken from the sheet', () => {
    const rows = tableAfter('settings-example');
    expect(rows[0]).toEqual(['Setting', 'Value']);
    expect(rows.length).toBeGreaterThan(2);
    const grid: Grid = rows.map(([s = '', v = '']) => [s, v !== '' && Number.isFinite(Number(v)) ? Number(v) : v]);
    const read = readSettings([{ name: 'Pathway Settings', grid }]);
    expect(read.issues).toEqual([]);
    for (const [label = ''] of rows.slice(1)) {
      const row = read.rows.find((r) => normaliseHeader(r.label) === normaliseHeader(label));
      expect(row?.source, `"${label}" should be read from the sheet`).toBe('sheet');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Quoted reasons and links

describe(`${GUIDE}: what it quotes from the sample workbook`, () => {
  let reasons: Set<string>;
  beforeAll(async () => {
    const sheets = await readInputSheets(await FileWorkbook.open('examples/trust-tracker.xlsx'));
    const out = categoriseSheets(sheets, { asOf: '2026-03-31' });
    reasons = new Set(out.schools.flatMap((s) => s.reasons));
  });

  it('every quoted reason line is one the sample gives as of 31 March 2026', () => {
    const quoted: string[] = [];
    let inBlock = false;
    for (const l of lines) {
      if (l.startsWith('```')) inBlock = l === '```text' && !inBlock;
      else if (inBlock && l.trim() !== '…') quoted.push(l);
    }
    expect(quoted.length).toBeGreaterThan(5);
    for (const q of quoted) expect(reasons.has(q), `not a reason the sample gives: ${q}`).toBe(true);
  });
});

function slug(heading: string): string {
  return heading.toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/\s/g, '-');
}

describe(`${GUIDE}: links`, () => {
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');

  it('every relative link resolves to a file or folder in the repository', () => {
    const relative = links.filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith('#'));
    expect(relative.length).toBeGreaterThanOrEqual(8);
    for (const l of relative) {
      const target = resolve(dirname(GUIDE), l.split('#')[0] ?? '');
      expect(existsSync(target), `${l} → ${target}`).toBe(true);
    }
  });

  it('every link within the page names one of its headings', () => {
    const slugs = new Set(lines.filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))));
    for (const l of links.filter((x) => x.startsWith('#'))) expect(slugs.has(l.slice(1)), l).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue messages the guide quotes, produced here from small sheets with the same mess

/** The guide as one line of words: line breaks, quote marks of blockquotes and emphasis removed. */
const flat = prose.replace(/^> ?/gm, '').replace(/\*/g, '').replace(/\s+/g, ' ');

function expectQuoted(message: string | undefined): void {
  expect(message !== undefined && flat.includes(message), `the guide should quote Pathway's message word for word: ${message}`).toBe(true);
}

describe(`${GUIDE}: the issue messages it quotes`, () => {
  const messagesFor = (name: string, grid: Grid) => parseTracker([{ name, grid }]).issues.map((i) => i.message);

  it('a month-first date', () => {
    const messages = messagesFor('Schools', [['School', 'URN', 'Last inspection', 'Last inspection date'], ['Oak Primary', 900001, 'Good', '04/13/2018']]);
    expect(messages).toHaveLength(1);
    expectQuoted(messages[0]);
  });

  it('a school listed twice', () => {
    const messages = messagesFor('Schools', [['School', 'URN', 'Leadership'], ['Pine Primary', 300001, 3], ['Pine Primary', 300001, 3]]);
    expect(messages).toHaveLength(1);
    expectQuoted(messages[0]);
  });

  it('a fraction among whole percentages', () => {
    const rows: Grid = [64, 71, 0.64, 68].map((v, i) => ['Oak Primary', 'KS2 RWM EXS %', 2019 + i, v]);
    // The other message says the schools were taken from this sheet, as there is no schools list.
    const messages = messagesFor('Performance', [['School', 'Measure', 'Year', 'Value'], ...rows]).filter((m) => m.includes('0.64'));
    expect(messages).toHaveLength(1);
    expectQuoted(messages[0]);
  });

  it('a misspelt setting', () => {
    const read = readSettings([{ name: 'Pathway Settings', grid: [['Setting', 'Value'], ['Trajectory: rapid improver slop', 0.4]] }]);
    expect(read.issues).toHaveLength(1);
    expectQuoted(read.issues[0]?.message);
  });
});

describe(`${GUIDE}: what it says to type in the schools list`, () => {
  it('every example value reads without an issue under its column', () => {
    const rows = tableAfter('cell-examples').slice(1);
    expect(rows.length).toBeGreaterThan(5);
    let checked = 0;
    for (const [column = '', examples = ''] of rows) {
      const header = column.replace(/\s*\(.*\)$/, '');
      for (const value of backticked(examples)) {
        const grid: Grid = [['School', 'URN', header], ['Oak Primary', 900001, value]];
        const { tracker, issues } = parseTracker([{ name: 'Schools', grid }]);
        expect(Object.values(tracker.recognised[0]?.columns ?? {}), `the header "${header}" is read`).toContain(2);
        expect(tracker.schools, `${header}: ${value}`).toHaveLength(1);
        expect(issues.map((i) => i.message), `${header}: ${value}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
