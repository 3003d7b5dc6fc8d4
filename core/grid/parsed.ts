/**
 * What a cell parser returns: a value, or the reason there is none. `missing` is true when the
 * cell says on purpose that there is no value ("n/a", "SUPP", blank), so callers can treat it as
 * a gap rather than as a mistake to report.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; missing: boolean };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason, missing: false };
}

export function gap<T>(reason: string): Parsed<T> {
  return { ok: false, reason, missing: true };
}
