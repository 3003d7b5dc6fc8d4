import type { Source } from '../targets/_lib/rows.js';

export type ActionKind = 'implementation' | 'impact';

/** One action of a school improvement plan, with the priority it serves. */
export interface PlanAction {
  school: string;
  priority: string;
  liftPitch: string | null;
  /** The measurable, staged, timed target the priority is judged by, if the row gives one. */
  impactMeasure: string | null;
  action: string;
  kind: ActionKind | null;
  owner: string | null;
  start: string | null;
  due: string | null;
  budget: number | null;
  needsCpd: boolean;
  done: boolean;
  source: Source;
  /** Columns of the row's fields, for cell-addressed findings. */
  cols: { priority: number; action: number; owner: number; due: number; cpd: number; liftPitch: number; impact: number };
}

/** A priority of a school's plan: its lift pitch, the impact measures given for it, where it starts. */
export interface PlanPriority {
  school: string;
  priority: string;
  liftPitch: string | null;
  impactMeasures: string[];
  source: Source;
  col: number;
}

export type FindingLevel = 'Problem' | 'Warning' | 'Overdue' | 'CPD';

/** One result of the plan checks of FRAMEWORK.md section 8, addressed to a cell. */
export interface PlanFinding {
  school: string;
  priority: string;
  action: string | null;
  owner: string | null;
  due: string | null;
  level: FindingLevel;
  message: string;
  sheet: string;
  cell: string;
}

/** A trust theme under one of its strategic priorities ("Big 3"), with the words that mark it. */
export interface ThemeDef {
  strategic: string;
  theme: string;
  tags: string[];
  lead: string | null;
}

export type Rag = 'Red' | 'Amber' | 'Green';

/** One line of the trust delivery plan for the standards committee. */
export interface DeliveryRow {
  /** The theme or strategic priority the line serves. */
  theme: string;
  what: string;
  how: string | null;
  outcome: string | null;
  lead: string | null;
  /** The tracker measure the line is judged by, when the plan names one (its Measure column). */
  measure?: string | null;
  rag: { autumn: Rag | null; spring: Rag | null; summer: Rag | null };
  source: Source;
}
