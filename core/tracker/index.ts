export * from './types.js';
export { parseTracker } from './parse-tracker.js';
export { readMapping, MAPPING_SHEET, type MappingOverride } from './read-mapping.js';
export { ROLE_FIELDS, ROLE_DEFS, STRAND_FIELDS, type FieldDef, type RoleDef } from './fields.js';
export { measureKey, MeasureNames } from './measure-key.js';
export { parseInspection, type InspectionRead } from './inspection.js';
export { parseStrandScore, parseSafeguarding, parseEducationPhase, parseYesNo } from './cell-words.js';
export { recogniseHeader, type HeaderMatch } from './recognise.js';
export { monotone } from './read-benchmarks.js';
