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
export { describeWorkbook, type WorkbookOverview } from './run/describe.js';
export { CancelledError, type RunOptions } from './run/io.js';
