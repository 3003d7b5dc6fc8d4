import { cellAddress } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Cell, Grid, Issue } from '../grid/types.js';
import { BOX_FIELDS, INLINE_FIELDS, LABELS, isFurniture, labelField, type LabelField } from './form-labels.js';
import type { FieldValue } from './types.js';

interface Hit {
  row: number;
  col: number;
}

/** What the reviewer left in each field of one form, with the cell it came from. */
export interface LocatedFields {
  inline: Partial<Record<LabelField, FieldValue>>;
  boxes: Partial<Record<LabelField, { text: string; cell: string }>>;
  judgements: { area: string; value: Cell; cell: string }[];
  /** Fields whose label is not on the sheet at all. */
  missingLabels: LabelField[];
  issues: Issue[];
}

const text = (cell: Cell | undefined) => cellText(cell);

/** A reviewer's text as typed: the apostrophe Pathway adds against formulas is taken off again. */
function typed(cell: Cell): Cell {
  return typeof cell === 'string' && /^'[\s=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? cell.slice(1) : cell;
}

function findLabels(grid: Grid, sheet: string, issues: Issue[], used: Set<string>): { hits: Map<LabelField, Hit>; labelCols: Map<number, number[]>; stopRows: Set<number> } {
  const hits = new Map<LabelField, Hit>();
  const labelCols = new Map<number, number[]>();
  const stopRows = new Set<number>();
  grid.forEach((row, r) => row.forEach((cell, c) => {
    const t = text(cell);
    if (t === '') return;
    if (isFurniture(t)) {
      stopRows.add(r);
      used.add(cellAddress(r, c));
    }
    const field = labelField(t);
    if (!field) return;
    stopRows.add(r);
    used.add(cellAddress(r, c));
    labelCols.set(r, [...(labelCols.get(r) ?? []), c]);
    const first = hits.get(field);
    if (!first) hits.set(field, { row: r, col: c });
    else if (first.row !== r) {
      issues.push({ sheet, cell: cellAddress(r, c), severity: 'warning', message: `The label "${t}" appears twice in ${sheet}; the one at ${cellAddress(first.row, first.col)} was read.` });
    }
  }));
  return { hits, labelCols, stopRows };
}

/** First column right of `col` in this row that holds another label (merged labels repeat their text). */
function nextLabelCol(labelCols: Map<number, number[]>, grid: Grid, row: number, col: number): number {
  const own = text(grid[row]?.[col]);
  return (labelCols.get(row) ?? []).find((c) => c > col && text(grid[row]?.[c]) !== own) ?? Infinity;
}

function firstValue(grid: Grid, row: number, from: number, to: number, skip: string): { value: Cell; col: number } | null {
  const cells = grid[row] ?? [];
  for (let c = from; c < Math.min(to, cells.length); c++) {
    const t = text(cells[c]);
    if (t !== '' && t !== skip) return { value: cells[c] ?? null, col: c };
  }
  return null;
}

function readInline(grid: Grid, sheet: string, hit: Hit, end: number, stopRows: Set<number>, issues: Issue[], used: Set<string>): FieldValue {
  const label = text(grid[hit.row]?.[hit.col]);
  const beside = firstValue(grid, hit.row, hit.col + 1, end, label);
  if (beside) {
    used.add(cellAddress(hit.row, beside.col));
    return { value: typed(beside.value), cell: cellAddress(hit.row, beside.col) };
  }
  const below = hit.row + 1;
  if (!stopRows.has(below)) {
    const under = firstValue(grid, below, hit.col, end, label);
    if (under) {
      used.add(cellAddress(below, under.col));
      issues.push({ sheet, cell: cellAddress(below, under.col), severity: 'warning', message: `"${label}" was filled in below its label in ${sheet}!${cellAddress(below, under.col)}; it was read as the ${label.toLowerCase()}.` });
      return { value: typed(under.value), cell: cellAddress(below, under.col) };
    }
  }
  return { value: null, cell: cellAddress(hit.row, hit.col + 1) };
}

