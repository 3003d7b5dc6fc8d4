import { fold } from './_lib/fold.js';

/**
 * The key that joins a school's targets, drops and pupils (and the categorise output): its URN
 * when given, else its name folded like a header (case, spacing and punctuation ignored).
 */
export function schoolKey(name: string, urn: string | null): string {
  return urn !== null && urn !== '' ? urn : fold(name);
}
