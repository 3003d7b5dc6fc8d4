import type { Settings } from '../settings/types.js';
import { OPTIONAL_STRANDS, STRANDS, type AnyStrandKey } from '../tracker/types.js';

/** The eight strands, then each optional strand the trust has turned on, in that order. */
export function strandsInUse(settings: Pick<Settings, 'optionalStrands'>): readonly AnyStrandKey[] {
  const on = OPTIONAL_STRANDS.filter((k) => settings.optionalStrands[k] === 'yes');
  return on.length ? [...STRANDS, ...on] : STRANDS;
}

/** The strands a judged school carries: the eight, and the optional ones its run had turned on. */
export function strandsOf(strands: Partial<Record<AnyStrandKey, unknown>>): readonly AnyStrandKey[] {
  const on = OPTIONAL_STRANDS.filter((k) => k in strands);
  return on.length ? [...STRANDS, ...on] : STRANDS;
}
