/**
 * What one setting's value must be, with the reason in a data lead's words when it is not. Small
 * on purpose: these few rules are all the settings need, and they keep a validation library out
 * of the task pane's bundle (goal P9).
 */
export interface ValueRule {
  /** null when the value is allowed; else why not ("it must be at least 0"). */
  check(value: number | string): string | null;
}

export function numberRule(min: number, max: number, whole = false): ValueRule {
  return {
    check: (v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'it must be a number';
      if (whole && !Number.isInteger(v)) return 'it must be a whole number';
      if (v < min) return `it must be at least ${min}`;
      if (v > max) return `it must be at most ${max}`;
      return null;
    },
  };
}

export const textRule: ValueRule = { check: (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'it must not be empty') };

export function oneOfRule(values: readonly string[], reason: string): ValueRule {
  return { check: (v) => (typeof v === 'string' && values.includes(v) ? null : reason) };
}
