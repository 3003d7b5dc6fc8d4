export * from './types.js';
export { checkPlans } from './check-plans.js';
export { collateThemes, UNMATCHED } from './collate-themes.js';
export { themeWords } from './theme-words.js';
export { readPlanSheet } from './read-plan.js';
export { readThemeSheet } from './read-themes.js';
export { readDeliverySheet, parseRag } from './read-delivery.js';
export { plansSheets, runPlans, type PlansOptions, type PlansOutput } from './run-plans.js';
export { plansResultView, type PlansResultView } from './view.js';
