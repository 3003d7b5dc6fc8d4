import type { Category, Journey, Settings } from '../settings/types.js';
import type { RiskLevel } from './types.js';
import { fmt } from './_lib/words.js';

export interface RiskInput {
  /** The category that counts (effectiveCategory): the agreed one when the review set one. */
  category: Category | null;
  /** The category was agreed at the annual review rather than computed; only changes the words. */
  categoryAgreed?: boolean;
  trajectory: Journey | null;
  /** Share (0–1) of the school's targets "well below" at the latest milestone; absent = no targets yet. */
  wellBelowShare?: number;
  /** Today's evidence is worse than the last inspection said (see inspectionMismatch). */
  evidenceWorse: boolean;
  /** ISO date of the last inspection, when known. */
  inspectionDate: string | null;
  /** ISO date the rating is as of. */
  asOf: string;
  /** In a category of concern at the last inspection; below good at the last two (see intervention.ts). */
  concern?: boolean;
  stuck?: boolean;
}

export interface RiskRating {
  risk: RiskLevel | null;
  score: number | null;
  /** Each point that made the score, in plain words, or why there is no rating. */
  points: string[];
}

/**
 * The half-termly risk rating (FRAMEWORK.md section 5): points for category, trajectory, targets
 * well below, evidence worse than the last inspection and an old inspection, then banded.
 */
export function rateRisk(input: RiskInput, settings: Settings): RiskRating {
  const r = settings.risk;
  if (!input.category) {
    return { risk: null, score: null, points: ['No risk rating: there is no category yet, because the evidence is insufficient.'] };
  }
  const items: [string, number][] = [[`${input.categoryAgreed ? 'agreed ' : ''}category ${input.category}`, r.category[input.category]]];
  if (input.trajectory) {
    const t = r.trajectory[input.trajectory] ?? 0;
    if (t !== 0) items.push([`trajectory ${input.trajectory}`, t]);
  } else {
    items.push(['no trajectory (too little data)', 0]);
  }
  const share = input.wellBelowShare;
  if (share !== undefined && Number.isFinite(share)) {
    const band = share >= r.wellBelowHigh.share ? r.wellBelowHigh : share >= r.wellBelowSome.share ? r.wellBelowSome : null;
    if (band) items.push([`${fmt(share * 100)} % of targets well below at the latest milestone`, band.points]);
  }
  if (input.evidenceWorse) items.push(['evidence worse than the last inspection', r.worseThanInspection]);
  if (input.inspectionDate && yearsBetween(input.inspectionDate, input.asOf) >= r.inspectionAgeYears) {
    items.push([`last inspection ${input.inspectionDate}, ${r.inspectionAgeYears} or more years ago`, r.inspectionOld]);
  }
  if (input.concern) items.push(['in a category of concern at the last inspection', r.categoryOfConcern]);
  if (input.stuck) items.push(['stuck: below good at the last two inspections', r.stuck]);
  const score = items.reduce((sum, [, n]) => sum + n, 0);
  const risk = level(score, r.bands);
  const points = items.map(([what, n]) => `${capital(what)}: ${signed(n)}.`);
  return { risk, score, points: [`Risk ${risk}: score ${score}.`, ...points] };
}

function level(score: number, [low, medium, high]: [number, number, number]): RiskLevel {
  if (score <= low) return 'Low';
  if (score <= medium) return 'Medium';
  if (score <= high) return 'High';
  return 'Critical';
}

/** Whole years from one ISO date to another (birthday rule); −1 when either is not YYYY-MM-DD. */
export function yearsBetween(from: string, to: string): number {
  const a = /^(\d{4})-(\d{2})-(\d{2})/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(to);
  if (!a || !b) return -1;
  const years = Number(b[1]) - Number(a[1]);
  return `${b[2]}-${b[3]}` >= `${a[2]}-${a[3]}` ? years : years - 1;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
