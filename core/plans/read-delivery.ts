import { cellText } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { fail, gap, ok, type Parsed } from '../grid/parsed.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { findHeader, type FieldDef } from '../targets/_lib/header.js';
import { cellIn, dataRows, IssueLog } from '../targets/_lib/rows.js';
import type { DeliveryRow, Rag } from './types.js';

type F = 'theme' | 'what' | 'how' | 'outcome' | 'measure' | 'lead' | 'autumn' | 'spring' | 'summer';

/** Headers of the trust delivery plan: `What` plus a termly RAG column (`Autumn`, `Spring`, `Summer`) make one. */
export const DELIVERY_FIELDS: readonly FieldDef<F>[] = [
  { field: 'theme', aliases: ['Theme', 'Priority', 'Strategic priority', 'Big 3'] },
  { field: 'what', aliases: ['What', 'What we will achieve', 'Aim'], required: true },
  { field: 'how', aliases: ['How', 'How we will do it'] },
  { field: 'outcome', aliases: ['Measurable outcome', 'Outcome', 'How we will know', 'Success measure'] },
  { field: 'measure', aliases: ['Measure', 'KPI', 'Tracker measure'] },
  { field: 'lead', aliases: ['Lead', 'Lead headteacher', 'Owner'] },
  { field: 'autumn', aliases: ['Autumn', 'Autumn RAG', 'Autumn term'] },
  { field: 'spring', aliases: ['Spring', 'Spring RAG', 'Spring term'] },
  { field: 'summer', aliases: ['Summer', 'Summer RAG', 'Summer term'] },
];

const RAG_WORDS: Record<string, Rag> = { r: 'Red', red: 'Red', a: 'Amber', amber: 'Amber', g: 'Green', green: 'Green' };

/** A termly RAG as committees write it: R/A/G or Red/Amber/Green. */
export function parseRag(cell: Cell): Parsed<Rag> {
  if (missingReason(cell) !== null) return gap('blank');
  const rag = RAG_WORDS[normaliseHeader(cellText(cell))];
  return rag ? ok(rag) : fail(`"${cellText(cell)}" is not a RAG rating; use Red, Amber or Green (R/A/G)`);
}

export function readDeliverySheet(sheet: SheetGrid): { rows: DeliveryRow[]; issues: Issue[] } | null {
  const header = findHeader(sheet.grid, DELIVERY_FIELDS);
  const cols = header?.columns;
  if (!header || !cols || (cols.autumn === undefined && cols.spring === undefined && cols.summer === undefined)) return null;
  const c = cols as Record<'what', number> & Partial<Record<F, number>>;
  const log = new IssueLog(sheet.name);
  const rows: DeliveryRow[] = [];
  let theme = '';
  const rag = (cells: Cell[], row: number, col: number | undefined, term: string) =>
    col === undefined ? null : log.value(parseRag(cellIn(cells, col)), row, col, `${term} RAG`, 'the term is shown as not yet rated');
  for (const { row, cells } of dataRows(sheet.grid, header.row)) {
    theme = cellText(cellIn(cells, c.theme)) || theme;
    const what = cellText(cellIn(cells, c.what));
    if (what === '') continue;
    const lead = cellText(cellIn(cells, c.lead)) || null;
    if (lead === null) log.at(row, c.lead ?? c.what, `"${what}" has no lead: the standards committee needs a name for each line.`, 'warning');
    rows.push({
      theme,
      what,
      how: cellText(cellIn(cells, c.how)) || null,
      outcome: cellText(cellIn(cells, c.outcome)) || null,
      lead,
      measure: cellText(cellIn(cells, c.measure)) || null,
      rag: { autumn: rag(cells, row, c.autumn, 'Autumn'), spring: rag(cells, row, c.spring, 'Spring'), summer: rag(cells, row, c.summer, 'Summer') },
      source: { sheet: sheet.name, row },
    });
  }
  return { rows, issues: log.issues };
}
