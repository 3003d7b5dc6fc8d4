import type { EducationPhase } from '../tracker/types.js';
import { DEFAULT_SETTINGS } from './defaults.js';
import { numberRule, oneOfRule, textRule, type ValueRule } from './value-rule.js';

export type SettingType = 'number' | 'integer' | 'share' | 'text' | 'yes/no';

/** One row a trust can put in its Pathway Settings sheet. */
export interface SettingDef {
  /** The friendly name typed in the Setting column. */
  label: string;
  /** Where it lives in Settings, dotted ("trajectory.bSlope"); also accepted in the Setting column. */
  path: string;
  description: string;
  default: number | string;
  type: SettingType;
  /** Validates one value on its own; order between settings is checked in `checkOrder`. */
  schema: ValueRule;
  /** May be left unset (a blank value means "not set" rather than "use the default"). */
  optional?: boolean;
}

function valueAt(path: string): number | string {
  let node: unknown = DEFAULT_SETTINGS;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'number' || typeof node === 'string' ? node : typeof node === 'undefined' && path.startsWith('risk.trajectory') ? 0 : '';
}

const num = (min: number, max: number) => numberRule(min, max);
const int = (min: number, max: number) => numberRule(min, max, true);

function def(path: string, label: string, description: string, type: SettingType, schema: ValueRule, optional = false): SettingDef {
  return { path, label, description, type, schema, default: valueAt(path), ...(optional ? { optional } : {}) };
}

const PHASES: EducationPhase[] = ['primary', 'secondary', 'all-through', 'special', 'alternative', 'nursery', 'post-16'];
const CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;
const JOURNEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const text = textRule;
const yesNo = oneOfRule(['yes', 'no'], 'it must be yes or no');
const slope = num(-4, 4);
const band = num(-1, 4);
const points = int(-10, 10);

const TRAJECTORY: [string, string, string, ValueRule][] = [
  ['aMin', 'strongest performer minimum', 'Journey A needs every point at or above this band position.', band],
  ['aMean', 'strongest performer mean', 'Journey A needs a mean band position at or above this.', band],
  ['hSlope', 'weakest performer slope', 'Journey H needs every point below coasting and a slope below this.', slope],
  ['bSlope', 'rapid improver slope', 'Journey B: slope (band positions per year) at or above this.', slope],
  ['bRecent', 'rapid improver recent rise', 'Journey B also fires when the recent rise is at least this.', num(0, 5)],
  ['cSlope', 'rapid decliner slope', 'Journey C: slope at or below this.', slope],
  ['cRecent', 'rapid decliner recent fall', 'Journey C also fires when the recent change is at or below this.', num(-5, 0)],
  ['gRise', 'improver/decliner rise to peak', 'Journey G: the peak is at least this far above the first point.', num(0, 5)],
  ['gFall', 'improver/decliner fall from peak', 'Journey G: the last point is at least this far below the peak.', num(0, 5)],
  ['steadySlope', 'steady slope', 'A slope smaller than this either way counts as stable (journeys D and E); F starts here.', num(0, 2)],
  ['eMean', 'steady and secure mean', 'Journey E: stable with a mean band position at or above this; below it a stable school is D.', band],
];

