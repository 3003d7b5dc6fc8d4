import type { Issue } from '../grid/types.js';
import type { PlansOutput } from './run-plans.js';
import type { FindingLevel } from './types.js';

/** What a host's pane shows after a plans run: plain, serialisable data only. */
export interface PlansResultView {
  schools: number;
  priorities: number;
  actions: number;
  budget: number;
  findings: Record<FindingLevel, number>;
  /** Themes named by at least one school, most schools first. */
  themes: { strategic: string; theme: string; schools: number }[];
  deliveryLines: number;
  outputSheets: string[];
  mainSheet: string;
  issueCount: number;
  issues: Issue[];
}

/** Summarise a plans run for a pane. */
export function plansResultView(out: PlansOutput, maxIssues = 50): PlansResultView {
  const findings: Record<FindingLevel, number> = { Problem: 0, Overdue: 0, Warning: 0, CPD: 0 };
  for (const f of out.findings) findings[f.level]++;
  return {
    schools: new Set(out.priorities.map((p) => p.school)).size,
    priorities: out.priorities.length,
    actions: out.actions.length,
    budget: out.budget,
    findings,
    themes: out.themes
      .filter((t) => t.schools.length > 0)
      .map((t) => ({ strategic: t.strategic, theme: t.theme, schools: t.schools.length }))
      .sort((a, b) => b.schools - a.schools),
    deliveryLines: out.delivery.length,
    outputSheets: out.sheets.map((s) => s.name),
    mainSheet: 'Pathway Plan Checks',
    issueCount: out.issues.length,
    issues: out.issues.slice(0, maxIssues),
  };
}
