import { brokerSupport, type BrokerResult } from '../broker/support-plan.js';
import type { SchoolResult } from '../categorise/types.js';
import { collateForms } from '../forms/collate.js';
import { excellenceRegister } from '../forms/excellence.js';
import { isFormsInputSheet } from '../forms/forms-input.js';
import { readFormsSettings } from '../forms/read-forms-settings.js';
import type { FormRecord } from '../forms/types.js';
import type { Grid, Issue, SheetGrid } from '../grid/types.js';
import { plansSheets } from '../plans/run-plans.js';
import type { DeliveryRow } from '../plans/types.js';
import { categoriseSheets } from '../run/categorise.js';
import { trackerSheets } from '../run/tracker-sheets.js';
import { readSettings } from '../settings/read-settings.js';
import type { ProgressRow } from '../targets/assess-progress.js';
import { targetsSheets } from '../targets/run-targets.js';
import type { TargetRow } from '../targets/school-targets.js';
import type { TrustProgressRow } from '../targets/trust-progress.js';
import { parseTracker, readMapping } from '../tracker/index.js';
import type { Benchmark, SchoolRecord } from '../tracker/types.js';
import { previousSnapshot, readHistory, recordSnapshot, snapshotOf, changesSince, type Change, type Snapshot } from './history.js';
import { indexResults } from './results-trend.js';

/** Everything the board pack reports, worked out once from the workbook's own sheets. */
export interface PackData {
  asOf: string;
  schools: SchoolResult[];
  records: Map<string, SchoolRecord>;
  results: Map<string, { year: number; value: number }[]>;
  benchmarks: Benchmark[];
  targets: TargetRow[];
  progress: ProgressRow[];
  trust: TrustProgressRow[];
  delivery: DeliveryRow[];
  forms: FormRecord[];
  broker: BrokerResult;
  /** Every snapshot, today's included. */
  history: Snapshot[];
  previousDate: string | null;
  changes: Change[];
  issues: Issue[];
}

/**
 * Run every capability the pack draws on, over grids already read: categorise, targets, plans,
 * collated forms and the broker; then today's snapshot added to the history read back.
 */
export function gatherPack(userSheets: SheetGrid[], forms: SheetGrid[], historyGrid: Grid | null, asOf: string): PackData {
  const tracker = userSheets.filter((s) => !isFormsInputSheet(s));
  const categorised = categoriseSheets(tracker, { asOf });
  const parsed = parseTracker(trackerSheets(tracker), readMapping(tracker).mapping).tracker;
  const targets = targetsSheets(userSheets, { asOf });
  const plans = plansSheets(userSheets, { asOf });
  const records = collateForms(forms, readFormsSettings(userSheets).settings, asOf).records.filter((r) => r.completed);
  const broker = brokerSupport(categorised.schools, excellenceRegister(records), readSettings(userSheets).settings);
  const today = snapshotOf(categorised.schools, asOf);
  const history = recordSnapshot(readHistory(historyGrid), today);
  const previous = previousSnapshot(history, asOf);
  return {
    asOf,
    schools: categorised.schools,
    records: new Map(parsed.schools.map((r) => [r.key, r])),
    results: indexResults(parsed.performance.points()),
    benchmarks: parsed.benchmarks,
    targets: targets.targets,
    progress: targets.progress,
    trust: targets.trust,
    delivery: plans.delivery,
    forms: records,
    broker,
    history,
    previousDate: previous.date,
    changes: changesSince(previous.byKey, today),
    issues: categorised.issues,
  };
}
