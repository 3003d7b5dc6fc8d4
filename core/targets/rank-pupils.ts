import { roundTo } from './_lib/numbers.js';

export interface Ranked<T> {
  item: T;
  /** Standard competition ranking ("1224"): 1 + the number of pupils strictly better. */
  rank: number;
  /**
   * Percentile rank in %: the share of the cohort a pupil beats, ties counting half
   * ((worse + ½ × equal) / n × 100), to 1 dp. The best of many approaches 100.
   */
  percentileRank: number;
}

/**
 * Rank pupils on a measure across classes and schools, best first. Pupils with equal values
 * share a rank and the next rank skips ("1224"); the output keeps each pupil exactly once.
 * O(n log n): one sort, one pass.
 *
 * @example rankPupils([{v: 9}, {v: 7}, {v: 9}], (p) => p.v).map((r) => r.rank) // [1, 3, 1]
 */
export function rankPupils<T>(items: readonly T[], valueOf: (item: T) => number, lowerIsBetter = false): Ranked<T>[] {
  const n = items.length;
  const values = Float64Array.from(items, valueOf);
  const order = Array.from({ length: n }, (_, i) => i);
  const sign = lowerIsBetter ? 1 : -1;
  order.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)));
  const ranks = new Array<number>(n);
  const equals = new Array<number>(n);
  let start = 0;
  while (start < n) {
    const v = values[order[start] as number];
    let end = start;
    while (end + 1 < n && values[order[end + 1] as number] === v) end++;
    for (let k = start; k <= end; k++) {
      ranks[order[k] as number] = start + 1;
      equals[order[k] as number] = end - start + 1;
    }
    start = end + 1;
  }
  return items.map((item, i) => {
    const rank = ranks[i] as number;
    const equal = equals[i] as number;
    const worse = n - (rank - 1) - equal;
    return { item, rank, percentileRank: roundTo(((worse + equal / 2) / n) * 100, 1) };
  });
}
