import type { MeasureSettings } from '../settings/types.js';
import type { MeasureKind, TargetMeasure } from './types.js';

/** Guess a measure's kind from its name and range when the trust has not said. */
export function measureKind(name: string, settings?: MeasureSettings): MeasureKind {
  const lower = name.toLowerCase();
  if (/progress|\bp8\b|value added|\bva\b/.test(lower)) return 'progress';
  if (lower.includes('%') || /percent|\bpct\b|\brate\b/.test(lower)) return 'percent';
  if (settings && settings.min === 0 && settings.max === 100) return 'percent';
  return 'score';
}

/**
 * A measure as targets see it: the trust's settings when it has some, else a default
 * from the kind (% → 1 dp in 0–100; progress → 2 dp; other scores → 1 dp, unbounded).
 */
export function targetMeasure(name: string, settings?: MeasureSettings): TargetMeasure {
  const kind = measureKind(name, settings);
  if (settings) return { name, kind, ...settings };
  if (kind === 'percent') return { name, kind, lowerIsBetter: false, decimals: 1, min: 0, max: 100 };
  if (kind === 'progress') return { name, kind, lowerIsBetter: false, decimals: 2, min: null, max: null };
  return { name, kind, lowerIsBetter: false, decimals: 1, min: null, max: null };
}
