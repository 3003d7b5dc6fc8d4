import { cellAddress } from '../../grid/address.js';
import { cellText } from '../../grid/cell-text.js';
import type { Cell, Grid, Issue } from '../../grid/types.js';
import type { SourceRef } from '../types.js';

/** One recognised sheet being read: where its header is, which column holds what, where issues go. */
export interface SheetRead {
  sheet: string;
  grid: Grid;
  headerRow: number;
  columns: Record<string, number>;
  issues: Issue[];
}

export function cellAt(read: SheetRead, row: number, field: string): Cell {
  const col = read.columns[field];
  if (col === undefined) return null;
  return read.grid[row]?.[col] ?? null;
}

export function sourceOf(read: SheetRead, row: number, field: string): SourceRef {
  return { sheet: read.sheet, cell: cellAddress(row, read.columns[field] ?? 0) };
}

/** Record an issue on a field's cell in a row: what was found, what Pathway did, what to do. */
export function report(read: SheetRead, row: number, field: string | number, message: string, severity: Issue['severity']): void {
  const col = typeof field === 'number' ? field : (read.columns[field] ?? 0);
  read.issues.push({ sheet: read.sheet, cell: cellAddress(row, col), message, severity });
}

const TOTAL_LABELS = /^(grand\s+)?(totals?|trust(\s+(totals?|average|mean|overall))?|(trust\s+)?averages?|mean|all\s+schools|overall|sum|median)\s*:?\s*(\(.*\))?$/i;

const NOTE_LABELS = /^(notes?|source|sources|key|comments?|nb|n\.b\.|updated|last updated|\*)\s*[:.\-–*]/i;

/** True for a row that is a note under the table ("Source: DfE", "Note: …", "* provisional"). */
export function isNoteLabel(text: string): boolean {
  return NOTE_LABELS.test(text.trim()) || /^\*/.test(text.trim());
}

/** True for a row labelled as a total or average rather than a school. */
export function isTotalsLabel(text: string): boolean {
  return TOTAL_LABELS.test(text.trim());
}

/**
 * Rows below the header that hold data, in order: blank rows are skipped; rows labelled as
 * totals or averages are skipped with a warning, since they are not schools.
 */
export function dataRows(read: SheetRead, labelField: string): Int32Array {
  // Sized for every row below the header and cut to those kept: a long sheet has 60,000 rows,
  // and growing a list of them a step at a time cost more than the rest of this loop.
  const rows = new Int32Array(Math.max(0, read.grid.length - read.headerRow - 1));
  let kept = 0;
  // A long sheet repeats each school's name on hundreds of rows: classify each label once.
  const kinds = new Map<string, 'total' | 'note' | 'data'>();
  let lastLabel: string | null = null;
  // The label's column, looked up once rather than on each of a long sheet's rows.
  const labelCol = read.columns[labelField];
  let lastKind: 'total' | 'note' | 'data' | undefined;
  for (let r = read.headerRow + 1; r < read.grid.length; r++) {
    const label = labelCol === undefined ? '' : cellText(read.grid[r]?.[labelCol] ?? null);
    // A row with a label is not blank; only an unlabelled row needs every cell looked at.
    if (label === '' && (read.grid[r] ?? []).every((c) => cellText(c) === '')) continue;
    let kind = label === lastLabel ? lastKind : kinds.get(label);
    if (kind === undefined) kinds.set(label, (kind = isTotalsLabel(label) ? 'total' : isNoteLabel(label) ? 'note' : 'data'));
    lastLabel = label;
    lastKind = kind;
    if (kind === 'total') {
      report(read, r, labelField, `Row ${r + 1} is labelled "${label}", which looks like a totals or average row. Pathway skipped it. Keep totals below the table or on another sheet to silence this.`, 'warning');
      continue;
    }
    if (kind === 'note') {
      report(read, r, labelField, `Row ${r + 1} starts "${label.slice(0, 40)}", which looks like a note rather than a school. Pathway skipped it. Keep notes away from the table's first column to silence this.`, 'warning');
      continue;
    }
    rows[kept++] = r;
  }
  return rows.subarray(0, kept);
}
