import type { SchoolResult } from '../categorise/types.js';
import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { parseDate, serialFromIso } from '../grid/parse-date.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Cell, Grid } from '../grid/types.js';
import { formatIsoDate } from '../report/dates.js';
import { CATEGORY_COLOURS, PHASE_COLOURS, RISK_COLOURS } from '../sheets/palette.js';
import { TABLE_HEADER_ROW, tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import { schoolKey } from '../targets/school-key.js';
import { HISTORY_SHEET } from './sheet-names.js';

/** One school's judgement on one date: what a half-termly review compares against. */
export interface Snapshot {
  /** ISO date the run was as of: with the school's key, the snapshot's key. */
  date: string;
  key: string;
  school: string;
  urn: string | null;
  category: string | null;
  agreed: string | null;
  phase: string | null;
  journey: string | null;
  risk: string | null;
  score: number | null;
}


/** Today's snapshot of every school, keyed like the tracker (URN, else the folded name). */
export function snapshotOf(schools: readonly SchoolResult[], date: string): Snapshot[] {
  return schools.map((s) => ({
    date,
    key: schoolKey(s.school, s.urn),
    school: s.school,
    urn: s.urn,
    category: s.category,
    agreed: s.agreed?.category ?? null,
    phase: s.phase,
    journey: s.trajectory,
    risk: s.risk,
    score: s.riskScore,
  }));
}

function isoOf(cell: Cell): string | null {
  const date = parseDate(cell);
  return date.ok ? date.value : null;
}

/**
 * The snapshots already on the history sheet (Pathway's own sheet, read back so a rewrite keeps
 * them). Dates are written as serials shown dd/mm/yyyy, as every host reads them back; a row
 * without one is not a snapshot and is dropped.
 */
export function readHistory(grid: Grid | null): Snapshot[] {
  if (!grid) return [];
  const header = grid.findIndex((row, i) => i <= TABLE_HEADER_ROW + 2 && headerKeys(row).slice(0, 2).join() === 'date,school');
  if (header < 0) return [];
  const keys = headerKeys(grid[header] ?? []);
  const col = (k: string) => keys.indexOf(k);
  const text = (row: Cell[], k: string) => cellText(row[col(k)] ?? null) || null;
  const out: Snapshot[] = [];
  for (const row of grid.slice(header + 1)) {
    const date = isoOf(row[col('date')] ?? null);
    const school = text(row, 'school');
    if (!date || !school) continue;
    const urn = text(row, 'urn');
    const score = parseNumber(row[col('riskscore')] ?? null);
    out.push({
      date, key: schoolKey(school, urn), school, urn,
      category: text(row, 'category'), agreed: text(row, 'agreedcategory'), phase: text(row, 'phase'),
      journey: text(row, 'journey'), risk: text(row, 'risk'), score: score.ok ? score.value : null,
    });
  }
  return out;
}

/** Today's snapshot in place of any earlier one of the same date; oldest first, then tracker order. */
export function recordSnapshot(history: readonly Snapshot[], today: readonly Snapshot[]): Snapshot[] {
  const date = today[0]?.date;
  const kept = date === undefined ? [...history] : history.filter((s) => s.date !== date);
  const merged = [...kept, ...today];
  const order = new Map<string, number>();
  merged.forEach((s, i) => order.set(`${s.date}\u0000${s.key}`, i));
  return merged
    .filter((s, i) => order.get(`${s.date}\u0000${s.key}`) === i)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i))
    .map(({ s }) => s);
}

/** The latest snapshot dated before `asOf`, by school key, and its date (null when there is none). */
export function previousSnapshot(history: readonly Snapshot[], asOf: string): { date: string | null; byKey: Map<string, Snapshot> } {
  const date = history.reduce<string | null>((best, s) => (s.date < asOf && (best === null || s.date > best) ? s.date : best), null);
  return { date, byKey: new Map(history.filter((s) => s.date === date).map((s) => [s.key, s])) };
}

export interface Change {
  school: string;
  what: 'Category' | 'Agreed category' | 'Phase' | 'Journey' | 'Risk' | 'Risk score' | 'New school';
  from: string | number | null;
  to: string | number | null;
}

const FIELDS: [Change['what'], keyof Snapshot][] = [
  ['Category', 'category'], ['Agreed category', 'agreed'], ['Phase', 'phase'], ['Journey', 'journey'], ['Risk', 'risk'], ['Risk score', 'score'],
];

/** What moved for each school between the previous snapshot and now, in tracker order. */
export function changesSince(previous: Map<string, Snapshot>, now: readonly Snapshot[]): Change[] {
  if (previous.size === 0) return [];
  return now.flatMap((s) => {
    const before = previous.get(s.key);
    if (!before) return [{ school: s.school, what: 'New school' as const, from: null, to: null }];
    return FIELDS.filter(([, f]) => before[f] !== s[f]).map(([what, f]) => ({ school: s.school, what, from: before[f], to: s[f] }));
  });
}

/** One line for a school: "Category D → C; Risk High → Medium", or "No change". */
export function changeLine(changes: readonly Change[], school: string): string {
  const mine = changes.filter((c) => c.school === school && c.what !== 'Risk score');
  if (mine.length === 0) return 'No change';
  return mine.map((c) => (c.what === 'New school' ? 'New since then' : `${c.what} ${c.from ?? 'none'} → ${c.to ?? 'none'}`)).join('; ');
}

/** The history sheet: every snapshot, oldest first, a row per school and date. */
export function historySheet(history: readonly Snapshot[], asOf: string): SheetSpec {
  const dates = new Set(history.map((s) => s.date));
  const spec = tableSheet({
    name: HISTORY_SHEET,
    title: `Pathway: judgement history, ${dates.size} snapshot${dates.size === 1 ? '' : 's'} up to ${formatIsoDate(asOf)}`,
    note: 'One snapshot per run date; a rerun on the same date replaces it.',
    columns: [
      { header: 'Date', width: 11, numFmt: 'dd/mm/yyyy' }, { header: 'School', width: 30 }, { header: 'URN', width: 9 },
      { header: 'Category', width: 9, colours: CATEGORY_COLOURS }, { header: 'Agreed category', width: 9 },
      { header: 'Phase', width: 13, colours: PHASE_COLOURS }, { header: 'Journey', width: 8 },
      { header: 'Risk', width: 9, colours: RISK_COLOURS }, { header: 'Risk score', width: 7 },
    ],
    rows: history.map((s) => [serialFromIso(s.date), s.school, s.urn, s.category, s.agreed, s.phase, s.journey, s.risk, s.score]),
    landscape: false,
  });
  return spec;
}
