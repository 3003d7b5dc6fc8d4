import { cellAddress } from '../grid/address.js';
import { ukDate } from '../targets/sheets/dates.js';
import type { FindingLevel, PlanAction, PlanFinding, PlanPriority } from './types.js';

export interface PlanCheckOptions {
  /** ISO date: actions due before it and not done are overdue. */
  asOf: string;
  /** Warn above this many priorities per school (FRAMEWORK.md: 5). */
  maxPriorities: number;
}

function finding(a: PlanAction, col: number, level: FindingLevel, message: string): PlanFinding {
  return { school: a.school, priority: a.priority, action: a.action, owner: a.owner, due: a.due, level, message, sheet: a.source.sheet, cell: cellAddress(a.source.row, col) };
}

function actionFindings(a: PlanAction, asOf: string): PlanFinding[] {
  const out: PlanFinding[] = [];
  if (a.owner === null) out.push(finding(a, a.cols.owner, 'Problem', 'No owner: every action needs someone who answers for it.'));
  if (a.due === null) out.push(finding(a, a.cols.due, 'Problem', 'No due date: every action needs a date it is done by.'));
  if (a.due !== null && a.start !== null && a.due < a.start) out.push(finding(a, a.cols.due, 'Warning', `Due ${ukDate(a.due)} is before its start ${ukDate(a.start)}.`));
  if (a.due !== null && a.due < asOf && !a.done) out.push(finding(a, a.cols.due, 'Overdue', `Due ${ukDate(a.due)} and not marked done.`));
  if (a.needsCpd) out.push(finding(a, a.cols.cpd, 'CPD', `Training annex: ${a.owner ?? 'the owner'} needs CPD for this action${a.due ? ` by ${ukDate(a.due)}` : ''}.`));
  return out;
}

/** One key per school and priority, for finding a priority's actions without scanning them all. */
const priorityKey = (school: string, priority: string): string => `${school}\u0000${priority}`;

function priorityFindings(p: PlanPriority, mine: readonly PlanAction[]): PlanFinding[] {
  const base = { school: p.school, priority: p.priority, action: null, owner: null, due: null, sheet: p.source.sheet, cell: cellAddress(p.source.row, p.col) };
  const out: PlanFinding[] = [];
  const hasImpact = p.impactMeasures.length > 0 || mine.some((a) => a.kind === 'impact');
  if (!hasImpact) out.push({ ...base, level: 'Problem', message: 'No impact measure: say what will change for pupils, and by how much, so the priority can be judged.' });
  if (p.liftPitch === null) out.push({ ...base, level: 'Warning', message: 'No lift pitch: a short paragraph on the change in pupils helps governors see the point.' });
  if (mine.length === 0) out.push({ ...base, level: 'Warning', message: 'No actions yet for this priority.' });
  return out;
}

/**
 * The checks of FRAMEWORK.md section 8: every action has an owner and a due date; every priority
 * has at least one impact measure; more than `maxPriorities` priorities is a warning; overdue
 * actions are flagged; actions needing CPD form the training annex.
 */
export function checkPlans(priorities: readonly PlanPriority[], actions: readonly PlanAction[], opts: PlanCheckOptions): PlanFinding[] {
  const out: PlanFinding[] = [];
  // Grouped once, in one pass each: a trust's 3,000 actions are not scanned again for every priority.
  const bySchool = new Map<string, PlanPriority[]>();
  for (const p of priorities) {
    const list = bySchool.get(p.school);
    if (list) list.push(p);
    else bySchool.set(p.school, [p]);
  }
  const byPriority = new Map<string, PlanAction[]>();
  for (const a of actions) {
    const k = priorityKey(a.school, a.priority);
    const list = byPriority.get(k);
    if (list) list.push(a);
    else byPriority.set(k, [a]);
  }
  for (const [school, list] of bySchool) {
    const names = new Set(list.map((p) => p.priority));
    if (names.size > opts.maxPriorities) {
      const first = list[0] as PlanPriority;
      out.push({ school, priority: `${names.size} priorities`, action: null, owner: null, due: null, level: 'Warning', message: `${names.size} priorities: plans work best with ${opts.maxPriorities} or fewer, done well.`, sheet: first.source.sheet, cell: cellAddress(first.source.row, first.col) });
    }
    for (const p of list) out.push(...priorityFindings(p, byPriority.get(priorityKey(p.school, p.priority)) ?? []));
  }
  for (const a of actions) out.push(...actionFindings(a, opts.asOf));
  return out;
}
