import { normaliseHeader } from '../grid/normalise-header.js';
import type { ProgressRow } from '../targets/assess-progress.js';
import type { TrustProgressRow } from '../targets/trust-progress.js';
import type { ProgressStatus } from '../targets/types.js';

/** Each school's latest whole-school drop per measure (the drop a board hears about). */
export function latestDrops(rows: readonly ProgressRow[]): ProgressRow[] {
  const latest = new Map<string, ProgressRow>();
  for (const r of rows) {
    if (r.unit !== null) continue;
    const k = `${r.schoolKey}\u0000${normaliseHeader(r.measure)}`;
    const seen = latest.get(k);
    if (!seen || r.date >= seen.date) latest.set(k, r);
  }
  return [...latest.values()];
}

/** The trust's figure per measure at its latest period. */
export function latestTrust(rows: readonly TrustProgressRow[]): Map<string, TrustProgressRow> {
  const out = new Map<string, TrustProgressRow>();
  for (const r of rows) {
    const k = normaliseHeader(r.measure);
    const seen = out.get(k);
    if (!seen || r.date >= seen.date) out.set(k, r);
  }
  return out;
}

export interface TargetsTally {
  measure: string;
  schools: number;
  counts: Record<ProgressStatus, number>;
  /** Above or on track. */
  met: number;
  trust: TrustProgressRow | null;
}

/** Targets met and below at the latest drop, per measure, in first-seen order. */
export function tallyTargets(rows: readonly ProgressRow[], trust: readonly TrustProgressRow[]): TargetsTally[] {
  const trustBy = latestTrust(trust);
  const out = new Map<string, TargetsTally>();
  for (const r of latestDrops(rows)) {
    const k = normaliseHeader(r.measure);
    const t = out.get(k) ?? { measure: r.measure, schools: 0, counts: { above: 0, 'on track': 0, 'slightly below': 0, 'well below': 0 }, met: 0, trust: trustBy.get(k) ?? null };
    t.schools++;
    t.counts[r.status]++;
    if (r.status === 'above' || r.status === 'on track') t.met++;
    out.set(k, t);
  }
  return [...out.values()];
}

const GREEN = { fill: 'C6EFCE', font: '006100' };
const AMBER = { fill: 'FFEB9C', font: '9C5700' };
const RED = { fill: 'FFC7CE', font: '9C0006' };
/** RAG and progress words coloured alike on every pack sheet. */
export const RAG_COLOURS = { Green: GREEN, Amber: AMBER, Red: RED, Above: GREEN, 'On track': GREEN, 'Slightly below': AMBER, 'Well below': RED };
