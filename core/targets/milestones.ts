import { roundTo, short } from './_lib/numbers.js';
import type { Milestone, Outcome } from './types.js';

export interface MilestoneOptions {
  /** 3 terms or 6 half-terms. */
  periods: 3 | 6;
  /** Cumulative % of the way to the target at each period (e.g. 20/40/60/80/90/100); null = linear. */
  weights: readonly number[] | null;
  /** The academic year as the summer it ends in: 2026 means 1 September 2025 to 31 July 2026. */
  academicYear: number;
  /** Decimal places of the measure. */
  decimals: number;
}

// Each period ends on the last day of a month: near enough to English term dates, which
// differ by school, and stable enough to compare a data drop against.
const PERIODS: Record<3 | 6, { label: string; month: number }[]> = {
  3: [
    { label: 'Autumn', month: 12 },
    { label: 'Spring', month: 3 },
    { label: 'Summer', month: 7 },
  ],
  6: [
    { label: 'Autumn 1', month: 10 },
    { label: 'Autumn 2', month: 12 },
    { label: 'Spring 1', month: 2 },
    { label: 'Spring 2', month: 3 },
    { label: 'Summer 1', month: 5 },
    { label: 'Summer 2', month: 7 },
  ],
};

function lastDay(year: number, month: number): string {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${days}`;
}

/** The first day of an academic year: 1 September of the year before the summer it ends in. */
export function yearStart(academicYear: number): string {
  return `${String(academicYear - 1).padStart(4, '0')}-09-01`;
}

/** Check trust weights: one per period, rising, each in (0, 100], ending at 100. */
export function checkWeights(weights: readonly number[], periods: number): string | null {
  if (weights.length !== periods) return `${weights.length} weights were given for ${periods} periods; give one per period`;
  if (weights.some((w) => !(w > 0 && w <= 100))) return 'each weight must be above 0 and at most 100 (%)';
  if (weights.some((w, i) => i > 0 && w < (weights[i - 1] as number))) return 'weights must not fall from one period to the next';
  if (weights[weights.length - 1] !== 100) return 'the last weight must be 100, so the last milestone is the target';
  return null;
}

/**
 * Staged, timed milestones from baseline to target across the academic year: each is the
 * baseline plus its weight's share of the gap, rounded to the measure's decimals; the last is
 * the target itself. Monotone from baseline to target whichever way the measure points.
 *
 * @example milestones(60, 66, { periods: 3, weights: null, academicYear: 2026, decimals: 1 })
 * // Autumn 2025-12-31 62, Spring 2026-03-31 64, Summer 2026-07-31 66
 */
export function milestones(baseline: number, target: number, opts: MilestoneOptions): Outcome<Milestone[]> {
  const periods = PERIODS[opts.periods];
  const weights = opts.weights ?? periods.map((_, i) => ((i + 1) / periods.length) * 100);
  const problem = checkWeights(weights, periods.length);
  if (problem) return { ok: false, reason: problem };
  const list = periods.map((period, i) => {
    const weight = weights[i] as number;
    const year = period.month >= 9 ? opts.academicYear - 1 : opts.academicYear;
    const last = i === periods.length - 1;
    const value = last ? target : roundTo(baseline + (weight / 100) * (target - baseline), opts.decimals);
    return { label: period.label, date: lastDay(year, period.month), weight: roundTo(weight, 2), value };
  });
  return { ok: true, value: list };
}

/**
 * The milestone a data drop is judged against: the one for the period the drop falls in (the
 * first due on or after its date); after the last, the last. Null before the year starts.
 */
export function milestoneFor(list: readonly Milestone[], date: string, academicYear: number): Milestone | null {
  if (date < yearStart(academicYear)) return null;
  return list.find((m) => m.date >= date) ?? list[list.length - 1] ?? null;
}

/** Weights as text for a basis line, e.g. "20/40/60/80/90/100 %". */
export function weightsText(weights: readonly number[] | null): string {
  return weights ? `${weights.map(short).join('/')} %` : 'linear';
}
