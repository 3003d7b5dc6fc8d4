// The public face of Pathway's core: hosts import from here.
export * from './grid/types.js';
export * from './grid/address.js';
export * from './grid/neutralise.js';
export * from './sheets/types.js';
export * from './ports/workbook.js';
export * from './tracker/types.js';
export * from './settings/types.js';
export * from './settings/defaults.js';
export * from './categorise/types.js';
export * from './functions/types.js';
export * from './report/summary.js';
export { categoriseSheets, runCategorise, type CategoriseOptions, type CategoriseOutput } from './run/categorise.js';
export { describeSheets, describeWorkbook, type WorkbookOverview } from './run/describe.js';
export { CancelledError, type CancelSignal, type RunOptions } from './run/io.js';
export { ACTION_IDS, ACTIONS, runAction, readsForms, type ActionId, type ActionInput, type ActionOutput } from './run/actions.js';
export { trackerSheets, otherInputRole, type OtherInputRole } from './run/tracker-sheets.js';
// The later capabilities, each under its own name so their vocabularies do not collide.
export * as targets from './targets/index.js';
export * as plans from './plans/index.js';
export * as forms from './forms/index.js';
export * as broker from './broker/index.js';
