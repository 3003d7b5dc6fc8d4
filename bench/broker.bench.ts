// Goal P6 (../shared/GOALS.md) for brokering support at trust scale: the 150-school tracker
// (40 measures × 10 years) categorised, 2,000 completed visit forms read for areas of excellence,
// givers matched to takers, the support plan built; again at 300 schools and 4,000 forms (the
// doubling check). Categorising and the matching are timed alone too, so the broker's own share shows.
// Figures printed, never asserted.
import { cpus, loadavg } from 'node:os';
import { brokerSheets } from '../core/broker/run.js';
import { brokerSupport } from '../core/broker/support-plan.js';
import { collateForms } from '../core/forms/collate.js';
import { excellenceRegister } from '../core/forms/excellence.js';
import { formsSettings } from '../core/forms/settings.js';
import { categoriseSheets } from '../core/run/categorise.js';
import { readSettings } from '../core/settings/read-settings.js';
import { benchTrackerGrids, DEFAULT_SHAPE } from './generate.js';
import { completedForms, scheduleGrid } from './_lib/forms-input.js';
import { msStats, ratio, table, timeSyncStats } from './_lib/measure.js';

const AS_OF = '2026-07-20';
const RUNS = 5;

function inputs(schools: number, visits: number) {
  const schedule = scheduleGrid(visits, schools);
  return { tracker: [...benchTrackerGrids({ ...DEFAULT_SHAPE, schools }), schedule], forms: completedForms(schedule) };
}

/** The matching alone: givers and takers from categorised schools and the forms' areas of excellence. */
function matching(input: ReturnType<typeof inputs>) {
  const schools = categoriseSheets(input.tracker.slice(0, -1), { asOf: AS_OF }).schools;
  const excellence = excellenceRegister(collateForms(input.forms, formsSettings(), AS_OF).records.filter((r) => r.completed));
  const { settings } = readSettings(input.tracker);
  return () => brokerSupport(schools, excellence, settings);
}
// Each size is generated, timed and let go before the next (decision 0403).
const timed = (schools: number, visits: number) => {
  const input = inputs(schools, visits);
  return {
    first: brokerSheets(input.tracker, input.forms, { asOf: AS_OF }),
    broker: timeSyncStats(() => brokerSheets(input.tracker, input.forms, { asOf: AS_OF }), RUNS),
    cat: timeSyncStats(() => categoriseSheets(input.tracker.slice(0, -1), { asOf: AS_OF }), RUNS),
    match: timeSyncStats(matching(input), RUNS),
  };
};
const { first, broker, cat, match } = timed(150, 2_000);
const { broker: broker2, match: match2 } = timed(300, 4_000);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`broker: 150 schools, 2,000 forms → ${first.givers.length} givers, ${first.takers.length} takers, ${first.assignments.length} assignments, ${first.unmet.length} unmet needs`);
console.log(
  table([
    [`(a) broker end to end (categorise + forms + match + sheet), median of ${RUNS}`, msStats(broker)],
    ['    same with 300 schools and 4,000 forms', msStats(broker2)],
    ['    doubling ratio (P6 ≤ 2.5×)', ratio(broker2, broker)],
    ['    of which categorise alone, 150 schools', msStats(cat)],
    ['(b) matching alone (roles + min-cost flow + plan), 150 schools', msStats(match)],
    ['    same with 300 schools', msStats(match2)],
    ['    doubling ratio', ratio(match2, match)],
  ]),
);
