import { fold } from './_lib/fold.js';

/**
 * The key that joins a school's targets, drops and pupils, the same key the tracker gives the
 * school (SchoolRecord.key), so `wellBelowShareBySchool` feeds the risk rating directly: the URN
 * when given ("URN 123456" → "123456"), else "name:" and the name folded like a header.
 */
export function schoolKey(name: string, urn: string | null): string {
  const digits = urn?.replace(/^urn\s*:?\s*/i, '').trim() ?? '';
  return digits !== '' ? digits : `name:${fold(name)}`;
}
