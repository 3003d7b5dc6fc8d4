// Capacity givers and takers, and brokering support between them (FRAMEWORK.md section 6).
export { capacityRoles, schoolKey, JOURNEY_STRAND, type Giver, type Taker, type Severity, type HeldBack } from './roles.js';
export { outcomesCompatible, canServe } from './compatible.js';
export { chooseLeads, type Lead } from './lead-school.js';
export { namedSchoolsMatcher } from './named-schools.js';
export { assignSupport, planValue, comparePlanValues, type Assignment, type UnmetNeed, type PlanValue } from './assign.js';
export { brokerSupport, supportPlanSheet, SUPPORT_PLAN_SHEET, type BrokerResult } from './support-plan.js';
export { brokerSheets, runBroker, type BrokerOptions, type BrokerOutput } from './run.js';
