import type { Category } from '../settings/types.js';
import type { CategoryOverride } from '../tracker/types.js';

/** Anything that carries a computed category and, perhaps, one agreed at the annual review. */
export interface Categorised {
  category: Category | null;
  agreed: CategoryOverride | null;
}

/**
 * The category that counts: the one agreed at the annual review when there is one, else the
 * computed one. Risk, the summary, the support offer and the broker all use this, so a school is
 * never D in one place and C in another (decision 0806). The computed category stays beside it.
 */
export function effectiveCategory(r: Categorised): Category | null {
  return r.agreed?.category ?? r.category;
}

/** Whether the category that counts was agreed at review or computed (null: there is none). */
export function categorySource(r: Categorised): 'agreed' | 'computed' | null {
  if (r.agreed) return 'agreed';
  return r.category ? 'computed' : null;
}

/**
 * The category as words that say where it came from: "D", or "C (agreed; computed D)" when the
 * review agreed another one, or "C (agreed)" when it agreed the computed one.
 */
export function categoryWords(r: Categorised): string {
  const c = effectiveCategory(r);
  if (!c) return 'no category';
  if (!r.agreed) return c;
  return r.category && r.category !== c ? `${c} (agreed; computed ${r.category})` : `${c} (agreed)`;
}
