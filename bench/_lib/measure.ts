import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Median and fastest wall time, and median CPU time (user + system). On a shared machine the wall
 * time includes waiting for a core; the CPU time is closer to the work itself.
 */
export interface Timing {
  median: number;
  min: number;
  cpu: number;
}

const summarise = (times: number[], cpu: number[]): Timing => ({ median: median(times), min: Math.min(...times), cpu: median(cpu) });

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

/** Wall times in ms of `runs` calls, after `warmup` untimed ones (JIT, caches). */
export function timeSyncStats(fn: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    cpu.push(cpuMs(process.cpuUsage(c0)));
  }
  return summarise(times, cpu);
}

/** Median wall time in ms of `runs` calls, after `warmup` untimed ones. */
export function timeSync(fn: () => unknown, runs: number, warmup = 2): number {
  return timeSyncStats(fn, runs, warmup).median;
}

export async function timeAsyncStats(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    cpu.push(cpuMs(process.cpuUsage(c0)));
  }
  return summarise(times, cpu);
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  return (await timeAsyncStats(fn, runs, warmup)).median;
}

// bash's `time` reports the child's user and system seconds on the last line of stderr.
const TIMED = 'TIMEFORMAT="%U %S"; time "$@" >/dev/null 2>"$PATHWAY_BENCH_ERR"';

/** Wall and CPU times in ms of a child process, start to exit; throws with its stderr if it fails. */
export function timeProcessStats(cmd: string, args: string[], runs: number, cwd: string): Timing {
  const times: number[] = [];
  const cpu: number[] = [];
  const errFile = join(tmpdir(), `pathway-bench-${process.pid}.err`);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync('bash', ['-c', TIMED, 'timed', cmd, ...args], { cwd, encoding: 'utf8', env: { ...process.env, PATHWAY_BENCH_ERR: errFile } });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${readFileSync(errFile, 'utf8')}`);
    const [user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    cpu.push(((user ?? NaN) + (sys ?? NaN)) * 1000);
  }
  rmSync(errFile, { force: true });
  return summarise(times, cpu);
}

/** Median wall time in ms of a child process. */
export function timeProcess(cmd: string, args: string[], runs: number, cwd: string): number {
  return timeProcessStats(cmd, args, runs, cwd).median;
}

/** A plain text table: the figures are printed for people, never asserted. */
export function table(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}

export const ms = (x: number): string => `${x.toFixed(1)} ms`;

export const msStats = (t: Timing): string => `${t.median.toFixed(0)} ms (fastest ${t.min.toFixed(0)}; CPU ${t.cpu.toFixed(0)})`;

/** A ratio of two timings: medians, fastest runs and CPU times. */
export const ratio = (a: Timing, b: Timing): string =>
  `${(a.median / b.median).toFixed(2)}× (fastest ${(a.min / b.min).toFixed(2)}×; CPU ${(a.cpu / b.cpu).toFixed(2)}×)`;

/** A child process's wall and CPU times and its peak resident memory. */
export interface ProcessRun extends Timing {
  /** Median peak resident set size in MB (GNU time's %M). */
  peakMb: number;
}

export const hasGnuTime = (): boolean => spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/** Like `timeProcessStats`, through GNU time so the peak memory of each run is known too. */
export function timeProcessMemory(cmd: string, args: string[], runs: number, cwd: string): ProcessRun {
  const times: number[] = [];
  const cpu: number[] = [];
  const peak: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', 'PATHWAY_TIME %U %S %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    const line = r.stderr.split('\n').find((l) => l.startsWith('PATHWAY_TIME ')) ?? '';
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
    const [, user, sys, kb] = line.split(' ').map(Number);
    cpu.push(((user ?? NaN) + (sys ?? NaN)) * 1000);
    peak.push((kb ?? NaN) / 1024);
  }
  return { ...summarise(times, cpu), peakMb: median(peak) };
}

export const msMem = (t: ProcessRun): string => `${msStats(t)}, peak ${t.peakMb.toFixed(0)} MB`;
