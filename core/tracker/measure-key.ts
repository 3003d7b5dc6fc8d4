import { normaliseHeader } from '../grid/normalise-header.js';

/**
 * The key two measure names share when they mean the same measure: "KS2 RWM EXS %" and
 * "ks2 rwm exs%" both give "ks2rwmexspct". Compare measures by this key, show the display name.
 */
export function measureKey(name: string): string {
  return normaliseHeader(name);
}

/** Keeps the first spelling seen for each measure, so every sheet's rows share one display name. */
export class MeasureNames {
  private readonly names = new Map<string, string>();
  /** Each spelling as typed → its display name: a long sheet repeats a few spellings thousands of times. */
  private readonly typed = new Map<string, string>();

  display(name: string): string {
    const seen = this.typed.get(name);
    if (seen !== undefined) return seen;
    const shown = this.first(name);
    this.typed.set(name, shown);
    return shown;
  }

  private first(name: string): string {
    const key = measureKey(name);
    const known = this.names.get(key);
    if (known !== undefined) return known;
    const tidy = name.trim().replace(/\s+/g, ' ');
    this.names.set(key, tidy);
    return tidy;
  }
}
