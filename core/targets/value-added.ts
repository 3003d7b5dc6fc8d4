import { roundTo } from './_lib/numbers.js';
import { tQuantile } from './student-t.js';

export interface PupilResult {
  school: string;
  className: string;
  actual: number;
  estimate: number;
}

export interface ClassValueAdded {
  school: string;
  className: string;
  pupils: number;
  /** mean(actual − estimate), 2 dp. */
  mean: number;
  /** 95 % confidence interval (t distribution, n − 1 df); null with fewer than 2 pupils. */
  lower: number | null;
  upper: number | null;
  /** The interval lies wholly above 0: exceptional practice to learn from. */
  flagged: boolean;
}

interface Sums {
  school: string;
  className: string;
  n: number;
  sum: number;
  sumSq: number;
}

const multipliers = new Map<number, number>();
function t975(df: number): number {
  let m = multipliers.get(df);
  if (m === undefined) {
    m = tQuantile(0.975, df);
    multipliers.set(df, m);
  }
  return m;
}

function summarise(s: Sums): ClassValueAdded {
  const mean = s.sum / s.n;
  const base = { school: s.school, className: s.className, pupils: s.n, mean: roundTo(mean, 2) };
  if (s.n < 2) return { ...base, lower: null, upper: null, flagged: false };
  const variance = Math.max(0, (s.sumSq - s.n * mean * mean) / (s.n - 1));
  const half = t975(s.n - 1) * Math.sqrt(variance / s.n);
  const lower = mean - half;
  // Flag on the unrounded bound, so a class whose interval only touches 0 is not flagged.
  return { ...base, lower: roundTo(lower, 2), upper: roundTo(mean + half, 2), flagged: lower > 1e-12 };
}

/**
 * Value added per class: mean(actual − estimate) with a 95 % confidence interval from the
 * t distribution (small classes get wide intervals), flagged when the interval is wholly above 0.
 * Classes are kept apart by school, so "6A" in two schools are two classes. One pass, O(n).
 */
export function classValueAdded(pupils: readonly PupilResult[]): ClassValueAdded[] {
  const groups = new Map<string, Sums>();
  for (const p of pupils) {
    const key = `${p.school}\u0000${p.className}`;
    let g = groups.get(key);
    if (!g) {
      g = { school: p.school, className: p.className, n: 0, sum: 0, sumSq: 0 };
      groups.set(key, g);
    }
    const d = p.actual - p.estimate;
    g.n++;
    g.sum += d;
    g.sumSq += d * d;
  }
  return [...groups.values()].map(summarise);
}
