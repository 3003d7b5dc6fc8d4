// Monitoring / evidence forms (FRAMEWORK.md section 9): generate, collate, summarise, feedback, QA days.
export * from './types.js';
export * from './settings.js';
export { FORM_PREFIX, formId, formSheetName, isFormSheet } from './form-id.js';
export { LABELS } from './form-labels.js';
export { formSheet } from './form-sheet.js';
export { findScheduleSheet, readSchedule, type ScheduleRead } from './read-schedule.js';
export { planForms, parseRows, type GenerateOptions, type GeneratePlan } from './generate.js';
export { readForm, type FormRead } from './read-form.js';
export { collateForms, type Collated } from './collate.js';
export { evidenceSheet, evidenceIssuesSheet, EVIDENCE_SHEET, EVIDENCE_ISSUES_SHEET } from './evidence-sheet.js';
export { summariseEvidence, evidenceSummarySheet, EVIDENCE_SUMMARY_SHEET, type SchoolEvidence } from './summarise.js';
export { excellenceRegister, strandOfExcellence, strandNamedBy, type ExcellenceEntry } from './excellence.js';
export { feedbackSheet, FEEDBACK_SHEET } from './feedback-sheet.js';
export { qaDays, qaDaysSheet, readQaAllocations, QA_DAYS_SHEET, type QaAllocation, type QaDaysRow } from './qa-days.js';
export { parseTime } from './parse-time.js';
export { runGenerateForms, runCollateForms, runFeedback, collateSheets, reviewForms, settingsFor, type FormsRunOptions, type CollateOutput } from './run.js';
export { isFormsInputSheet } from './forms-input.js';
export { readFormsSettings, FORM_SETTING_HEADER } from './read-forms-settings.js';
