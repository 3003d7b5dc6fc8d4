import { normaliseHeader } from '../grid/normalise-header.js';
import type { DeliveryRow, Rag } from '../plans/types.js';
import type { TrustProgressRow } from '../targets/trust-progress.js';
import { PROGRESS_LABELS, type ProgressStatus } from '../targets/types.js';
import { latestTrust } from './latest-progress.js';

export interface DeliveryRag {
  row: DeliveryRow;
  /** The RAG the committee typed for the latest term that has one. */
  typed: Rag | null;
  term: string | null;
  /** The measure the line is judged by, when the plan names one the tracker has figures for. */
  measure: string | null;
  computed: Rag | null;
  basis: string;
}

const FROM_STATUS: Record<ProgressStatus, Rag> = { above: 'Green', 'on track': 'Green', 'slightly below': 'Amber', 'well below': 'Red' };

function latestTyped(row: DeliveryRow): { typed: Rag | null; term: string | null } {
  for (const term of ['summer', 'spring', 'autumn'] as const) {
    const rag = row.rag[term];
    if (rag) return { typed: rag, term: term[0]?.toUpperCase() + term.slice(1) };
  }
  return { typed: null, term: null };
}

/** The measure a line names: its Measure column, else a tracker measure written in its outcome or aim. */
function namedMeasure(row: DeliveryRow, known: Map<string, TrustProgressRow>): TrustProgressRow | null {
  if (row.measure) return known.get(normaliseHeader(row.measure)) ?? null;
  const text = normaliseHeader(`${row.outcome ?? ''} ${row.what}`);
  // "Persistent absence %" folds to "persistentabsencepct"; the plan writes "persistent absence".
  const found = [...known.entries()].filter(([k]) => k.replace(/pct$/, '').length > 2 && text.includes(k.replace(/pct$/, ''))).sort((a, b) => b[0].length - a[0].length);
  return found[0]?.[1] ?? null;
}

/**
 * A delivery-plan line's RAG worked out from the tracker's own figures where the line names a
 * measure: the trust's pupil-weighted figure at the latest data drop against its milestone
 * (above or on track Green, slightly below Amber, well below Red). Other lines keep the typed one.
 */
export function deliveryRag(rows: readonly DeliveryRow[], trust: readonly TrustProgressRow[]): DeliveryRag[] {
  const known = latestTrust(trust);
  return rows.map((row) => {
    const { typed, term } = latestTyped(row);
    const t = namedMeasure(row, known);
    if (!t) {
      const why = row.measure ? `No data drops in the tracker for ${row.measure}: the typed RAG stands.` : 'Names no tracker measure: the typed RAG stands.';
      return { row, typed, term, measure: row.measure ?? null, computed: null, basis: why };
    }
    const computed = FROM_STATUS[t.status];
    const basis = `Trust ${t.actual} against milestone ${t.milestone} at ${t.period} (${t.schools} schools, pupil-weighted): ${PROGRESS_LABELS[t.status].toLowerCase()}.${typed && typed !== computed ? ` Typed ${typed}.` : ''}`;
    return { row, typed, term, measure: t.measure, computed, basis };
  });
}