/** Every setting a trust can change, in the order the template sheet lists them. */
export const SETTING_DEFS: readonly SettingDef[] = [
  def('headlineMeasure.default', 'Headline measure (default)', 'Measure used for outcomes and trajectories when a phase of education has none of its own.', 'text', text),
  ...PHASES.map((p) => def(`headlineMeasure.${p}`, `Headline measure (${p})`, `Headline measure for ${p} schools; blank uses the default.`, 'text', text, true)),
  def('headlineFallback.default', 'Headline fallback (default)', 'Measure used for the journey when the headline measure was never published for the latest years (Progress 8 for 2025 and 2026, KS2 progress for 2024 and 2025) or has no results.', 'text', text, true),
  ...PHASES.map((p) => def(`headlineFallback.${p}`, `Headline fallback (${p})`, `Fallback measure for ${p} schools; blank uses the default fallback.`, 'text', text, true)),
  def('bandNames.floor', 'Band name: floor line', 'What the trust set its "floor" line as, in output text (e.g. lowest 10 % of schools). DfE floor standards ended after 2018.', 'text', text),
  def('bandNames.coasting', 'Band name: coasting line', 'What the trust set its "coasting" line as, in output text (e.g. lowest 25 % of schools). DfE coasting standards ended after 2018.', 'text', text),
  def('phase.minStrands', 'Minimum strands for a phase', 'With fewer known strands than this a school is "Insufficient evidence".', 'integer', int(1, 8)),
  def('phase.leadershipCap', 'Phase cap above leadership', 'The overall phase is at most the leadership strand plus this.', 'integer', int(0, 3)),
  def('category.bShareAt4', 'Category B: share of strands at 4', 'An Improve school with at least this share of known strands at 4 is category B (0–1 or a %).', 'share', num(0, 1)),
  ...CATEGORIES.map((c) => def(`category.supportOffer.${c}`, `Support offer: category ${c}`, `The support a category ${c} school is offered, shown beside its category.`, 'text', text)),
  def('derive.paFarAbove', 'Attendance: PA far above national (pp)', 'Persistent absence this many points or more above national gives attendance 1.', 'number', num(0, 50)),
  def('derive.paWellBelow', 'Attendance: PA well below national (pp)', 'Persistent absence this many points or more below national gives attendance 4.', 'number', num(0, 50)),
  def('derive.balancedTolerance', 'Finance: balanced tolerance (%)', 'An in-year balance within plus or minus this % of income counts as balanced.', 'number', num(0, 20)),
  def('derive.reservesTargetMin', 'Finance: reserves target minimum (%)', "Lower end of the trust's reserves target band, % of income.", 'number', num(-100, 100)),
  def('derive.reservesTargetMax', 'Finance: reserves target maximum (%)', "Upper end of the trust's reserves target band, % of income.", 'number', num(-100, 100)),
  def('derive.turnoverBands.0', 'Staffing: turnover for strand 1 (%)', 'Teacher turnover at or above this gives staffing 1.', 'number', num(0, 100)),
  def('derive.turnoverBands.1', 'Staffing: turnover for strand 2 (%)', 'Teacher turnover at or above this (and below the strand 1 figure) gives staffing 2.', 'number', num(0, 100)),
  def('derive.turnoverBands.2', 'Staffing: turnover for strand 3 (%)', 'Teacher turnover at or above this gives staffing 3; below it, 4.', 'number', num(0, 100)),
  def('derive.outcomesSustainYears', 'Outcomes: years at national for Sustain', 'Outcomes is 4 only when the headline measure is at national or above in each of this many latest years.', 'integer', int(1, 10)),
  def('trajectory.points', 'Trajectory: points used', 'The trajectory uses the last this-many available years.', 'integer', int(2, 20)),
  def('trajectory.minPoints', 'Trajectory: minimum points', 'With fewer available years than this the trajectory is "Too little data".', 'integer', int(2, 20)),
  def('trajectory.recentYears', 'Trajectory: recent look-back (years)', '"Recent" change compares the last point with the earliest point at most this many years before it.', 'integer', int(1, 10)),
  ...TRAJECTORY.map(([key, label, description, schema]) => def(`trajectory.${key}`, `Trajectory: ${label}`, description, 'number', schema)),
  ...CATEGORIES.map((c) => def(`risk.category.${c}`, `Risk points: category ${c}`, `Risk points for a school in category ${c}.`, 'integer', points)),
  ...JOURNEYS.map((j) => def(`risk.trajectory.${j}`, `Risk points: trajectory ${j}`, `Risk points added for trajectory ${j} (may be negative).`, 'integer', points)),
  def('risk.wellBelowHigh.share', 'Risk: share of targets well below (many)', 'When at least this share of targets is well below at the latest milestone, the larger risk points apply.', 'share', num(0, 1)),
  def('risk.wellBelowHigh.points', 'Risk points: many targets well below', 'Risk points when the larger share of targets is well below.', 'integer', points),
  def('risk.wellBelowSome.share', 'Risk: share of targets well below (some)', 'When at least this share of targets is well below, the smaller risk points apply.', 'share', num(0, 1)),
  def('risk.wellBelowSome.points', 'Risk points: some targets well below', 'Risk points when the smaller share of targets is well below.', 'integer', points),
  def('risk.worseThanInspection', 'Risk points: worse than last inspection', 'Risk points when the evidence category is worse than the last inspection.', 'integer', points),
  def('risk.inspectionAgeYears', 'Risk: inspection counts as old after (years)', 'A last inspection at least this many years before the run date counts as old.', 'number', num(0, 20)),
  def('risk.inspectionOld', 'Risk points: old inspection', 'Risk points when the last inspection is old.', 'integer', points),
  def('risk.categoryOfConcern', 'Risk points: category of concern', 'Risk points when the last inspection put the school in a category of concern (Inadequate; report card urgent improvement in leadership and governance, or safeguarding not met).', 'integer', points),
  def('risk.stuck', 'Risk points: stuck school', 'Risk points when the school was below good at its last inspection and the one before (the DfE\'s "stuck" schools).', 'integer', points),
  def('risk.bands.0', 'Risk band: Low up to', 'Risk scores up to and including this are Low.', 'integer', int(-20, 40)),
  def('risk.bands.1', 'Risk band: Medium up to', 'Risk scores above Low and up to this are Medium.', 'integer', int(-20, 40)),
  def('risk.bands.2', 'Risk band: High up to', 'Risk scores above Medium and up to this are High; above it, Critical.', 'integer', int(-20, 40)),
  def('optionalStrands.inclusion', 'Strand: inclusion', 'yes adds an inclusion strand (a column headed Inclusion on the schools sheet) to the eight: it counts in the phase and category and is set against the report card\'s inclusion area.', 'yes/no', yesNo),
  def('optionalStrands.personalDevelopment', 'Strand: personal development', 'yes adds a personal development strand (a column headed Personal development) to the eight: it counts in the phase and category and is set against the report card\'s personal development and wellbeing area.', 'yes/no', yesNo),
  def('seriesBreaks.swing', 'Series break: swing', 'A value more than this (in the measure\'s own units, so points for a %) from both its neighbours, the same way, breaks the series; at either end, from its one neighbour (warned, kept).', 'number', num(0, 1000)),
  def('seriesBreaks.zeroAbove', 'Series break: zero among values above', 'A 0 whose neighbours are all above this breaks the series (a missing figure typed as 0).', 'number', num(0, 1000)),
  def('seriesBreaks.leaveOut', 'Series breaks: leave out', 'yes leaves a series-breaking value out of the journey (it is always a warning at its cell); no keeps it.', 'yes/no', yesNo),
  def('capacity.giverDaysPerTerm', 'Giver days per term', 'Days per term a capacity giver can lend to other schools.', 'number', num(0, 60)),
  ...(['E', 'D', 'C'] as const).map((c) => def(`capacity.takerDaysPerTerm.${c}`, `Taker days per term: category ${c}`, `Days of support per term a category ${c} school needs.`, 'number', num(0, 60))),
  def('capacity.takersGive', 'Givers: a taker may give', 'yes lets a school that takes support (a strand at 1 or 2, or journey C, D or H) lend days on its strands at 4; no keeps its days for its own improvement.', 'yes/no', yesNo),
  def('capacity.categoryDEGive', 'Givers: category D or E may give', 'yes lets a school in category D or E (agreed where set) lend days; no keeps them at home.', 'yes/no', yesNo),
  def('capacity.highRiskGive', 'Givers: High or Critical risk may give', 'yes lets a school at High or Critical risk lend days; no keeps them at home.', 'yes/no', yesNo),
];
