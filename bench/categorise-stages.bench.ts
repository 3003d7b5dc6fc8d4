// Where categorise's time goes (goal P6): each stage of categoriseSheets on the 150-school ×
// 40-measure × 10-year tracker, so a regression shows which stage it is in. Figures only.
import { categoriseTracker } from '../core/categorise/index.js';
import { categoriseSheets } from '../core/run/categorise.js';
import { trackerSheets } from '../core/run/tracker-sheets.js';
import { readSettings } from '../core/settings/index.js';
import { wellBelowShareOf } from '../core/targets/well-below-share.js';
import { parseTracker } from '../core/tracker/index.js';
import { benchTrackerGrids, DEFAULT_SHAPE } from './generate.js';
import { msStats, table, timeSyncStats } from './_lib/measure.js';

const AS_OF = '2026-03-31';
const RUNS = 9;
const grids = benchTrackerGrids(DEFAULT_SHAPE);
const { settings } = readSettings(grids);
const parsed = parseTracker(grids, []);

console.log(`categorise stages: ${DEFAULT_SHAPE.schools} schools × ${DEFAULT_SHAPE.measures} measures × ${DEFAULT_SHAPE.years} years, ${RUNS} runs each`);
console.log(
  table([
    ['set aside targets, plans and forms sheets', msStats(timeSyncStats(() => trackerSheets(grids), RUNS))],
    ['well-below share from target sheets', msStats(timeSyncStats(() => wellBelowShareOf(grids, AS_OF), RUNS))],
    ['read settings', msStats(timeSyncStats(() => readSettings(grids), RUNS))],
    ['parse the tracker', msStats(timeSyncStats(() => parseTracker(grids, []), RUNS))],
    ['judge every school', msStats(timeSyncStats(() => categoriseTracker(parsed.tracker, settings, { asOf: AS_OF }), RUNS))],
    ['categoriseSheets, all of it', msStats(timeSyncStats(() => categoriseSheets(grids, { asOf: AS_OF }), RUNS))],
  ]),
);