function readBox(grid: Grid, hit: Hit, end: number, stopRows: Set<number>, used: Set<string>): { text: string; cell: string } {
  const parts: string[] = [];
  let first = '';
  for (let r = hit.row; r < grid.length && (r === hit.row || !stopRows.has(r)); r++) {
    const row = grid[r] ?? [];
    for (let c = r === hit.row ? hit.col + 1 : hit.col; c < Math.min(end, row.length); c++) {
      const t = text(typed(row[c] ?? null));
      if (t !== '') used.add(cellAddress(r, c));
      // Merged cells can come back with the master's text repeated; keep each text once.
      if (t === '' || isFurniture(t) || labelField(t) || parts[parts.length - 1] === t) continue;
      if (first === '') first = cellAddress(r, c);
      parts.push(t);
    }
  }
  return { text: parts.join('\n'), cell: first || cellAddress(hit.row + 1, hit.col) };
}

function readJudgements(grid: Grid, sheet: string, hit: Hit, stopRows: Set<number>, areas: string[], issues: Issue[], used: Set<string>): LocatedFields['judgements'] {
  const known = new Map(areas.map((a) => [normaliseHeader(a), a]));
  const found: LocatedFields['judgements'] = [];
  for (let r = hit.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const col = row.findIndex((c) => known.has(normaliseHeader(text(c))));
    if (col < 0) {
      if (stopRows.has(r)) break;
      const stray = row.findIndex((c) => text(c) !== '');
      if (stray >= 0) row.forEach((c, i) => text(c) !== '' && used.add(cellAddress(r, i)));
      if (stray >= 0) issues.push({ sheet, cell: cellAddress(r, stray), severity: 'warning', message: `${sheet}!${cellAddress(r, stray)} is in the judgements but names no area, so it was not read; put notes in the Notes box.` });
      continue;
    }
    const area = text(row[col]);
    const value = firstValue(grid, r, col + 1, row.length, area);
    used.add(cellAddress(r, col));
    if (value) used.add(cellAddress(r, value.col));
    found.push({ area: known.get(normaliseHeader(area)) ?? area, value: value ? typed(value.value) : null, cell: cellAddress(r, value ? value.col : col + 1) });
  }
  return found;
}

/**
 * Find every field of a form by its label, wherever rows have moved: an inline field's value is
 * the first cell right of its label (or just below it, if the reviewer typed there); a box is
 * everything from its label down to the next label or heading.
 */
export function locateFields(grid: Grid, sheet: string, areas: string[]): LocatedFields {
  const issues: Issue[] = [];
  const used = new Set<string>();
  const { hits, labelCols, stopRows } = findLabels(grid, sheet, issues, used);
  const out: LocatedFields = { inline: {}, boxes: {}, judgements: [], missingLabels: [], issues };
  for (const field of [...INLINE_FIELDS, ...BOX_FIELDS]) {
    const hit = hits.get(field);
    if (!hit) {
      out.missingLabels.push(field);
      continue;
    }
    const end = nextLabelCol(labelCols, grid, hit.row, hit.col);
    if (BOX_FIELDS.includes(field)) out.boxes[field] = readBox(grid, hit, end, stopRows, used);
    else out.inline[field] = readInline(grid, sheet, hit, end, stopRows, issues, used);
  }
  const judgementHit = hits.get('judgements');
  if (judgementHit) out.judgements = readJudgements(grid, sheet, judgementHit, stopRows, areas, issues, used);
  reportUnread(grid, sheet, used, issues);
  return out;
}

/** Anything typed outside every field would be lost silently: say where it is instead. */
function reportUnread(grid: Grid, sheet: string, used: Set<string>, issues: Issue[]): void {
  grid.forEach((row, r) => {
    const read = new Set(row.filter((_, c) => used.has(cellAddress(r, c))).map((c) => text(c)));
    row.forEach((cell, c) => {
      const t = text(cell);
      // A merged range repeated by its host repeats a text already read on this row.
      if (t === '' || used.has(cellAddress(r, c)) || read.has(t)) return;
      issues.push({ sheet, cell: cellAddress(r, c), severity: 'warning', message: `${sheet}!${cellAddress(r, c)} holds ${JSON.stringify(t.length > 40 ? `${t.slice(0, 37)}...` : t)} outside every field of the form, so it was not read; move it into a box.` });
    });
  });
}

export { LABELS };
