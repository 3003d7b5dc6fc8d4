import type { Category, Settings } from '../settings/types.js';
import { STRANDS, type CategoryOverride, type SchoolRecord, type Tracker } from '../tracker/types.js';
import type { BandSeries } from './band-series.js';
import { capacityVerdict } from './capacity-role.js';
import { categoryFor } from './category-for.js';
import { chooseHeadline } from './choose-headline.js';
import { classifyTrajectory } from './classify-trajectory.js';
import { effectiveCategory } from './effective-category.js';
import { deriveStrands } from './derive-strands.js';
import { inspectionMismatch } from './inspection-mismatch.js';
import { interventionStatus } from './intervention.js';
import { inspectionWords } from './_lib/inspection-words.js';
import { isScore, judgePhase, type StrandScores } from './judge-phase.js';
import { rateRisk } from './rate-risk.js';
import { staleness, staleReason } from './stale-results.js';
import { breaksReason } from './series-breaks.js';
import { strandsInUse } from './strands-in-use.js';
import type { SchoolResult } from './types.js';
import { fmt } from './_lib/words.js';

export interface SchoolContext {
  settings: Settings;
  bands: BandSeries;
  nationalPA: Tracker['nationalPA'];
  asOf: string;
  wellBelowShare?: number;
}

/** Every judgement for one school, with its reasons in the order phase, category, trajectory, risk. */
export function categoriseSchool(school: SchoolRecord, ctx: SchoolContext): SchoolResult {
  const j = judge(school, ctx);
  return {
    school: school.school,
    urn: school.urn,
    educationPhase: school.educationPhase,
    phase: j.phase.phase,
    category: j.category,
    agreed: school.override,
    trajectory: j.trajectory.journey,
    trajectoryFeatures: j.trajectory.features,
    capacity: j.capacity.role,
    strands: j.derived.strands,
    strandSources: j.derived.sources,
    inspectionMismatch: j.mismatch.mismatch,
    inspectionCompared: j.mismatch.compared,
    categoryOfConcern: j.intervention.concern,
    stuck: j.intervention.stuck,
    lastInspection: school.inspection ? inspectionWords(school.inspection) : null,
    lastInspectionDate: school.inspection?.date ?? null,
    risk: j.risk.risk,
    riskScore: j.risk.score,
    reasons: reasonsFor(school, j, ctx),
    headlineMeasure: j.measure,
    pupils: school.data.pupils ?? null,
  };
}

type Judged = ReturnType<typeof judge>;

function judge(school: SchoolRecord, ctx: SchoolContext) {
  const { settings } = ctx;
  const headline = chooseHeadline(school, ctx.bands, settings, ctx.asOf);
  const { measure, series } = headline;
  const derived = deriveStrands(school, { settings, headline: series.length ? { measure, series } : null, nationalPA: ctx.nationalPA });
  const phase = judgePhase(derived.strands, school.safeguarding, settings, derived.sources);
  const category = categoryFor(phase.phase, derived.strands, settings);
  const trajectory = classifyTrajectory(series, settings);
  const mismatch = inspectionMismatch(category, derived.strands, school.safeguarding, school.inspection);
  // Risk follows the category that counts: the one agreed at review when there is one (decision 0806).
  const intervention = interventionStatus(school.inspection, school.previousInspection ?? null);
  const risk = rateRisk(
    {
      category: effectiveCategory({ category, agreed: school.override }),
      categoryAgreed: school.override !== null,
      trajectory: trajectory.journey,
      ...(ctx.wellBelowShare !== undefined ? { wellBelowShare: ctx.wellBelowShare } : {}),
      evidenceWorse: mismatch.evidenceWorse,
      inspectionDate: school.inspection?.date ?? null,
      asOf: ctx.asOf,
      concern: intervention.concern,
      stuck: intervention.stuck,
    },
    settings,
  );
  return { measure, series, headline, derived, phase, category, trajectory, capacity: capacityVerdict(derived.strands, trajectory.journey), mismatch, intervention, risk };
}

function trajectoryReason(school: SchoolRecord, j: Judged, ctx: SchoolContext): string {
  if (!j.series.length) return `No trajectory: no ${j.measure} results with a benchmark for this school.${otherMeasuresHint(school, j.measure, ctx)}`;
  const asOf = ctx.asOf;
  const stale = staleness(j.series, asOf, j.measure);
  const switched = j.headline.switched ? `${j.headline.switched.reason} ` : '';
  const breaks = breaksReason(j.measure, ctx.bands.find(school.key, null, j.measure)?.breaks ?? [], ctx.settings.seriesBreaks.swing);
  return `${switched}${j.measure}: ${j.trajectory.reason}${stale ? ` ${staleReason(stale)}` : ''}${breaks ? ` ${breaks}` : ''}`;
}

/**
 * When the headline measure has no banded results but others do (a panel whose headers name the
 * measure differently), say which, and the setting that would use one: the way out of "no trajectory".
 */
function otherMeasuresHint(school: SchoolRecord, headline: string, ctx: SchoolContext): string {
  const others = ctx.bands.linesOf(school.key).filter((l) => l.unit === null && l.series.length > 0 && l.measure !== headline).map((l) => l.measure);
  if (others.length === 0) return '';
  const setting = school.educationPhase ? `Headline measure (${school.educationPhase})` : 'Headline measure (default)';
  return ` It has banded results for ${others.join(', ')}; to judge its journey on one of them, set "${setting}" to it in Pathway Settings.`;
}

function reasonsFor(school: SchoolRecord, j: Judged, ctx: SchoolContext): string[] {
  const { settings } = ctx;
  const trajectory = trajectoryReason(school, j, ctx);
  return [
    ...j.phase.reasons,
    ...j.derived.reasons,
    categoryReason(j.category, j.derived.strands, settings),
    ...(school.override ? [agreedReason(school.override, j.category)] : []),
    trajectory,
    ...(j.capacity.reason ? [j.capacity.reason] : []),
    ...(j.mismatch.reason ? [j.mismatch.reason] : []),
    ...j.intervention.reasons,
    ...j.risk.points,
  ];
}

function categoryReason(category: Category | null, strands: StrandScores, settings: Settings): string {
  if (!category) return 'No category: the evidence is insufficient.';
  if (category === 'B' || category === 'C') {
    const known = strandsInUse(settings).filter((k) => isScore(strands[k]));
    const at4 = known.filter((k) => strands[k] === 4).length;
    const need = `${category === 'B' ? 'at least' : 'B needs'} ${fmt(settings.category.bShareAt4 * 100)} %`;
    return `Category ${category}: Improve, with ${at4} of ${known.length} known strands at 4 (${need}).`;
  }
  const phase = { A: 'Sustain', D: 'Repair', E: 'Stabilise' }[category];
  return `Category ${category}: ${phase}.`;
}

function agreedReason(o: CategoryOverride, computed: Category | null): string {
  const who = o.agreedBy ? ` by ${o.agreedBy}` : '';
  const when = o.agreedOn ? ` on ${o.agreedOn}` : '';
  const why = o.why ? ` (${o.why})` : '';
  const kept = computed ? `the computed category ${computed} is shown alongside` : 'the computed result (no category) is shown alongside';
  return `Category ${o.category} agreed at review${who}${when}${why}: risk, the summary, the support offer and brokering use it; ${kept}.`;
}
