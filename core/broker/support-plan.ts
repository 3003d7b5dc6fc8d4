import type { SchoolResult } from '../categorise/types.js';
import type { ExcellenceEntry } from '../forms/excellence.js';
import { formatIsoDate } from '../report/dates.js';
import { CATEGORY_COLOURS } from '../sheets/palette.js';
import { STRAND_LABELS } from '../sheets/labels.js';
import { tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import type { Settings } from '../settings/types.js';
import { assignSupport, planValue, type Assignment, type PlanValue, type UnmetNeed } from './assign.js';
import { capacityRoles, type Giver, type HeldBack, type Taker } from './roles.js';

export const SUPPORT_PLAN_SHEET = 'Pathway Support Plan';

export interface BrokerResult {
  givers: Giver[];
  takers: Taker[];
  /** Schools with something to share that lend no days, and why (decision 0806). */
  heldBack: HeldBack[];
  assignments: Assignment[];
  unmet: UnmetNeed[];
  value: PlanValue;
}

const ORDER = { E: 0, D: 1, C: 2 };

/** Who helps whom this term, from the categorised schools and the areas of excellence on forms. */
export function brokerSupport(results: SchoolResult[], excellence: ExcellenceEntry[], settings: Settings): BrokerResult {
  const { givers, takers, heldBack } = capacityRoles(results, excellence, settings);
  const { assignments, unmet } = assignSupport(givers, takers);
  const bySeverity = <T extends { category: 'C' | 'D' | 'E'; taker: string }>(a: T, b: T) => ORDER[a.category] - ORDER[b.category] || a.taker.localeCompare(b.taker);
  return { givers, takers, heldBack, assignments: assignments.sort(bySeverity), unmet: unmet.sort(bySeverity), value: planValue(assignments, takers) };
}

function heldNote(held: HeldBack[]): string {
  const schools = new Set(held.filter((h) => h.reason.startsWith('Gives no days')).map((h) => h.school)).size;
  return schools ? `; ${schools} more school${schools === 1 ? '' : 's'} with something to share give none (rows "Not giving" say why)` : '';
}

/** The support plan: one row per giver–taker–strand, then each need left unmet, most severe first. */
export function supportPlanSheet(result: BrokerResult, asOf: string): SheetSpec {
  const planned = result.assignments.map((a) => [a.taker, a.category, STRAND_LABELS[a.strand], a.need, a.giver, a.days, 'Planned', a.reason]);
  const unmet = result.unmet.map((u) => [u.taker, u.category, u.strands.map((s) => STRAND_LABELS[s]).join(', '), u.need, null, u.unmet, 'Unmet', `${u.met} of ${u.need} days found. ${u.reason}`]);
  const held = result.heldBack.map((h) => [null, null, null, null, h.school, null, 'Not giving', h.reason]);
  const given = result.assignments.reduce((s, a) => s + a.days, 0);
  const needed = result.takers.reduce((s, t) => s + t.need, 0);
  return tableSheet({
    name: SUPPORT_PLAN_SHEET,
    title: `Pathway: support plan per term, as of ${formatIsoDate(asOf)}`,
    note: `${given} of ${needed} days of need met by ${result.givers.length} giving schools${heldNote(result.heldBack)}. Each category E school has one lead school first; then most severe needs first, weakest strands, schools a note names, same phase; a school never supports itself; outcomes only between compatible measures.`,
    columns: [
      { header: 'Taker', width: 26 }, { header: 'Category', width: 9, colours: CATEGORY_COLOURS }, { header: 'Strand', width: 18, wrap: true },
      { header: 'Need (days)', width: 10 }, { header: 'Giver', width: 26 }, { header: 'Days', width: 7 },
      { header: 'Status', width: 9, colours: { Planned: { fill: 'C6EFCE', font: '006100' }, Unmet: { fill: 'FFC7CE', font: '9C0006' }, 'Not giving': { fill: 'EDEDED', font: '595959' } } },
      { header: 'Reason', width: 80, wrap: true },
    ],
    rows: [...planned, ...unmet, ...held],
  });
}
