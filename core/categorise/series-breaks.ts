import type { Settings } from '../settings/types.js';

/** A value that breaks its line: almost always a typing or export slip, not a school's result. */
export interface SeriesBreak {
  /** Position in the line's values, oldest first. */
  index: number;
  year: number;
  value: number;
  /**
   * zero: a 0 whose neighbours are all well above 0 (a suppressed or missing figure typed as 0);
   * spike: a value more than the swing from both its neighbours, the same way;
   * end-swing: the newest value more than the swing from the one before.
   */
  kind: 'zero' | 'spike' | 'end-swing';
  before: { year: number; value: number } | null;
  after: { year: number; value: number } | null;
  /** Whether the journey uses it. An end swing is always kept: nothing after it tells a slip from a real change. */
  kept: boolean;
}

export interface YearValue {
  year: number;
  value: number;
}

/**
 * The series-breaking values of one line (issue 12, decision 0213), found in three passes so one
 * slip never makes its neighbour look like another:
 * 1. zeros: a 0 (or a run of 0s) whose nearest non-zero values, on each side it has one, are all
 *    above `zeroAbove` (a special school at 0 throughout has no such neighbours and is not flagged);
 * 2. spikes: among the other values, one more than `swing` from both its neighbours, the same way;
 * 3. an end swing: among what is left, the newest value more than `swing` from the one before
 *    (warned and kept). An oldest value far from the next is not flagged: on the real panel most
 *    are 2016, the first year of the new KS2 tests, and are results, not slips (docs/realdata.md).
 * Neighbours are the values next to it in the line as kept (2018 and 2024 are neighbours when
 * nothing lies between).
 */
export function findSeriesBreaks(points: readonly YearValue[], s: Settings['seriesBreaks']): SeriesBreak[] {
  if (points.length < 2) return [];
  const leaveOut = s.leaveOut === 'yes';
  const found = new Map<number, SeriesBreak>();
  const at = (k: number | undefined) => (k === undefined ? null : (points[k] as YearValue));
  const add = (k: number, kind: SeriesBreak['kind'], before: YearValue | null, after: YearValue | null) => {
    const here = points[k] as YearValue;
    found.set(k, { index: k, year: here.year, value: here.value, kind, before, after, kept: kind === 'end-swing' || !leaveOut });
  };
  const nonZero = points.map((_, k) => k).filter((k) => points[k]?.value !== 0);
  for (let k = 0; k < points.length; k++) {
    if (points[k]?.value !== 0 || nonZero.length === 0) continue;
    const before = at(nonZero.filter((j) => j < k).pop());
    const after = at(nonZero.find((j) => j > k));
    if ([before, after].every((n) => n === null || n.value > s.zeroAbove)) add(k, 'zero', before, after);
  }
  const far = (k: number, n: number) => Math.abs((points[k] as YearValue).value - (points[n] as YearValue).value) > s.swing;
  const rest = points.map((_, k) => k).filter((k) => !found.has(k));
  for (let r = 1; r < rest.length - 1; r++) {
    const [b, k, a] = [rest[r - 1], rest[r], rest[r + 1]] as [number, number, number];
    const here = (points[k] as YearValue).value;
    const sameWay = Math.sign(here - (points[b] as YearValue).value) === Math.sign(here - (points[a] as YearValue).value);
    if (far(k, b) && far(k, a) && sameWay) add(k, 'spike', at(b), at(a));
  }
  const left = rest.filter((k) => !found.has(k));
  if (left.length >= 2) {
    const [last, penultimate] = [left[left.length - 1], left[left.length - 2]] as [number, number];
    if (far(last, penultimate)) add(last, 'end-swing', at(penultimate), null);
  }
  return [...found.values()].sort((x, y) => x.index - y.index);
}

function around(b: SeriesBreak): string {
  const n = (p: YearValue) => `${p.value} in ${p.year}`;
  if (b.before && b.after) return `between ${n(b.before)} and ${n(b.after)}`;
  const one = (b.before ?? b.after) as YearValue;
  return b.before ? `after ${n(one)}` : `before ${n(one)}`;
}

/** What the break is, in a data lead's words: "0 between 78 in 2021 and 80 in 2023". */
export function describeBreak(b: SeriesBreak, swing: number): string {
  if (b.kind === 'zero') return `${b.value} ${around(b)}`;
  return `${b.value} ${around(b)}, a swing of more than ${swing}`;
}

/** The text at the break's own cell. */
export function breakMessage(measure: string, b: SeriesBreak, swing: number): string {
  const head = `This ${measure} value for ${b.year} breaks its series: ${describeBreak(b, swing)}.`;
  if (b.kind === 'end-swing') return `${head} It is kept, as nothing after it shows whether it is a slip or a real change; check the cell.`;
  if (b.kept) return `${head} It is kept in the journey ("Series breaks: leave out" is no); check the cell.`;
  return `${head} It is left out of the journey; correct the cell, or set "Series breaks: leave out" to no to use it as it is.`;
}

/** The sentence a journey's reason carries for the breaks in its measure. */
export function breaksReason(measure: string, breaks: readonly SeriesBreak[], swing: number): string {
  if (breaks.length === 0) return '';
  const parts = breaks.map((b) => `${b.year} (${describeBreak(b, swing)}) ${b.kept ? 'kept' : 'left out'}`);
  return `Series ${breaks.length === 1 ? 'break' : 'breaks'} in ${measure}: ${parts.join('; ')}.`;
}
