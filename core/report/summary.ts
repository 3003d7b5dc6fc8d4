import { effectiveCategory } from '../categorise/effective-category.js';
import type { SchoolResult } from '../categorise/types.js';
import type { Issue } from '../grid/types.js';

/** One row of a count table: how many schools, and how many of the trust's pupils they teach. */
export interface CountRow {
  label: string;
  schools: number;
  pupils: number;
}

/** What a run found, counted the ways the board report needs. Plain data for every host's UI. */
export interface CategoriseSummary {
  asOf: string;
  schools: number;
  /** Pupils across schools whose roll is known; shares below are of this total (a trust is one big school). */
  pupils: number;
  schoolsWithoutRoll: number;
  byPhase: CountRow[];
  /** By the category that counts: the one agreed at review where set, else the computed one (decision 0806). */
  byCategory: CountRow[];
  byTrajectory: CountRow[];
  byRisk: CountRow[];
  byCapacity: CountRow[];
  inspectionMismatches: number;
  issues: { errors: number; warnings: number };
}

const PHASE_ORDER = ['Stabilise', 'Repair', 'Improve', 'Sustain', 'Insufficient evidence'];
const CATEGORY_ORDER = ['A', 'B', 'C', 'D', 'E', 'None'];
const JOURNEY_ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'Too little data'];
const RISK_ORDER = ['Low', 'Medium', 'High', 'Critical', 'Not rated'];
const CAPACITY_ORDER = ['giver', 'taker', 'Neither'];

function countBy(schools: SchoolResult[], order: string[], pick: (s: SchoolResult) => string): CountRow[] {
  const rows = new Map(order.map((label) => [label, { label, schools: 0, pupils: 0 }]));
  for (const s of schools) {
    const label = pick(s);
    const row = rows.get(label) ?? { label, schools: 0, pupils: 0 };
    row.schools += 1;
    row.pupils += s.pupils ?? 0;
    rows.set(label, row);
  }
  return [...rows.values()];
}

export function summarise(schools: SchoolResult[], issues: Issue[], asOf: string): CategoriseSummary {
  return {
    asOf,
    schools: schools.length,
    pupils: schools.reduce((n, s) => n + (s.pupils ?? 0), 0),
    schoolsWithoutRoll: schools.filter((s) => s.pupils === null).length,
    byPhase: countBy(schools, PHASE_ORDER, (s) => s.phase),
    byCategory: countBy(schools, CATEGORY_ORDER, (s) => effectiveCategory(s) ?? 'None'),
    byTrajectory: countBy(schools, JOURNEY_ORDER, (s) => s.trajectory ?? 'Too little data'),
    byRisk: countBy(schools, RISK_ORDER, (s) => s.risk ?? 'Not rated'),
    byCapacity: countBy(schools, CAPACITY_ORDER, (s) => s.capacity ?? 'Neither'),
    inspectionMismatches: schools.filter((s) => s.inspectionMismatch).length,
    issues: {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    },
  };
}
