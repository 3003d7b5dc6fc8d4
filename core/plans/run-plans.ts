import type { Issue, SheetGrid } from '../grid/types.js';
import type { Workbook } from '../ports/workbook.js';
import { readInputSheets, writeSheets, type RunOptions } from '../run/io.js';
import type { SheetSpec } from '../sheets/types.js';
import { checkPlans } from './check-plans.js';
import { collateThemes, type ThemeRow } from './collate-themes.js';
import { readDeliverySheet } from './read-delivery.js';
import { readPlanSheet } from './read-plan.js';
import { readThemeSheet } from './read-themes.js';
import { planChecksSheet } from './sheets/plan-checks-sheet.js';
import { themesSheet } from './sheets/themes-sheet.js';
import type { DeliveryRow, PlanAction, PlanFinding, PlanPriority, ThemeDef } from './types.js';

export interface PlansOptions {
  asOf: string;
  /** Warn above this many priorities per school; FRAMEWORK.md's default is 5. */
  maxPriorities?: number;
}

export type PlanSheetRole = 'themes' | 'delivery' | 'plan';

export interface PlansOutput {
  priorities: PlanPriority[];
  actions: PlanAction[];
  findings: PlanFinding[];
  themes: ThemeRow[];
  delivery: DeliveryRow[];
  /** Total budget (£) across every plan's actions. */
  budget: number;
  recognised: { sheet: string; role: PlanSheetRole }[];
  issues: Issue[];
  sheets: SheetSpec[];
}

interface Read {
  priorities: PlanPriority[];
  actions: PlanAction[];
  themes: ThemeDef[];
  delivery: DeliveryRow[];
  recognised: PlansOutput['recognised'];
  issues: Issue[];
}

/** Themes (Strategic priority + Theme), then delivery plan (What + a term), then school plans (Priority + Action). */
function readPlanInputs(sheets: readonly SheetGrid[]): Read {
  const out: Read = { priorities: [], actions: [], themes: [], delivery: [], recognised: [], issues: [] };
  for (const sheet of sheets) {
    const themes = readThemeSheet(sheet);
    if (themes) {
      out.themes.push(...themes.themes);
      out.issues.push(...themes.issues);
      out.recognised.push({ sheet: sheet.name, role: 'themes' });
      continue;
    }
    const delivery = readDeliverySheet(sheet);
    if (delivery) {
      out.delivery.push(...delivery.rows);
      out.issues.push(...delivery.issues);
      out.recognised.push({ sheet: sheet.name, role: 'delivery' });
      continue;
    }
    const plan = readPlanSheet(sheet);
    if (plan) {
      out.priorities.push(...plan.priorities);
      out.actions.push(...plan.actions);
      out.issues.push(...plan.issues);
      out.recognised.push({ sheet: sheet.name, role: 'plan' });
    }
  }
  return out;
}

/** Check every school plan, collate priorities into trust themes, and lay out the delivery plan. Pure. */
export function plansSheets(sheets: readonly SheetGrid[], opts: PlansOptions): PlansOutput {
  const read = readPlanInputs(sheets);
  const findings = checkPlans(read.priorities, read.actions, { asOf: opts.asOf, maxPriorities: opts.maxPriorities ?? 5 });
  const themes = collateThemes(read.priorities, read.themes);
  const budget = read.actions.reduce((sum, a) => sum + (a.budget ?? 0), 0);
  return {
    priorities: read.priorities,
    actions: read.actions,
    delivery: read.delivery,
    recognised: read.recognised,
    issues: read.issues,
    findings,
    themes,
    budget,
    sheets: [planChecksSheet(findings, opts.asOf), themesSheet(themes, read.delivery, opts.asOf)],
  };
}

export async function runPlans(wb: Workbook, opts: PlansOptions & RunOptions): Promise<PlansOutput> {
  const sheets = await readInputSheets(wb, opts);
  const output = plansSheets(sheets, opts);
  await writeSheets(wb, output.sheets, opts);
  return output;
}
