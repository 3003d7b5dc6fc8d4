import { ceilTo, fixed, floorTo, roundTo, short } from './_lib/numbers.js';
import { interpolatePercentile } from './interpolate-percentile.js';
import { DEFAULT_TARGET_SETTINGS } from './settings.js';
import type { Benchmarks, Outcome, Target, TargetMeasure, TargetMethod, TargetSettings } from './types.js';

type Raw = Outcome<{ value: number; how: string }>;
type MethodSettings = Pick<TargetSettings, 'percentile' | 'margin' | 'stretchK'>;

function percentileRaw(b: Benchmarks, p: number): Raw {
  const read = interpolatePercentile(b.percentiles, p);
  if (!read) return { ok: false, reason: 'the percentile method needs percentile points (e.g. P50, P75, P90) for this measure' };
  return { ok: true, value: { value: read.value, how: `P${short(p)} of similar schools, ${read.how}` } };
}

function nationalPlusRaw(b: Benchmarks, m: TargetMeasure, margin: number): Raw {
  if (b.national === null) return { ok: false, reason: 'the national-plus method needs a national figure for this measure' };
  const value = m.lowerIsBetter ? b.national - margin : b.national + margin;
  const sign = m.lowerIsBetter ? '−' : '+';
  return { ok: true, value: { value, how: `national ${short(b.national)} ${sign} margin ${short(margin)}` } };
}

function topQuartileRaw(b: Benchmarks): Raw {
  if (b.topQuartile !== null) return { ok: true, value: { value: b.topQuartile, how: `top-quartile threshold ${short(b.topQuartile)}` } };
  const read = interpolatePercentile(b.percentiles, 75);
  if (!read) return { ok: false, reason: 'the top-quartile method needs a top-quartile figure or percentile points for this measure' };
  return { ok: true, value: { value: read.value, how: `top-quartile threshold, P75 ${read.how}` } };
}

function stretchRaw(b: Benchmarks, baseline: number | null, s: MethodSettings): Raw {
  if (baseline === null) return { ok: false, reason: 'the stretch method needs a baseline' };
  const read = interpolatePercentile(b.percentiles, s.percentile);
  const bench = read ? { value: read.value, how: `P${short(s.percentile)} ${read.how}` } : b.national !== null ? { value: b.national, how: `national ${short(b.national)}` } : null;
  if (!bench) return { ok: false, reason: 'the stretch method needs percentile points or a national figure to stretch towards' };
  const value = baseline + s.stretchK * (bench.value - baseline);
  return { ok: true, value: { value, how: `baseline ${short(baseline)} + ${short(s.stretchK)} × (benchmark ${bench.how} − baseline)` } };
}

function rawTarget(method: TargetMethod, baseline: number | null, b: Benchmarks, m: TargetMeasure, s: MethodSettings): Raw {
  switch (method) {
    case 'percentile':
      return percentileRaw(b, s.percentile);
    case 'national-plus':
      return nationalPlusRaw(b, m, s.margin);
    case 'top-quartile':
      return topQuartileRaw(b);
    case 'stretch':
      return stretchRaw(b, baseline, s);
  }
}

/** Apply the three guarantees in order: no worse than baseline, measure precision, measure range. */
function finish(raw: number, baseline: number | null, m: TargetMeasure): { value: number; notes: string[] } {
  const notes: string[] = [];
  let value = roundTo(raw, m.decimals);
  const worse = baseline !== null && (m.lowerIsBetter ? value > baseline : value < baseline);
  if (baseline !== null && worse) {
    // Round the baseline towards better so rounding can never ask for less than the school already does.
    value = m.lowerIsBetter ? floorTo(baseline, m.decimals) : ceilTo(baseline, m.decimals);
    notes.push(`raised to the baseline ${short(baseline)}, as a target never asks for worse`);
  }
  if (m.min !== null && value < m.min) {
    value = m.min;
    notes.push(`kept at the measure's minimum ${short(m.min)}`);
  }
  if (m.max !== null && value > m.max) {
    value = m.max;
    notes.push(`kept at the measure's maximum ${short(m.max)}`);
  }
  return { value, notes };
}

/**
 * A target for one school (or unit) and measure. Never worse than the baseline (direction-aware),
 * rounded to the measure's decimals, inside its range; `basis` names the method and numbers.
 *
 * @example setTarget('percentile', 62, { percentiles: [{p: 75, value: 68}, {p: 90, value: 74}], national: 61, topQuartile: null }, ks2)
 * // { ok: true, value: { value: 70, method: 'percentile', basis: 'Percentile: P80 of similar schools, between P75 (68) and P90 (74) = 70.0' } }
 */
export function setTarget(
  method: TargetMethod,
  baseline: number | null,
  benchmarks: Benchmarks,
  measure: TargetMeasure,
  settings: Partial<MethodSettings> = {},
): Outcome<Target> {
  const s: MethodSettings = { ...DEFAULT_TARGET_SETTINGS, ...settings };
  const raw = rawTarget(method, baseline, benchmarks, measure, s);
  if (!raw.ok) return raw;
  const done = finish(raw.value.value, baseline, measure);
  const head = `${METHOD_NAMES[method]}: ${raw.value.how} = ${fixed(roundTo(raw.value.value, measure.decimals), measure.decimals)}`;
  const basis = [head, ...done.notes].join('; ');
  return { ok: true, value: { value: done.value, method, basis } };
}

export const METHOD_NAMES: Record<TargetMethod, string> = {
  percentile: 'Percentile',
  'national-plus': 'National plus',
  'top-quartile': 'Top-quartile progress',
  stretch: 'Stretch',
};

/**
 * A target the head and trust agreed by hand, held to the same guarantees (never worse than the
 * baseline, measure precision, range); the basis keeps what the trust's method would have given.
 */
export function agreedTarget(agreed: number, baseline: number | null, measure: TargetMeasure, computed: Outcome<Target>): Target {
  const done = finish(agreed, baseline, measure);
  const method = computed.ok ? computed.value.method : 'percentile';
  const beside = computed.ok ? `the ${METHOD_NAMES[method].toLowerCase()} method gives ${fixed(computed.value.value, measure.decimals)}` : `no method could set one (${computed.reason})`;
  return { value: done.value, method, agreed: true, basis: [`Agreed target ${fixed(roundTo(agreed, measure.decimals), measure.decimals)}; ${beside}`, ...done.notes].join('; ') };
}
