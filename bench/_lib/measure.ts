import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median and fastest of a set of timings: on a shared machine the fastest shows the work itself. */
export interface Timing {
  median: number;
  min: number;
}

const summarise = (times: number[]): Timing => ({ median: median(times), min: Math.min(...times) });

/** Wall times in ms of `runs` calls, after `warmup` untimed ones (JIT, caches). */
export function timeSyncStats(fn: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summarise(times);
}

/** Median wall time in ms of `runs` calls, after `warmup` untimed ones. */
export function timeSync(fn: () => unknown, runs: number, warmup = 2): number {
  return timeSyncStats(fn, runs, warmup).median;
}

export async function timeAsyncStats(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarise(times);
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  return (await timeAsyncStats(fn, runs, warmup)).median;
}

/** Wall times in ms of a child process, start to exit; throws with its stderr if it fails. */
export function timeProcessStats(cmd: string, args: string[], runs: number, cwd: string): Timing {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return summarise(times);
}

export function timeProcess(cmd: string, args: string[], runs: number, cwd: string): number {
  return timeProcessStats(cmd, args, runs, cwd).median;
}

/** A plain text table: the figures are printed for people, never asserted. */
export function table(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}

export const ms = (x: number): string => `${x.toFixed(1)} ms`;

export const msStats = (t: Timing): string => `${t.median.toFixed(1)} ms (fastest ${t.min.toFixed(1)})`;

/** A ratio of two timings, by median and by fastest. */
export const ratio = (a: Timing, b: Timing): string => `${(a.median / b.median).toFixed(2)}× (fastest ${(a.min / b.min).toFixed(2)}×)`;
