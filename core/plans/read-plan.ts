import { cellText } from '../grid/cell-text.js';
import { missingReason } from '../grid/missing.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseDate } from '../grid/parse-date.js';
import { parseNumber } from '../grid/parse-number.js';
import { fail, gap, ok, type Parsed } from '../grid/parsed.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { findHeader, type FieldDef } from '../targets/_lib/header.js';
import { cellIn, dataRows, IssueLog } from '../targets/_lib/rows.js';
import { parseYes } from '../targets/_lib/words.js';
import type { ActionKind, PlanAction, PlanPriority } from './types.js';

type F = 'school' | 'priority' | 'liftPitch' | 'impact' | 'action' | 'kind' | 'owner' | 'start' | 'due' | 'budget' | 'cpd' | 'status';

/**
 * Headers of an improvement plan sheet, one row per action: `Priority` and `Action` make one.
 * A blank Priority (or a merged cell) continues the priority above, as plans are usually laid out.
 */
export const PLAN_FIELDS: readonly FieldDef<F>[] = [
  { field: 'school', aliases: ['School', 'Academy'] },
  { field: 'priority', aliases: ['Priority', 'Improvement priority', 'Key priority', 'Objective'], required: true },
  { field: 'liftPitch', aliases: ['Lift pitch', 'Overview', 'Intended change'] },
  { field: 'impact', aliases: ['Impact measure', 'Measurable target', 'Success criteria', 'Success measure', 'Target'] },
  { field: 'action', aliases: ['Action', 'Actions', 'What we will do'], required: true },
  { field: 'kind', aliases: ['Type', 'Implementation or impact', 'Kind'] },
  { field: 'owner', aliases: ['Owner', 'Lead', 'Responsible', 'Who'] },
  { field: 'start', aliases: ['Start', 'Start date', 'From'] },
  { field: 'due', aliases: ['Due', 'Due date', 'Deadline', 'By when', 'End date'] },
  { field: 'budget', aliases: ['Budget', 'Budget (£)', 'Cost', 'Cost (£)'] },
  { field: 'cpd', aliases: ['CPD', 'Training needed', 'Training', 'CPD needed'] },
  { field: 'status', aliases: ['Status', 'Done', 'Progress'] },
];

function parseKind(cell: Cell): Parsed<ActionKind> {
  if (missingReason(cell) !== null) return gap('blank');
  const key = normaliseHeader(cellText(cell));
  if (['implementation', 'implement', 'doing', 'process', 'i'].includes(key)) return ok('implementation');
  if (['impact', 'outcome', 'impactonpupils'].includes(key)) return ok('impact');
  return fail(`"${cellText(cell)}" is neither implementation nor impact`);
}

/** Pounds as plans write them: 1200, "£1,200", "£1.2k". */
function parseBudget(cell: Cell): Parsed<number> {
  if (typeof cell !== 'string') return parseNumber(cell);
  const text = cellText(cell).replace(/^£\s*/, '').replace(/^gbp\s*/i, '');
  const k = /^(.*?)\s*k$/i.exec(text);
  const read = parseNumber(k ? (k[1] ?? '') : text);
  return read.ok && k ? ok(read.value * 1000) : read;
}

const DONE = new Set(['done', 'complete', 'completed', 'achieved', 'closed', 'finished', 'yes', 'y']);

const text = (cell: Cell): string | null => cellText(cell) || null;

function readAction(log: IssueLog, cells: Cell[], row: number, c: Cols, head: { school: string; priority: string; liftPitch: string | null }, sheet: string): PlanAction {
  return {
    ...head,
    impactMeasure: text(cellIn(cells, c.impact)),
    action: cellText(cellIn(cells, c.action)),
    kind: c.kind === undefined ? null : log.value(parseKind(cellIn(cells, c.kind)), row, c.kind, 'Type', 'the action is treated as implementation'),
    owner: text(cellIn(cells, c.owner)),
    start: c.start === undefined ? null : log.value(parseDate(cellIn(cells, c.start)), row, c.start, 'Start date', 'the start is left blank'),
    due: c.due === undefined ? null : log.value(parseDate(cellIn(cells, c.due)), row, c.due, 'Due date', 'the action is treated as having no due date'),
    budget: c.budget === undefined ? null : log.value(parseBudget(cellIn(cells, c.budget)), row, c.budget, 'Budget', 'the budget is left out of totals'),
    needsCpd: c.cpd === undefined ? false : (log.value(parseYes(cellIn(cells, c.cpd)), row, c.cpd, 'CPD', 'no training is assumed') ?? false),
    done: DONE.has(normaliseHeader(cellText(cellIn(cells, c.status)))),
    source: { sheet, row },
    cols: { priority: c.priority, action: c.action, owner: c.owner ?? c.action, due: c.due ?? c.action, cpd: c.cpd ?? c.action, liftPitch: c.liftPitch ?? c.priority, impact: c.impact ?? c.priority },
  };
}

type Cols = Record<'priority' | 'action', number> & Partial<Record<F, number>>;

export interface PlanRead {
  priorities: PlanPriority[];
  actions: PlanAction[];
  issues: Issue[];
}

/**
 * Read one plan sheet, or null when its headers do not make it one. A row with a priority and
 * no action (a heading row with the lift pitch and impact measure) still counts for its priority.
 */
export function readPlanSheet(sheet: SheetGrid): PlanRead | null {
  const header = findHeader(sheet.grid, PLAN_FIELDS);
  if (!header) return null;
  const c = header.columns as Cols;
  const log = new IssueLog(sheet.name);
  const priorities: PlanPriority[] = [];
  const actions: PlanAction[] = [];
  let current: PlanPriority | null = null;
  const seen = new Map<string, PlanPriority>();
  for (const { row, cells } of dataRows(sheet.grid, header.row)) {
    const school: string = text(cellIn(cells, c.school)) ?? current?.school ?? sheet.name;
    const typed = text(cellIn(cells, c.priority));
    if (typed !== null || (current !== null && current.school !== school)) {
      // Plans laid out one row per action often repeat the priority on every row: same priority.
      const key: string = `${school}\u0000${normaliseHeader(typed ?? '')}`;
      current = typed === null ? null : (seen.get(key) ?? null);
      if (typed !== null && current === null) {
        current = { school, priority: typed, liftPitch: null, impactMeasures: [], source: { sheet: sheet.name, row }, col: c.priority };
        priorities.push(current);
        seen.set(key, current);
      }
    }
    if (current === null) {
      log.at(row, c.priority, 'This row has no priority (nor one above it for this school), so it is not checked.', 'warning');
      continue;
    }
    current.liftPitch ??= text(cellIn(cells, c.liftPitch));
    const measure = text(cellIn(cells, c.impact));
    if (measure !== null) current.impactMeasures.push(measure);
    if (text(cellIn(cells, c.action)) === null) continue;
    actions.push(readAction(log, cells, row, c, { school, priority: current.priority, liftPitch: current.liftPitch }, sheet.name));
  }
  return { priorities, actions, issues: log.issues };
}
