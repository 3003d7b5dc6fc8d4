import type { SheetRole } from './types.js';

/** One column Pathway looks for, with the header texts trusts use for it (matched after normaliseHeader). */
export interface FieldDef {
  field: string;
  headers: readonly string[];
}

const school: FieldDef = {
  field: 'school',
  headers: ['School', 'School name', 'Academy', 'Academy name', 'Name', 'Establishment', 'Establishment name', 'School / academy'],
};
// "school_key": DfE panel exports key each school by its URN under that name.
const urn: FieldDef = { field: 'urn', headers: ['URN', 'Unique reference number', 'School URN', 'Academy URN', 'DfE URN', 'School key'] };
const year: FieldDef = { field: 'year', headers: ['Year', 'Academic year', 'Time period', 'Summer', 'Exam year', 'Year ending'] };
const measure: FieldDef = { field: 'measure', headers: ['Measure', 'Measure name', 'Indicator', 'Metric', 'KPI', 'Performance measure'] };
const unit: FieldDef = { field: 'unit', headers: ['Unit', 'Subject', 'Year group', 'Team', 'Department', 'Subject / year group'] };
const educationPhase: FieldDef = {
  field: 'educationPhase',
  // "Phase" alone usually means primary/secondary in trust trackers; Pathway's own phases are output only.
  headers: ['Phase of education', 'Education phase', 'Sector', 'School phase', 'Phase of school', 'School type phase', 'Phase'],
};

/** Header synonyms for the eight strands and the optional ones; keys match STRANDS and OPTIONAL_STRANDS in types.ts. */
export const STRAND_FIELDS: readonly FieldDef[] = [
  { field: 'leadership', headers: ['Leadership', 'Leadership & management', 'L&M', 'Leadership and management', 'Leadership strand'] },
  { field: 'governance', headers: ['Governance', 'LGB', 'Local governing body', 'Governors', 'Governance strand'] },
  { field: 'staffing', headers: ['Staffing', 'Workforce', 'Staffing strand'] },
  { field: 'attendance', headers: ['Attendance', 'Attendance strand'] },
  { field: 'finance', headers: ['Finance', 'Finances', 'Financial', 'Finance strand'] },
  { field: 'outcomes', headers: ['Outcomes', 'Pupil outcomes', 'Outcomes strand'] },
  {
    field: 'teaching',
    headers: ['Teaching & CPD', 'Teaching and CPD', 'T&L', 'Teaching and learning', 'Quality of teaching', 'Teaching', 'Teaching & learning'],
  },
  { field: 'behaviour', headers: ['Behaviour', 'Behavior', 'Behaviour strand', 'Pupil behaviour'] },
  // Optional strands (OPTIONAL_STRANDS): read when present, used only when their setting is yes.
  { field: 'inclusion', headers: ['Inclusion', 'Inclusion strand'] },
  {
    field: 'personalDevelopment',
    headers: ['Personal development', 'Personal development and wellbeing', 'Personal development & wellbeing', 'Personal development and well-being', 'Personal development strand'],
  },
];

const SCHOOL_FIELDS: readonly FieldDef[] = [
  school,
  urn,
  educationPhase,
  ...STRAND_FIELDS,
  { field: 'safeguarding', headers: ['Safeguarding', 'Safeguarding effective', 'Safeguarding judgement', 'Safeguarding judgment'] },
  {
    field: 'lastInspection',
    headers: ['Last inspection', 'Last Ofsted', 'Ofsted', 'Ofsted grade', 'Inspection', 'Inspection outcome', 'Last inspection outcome', 'Last inspection grade', 'Ofsted judgement', 'Latest inspection', 'Last Ofsted outcome'],
  },
  {
    field: 'lastInspectionDate',
    headers: ['Last inspection date', 'Inspection date', 'Ofsted date', 'Date of last inspection', 'Last Ofsted date', 'Date inspected', 'Date of inspection'],
  },
  { field: 'persistentAbsencePct', headers: ['Persistent absence %', 'PA %', 'PA', 'Persistent absence', 'Persistent absence rate', 'PA rate'] },
  { field: 'reservesPct', headers: ['Reserves %', 'Reserves as % of income', 'Reserves', 'Revenue reserves %', 'Reserves % of income'] },
  { field: 'inYearBalancePct', headers: ['In-year balance %', 'In year balance', 'In-year balance as % of income', 'In-year balance', 'In year balance % of income'] },
  { field: 'teacherTurnoverPct', headers: ['Teacher turnover %', 'Staff turnover %', 'Teacher turnover', 'Staff turnover', 'Turnover'] },
  { field: 'pupils', headers: ['Pupils on roll', 'NOR', 'Pupils', 'Number on roll', 'Roll', 'Pupil numbers', 'Number of pupils'] },
  { field: 'groupsUnderperforming', headers: ['Groups underperforming', 'Groups significantly underperforming', 'Underperforming groups', 'Pupil groups underperforming'] },
  { field: 'agreedCategory', headers: ['Agreed category', 'Review category', 'Category agreed', 'Agreed trust category'] },
  { field: 'agreedBy', headers: ['Agreed by', 'Category agreed by'] },
  { field: 'agreedOn', headers: ['Agreed on', 'Agreed date', 'Date agreed', 'Category agreed on'] },
  { field: 'agreedReason', headers: ['Agreed reason', 'Reason agreed', 'Why agreed', 'Override reason', 'Reason for agreed category'] },
];

/** Every sheet role Pathway reads from a tracker, with its columns and which are required. */
export interface RoleDef {
  role: SheetRole;
  fields: readonly FieldDef[];
  /** Each inner list is satisfied by any one of its fields. */
  required: readonly (readonly string[])[];
}

export const ROLE_DEFS: readonly RoleDef[] = [
  // A School column alone is not enough: targets, plans and pupil sheets have one too.
  { role: 'schools', fields: SCHOOL_FIELDS, required: [['school'], SCHOOL_FIELDS.filter((f) => f.field !== 'school').map((f) => f.field)] },
  { role: 'performance-long', fields: [school, urn, measure, year, { field: 'value', headers: ['Value', 'Result', 'Figure', 'Score'] }, unit], required: [['school', 'urn'], ['measure'], ['year'], ['value']] },
  // Year columns are found by their header text (2016, 2017/18 …), not by a synonym list.
  { role: 'performance-wide', fields: [school, urn, unit], required: [['school', 'urn']] },
  {
    role: 'benchmarks',
    fields: [
      measure,
      year,
      { field: 'floor', headers: ['Floor', 'Floor standard', 'Floor target'] },
      { field: 'coasting', headers: ['Coasting', 'Coasting standard', 'Coasting threshold'] },
      { field: 'national', headers: ['National', 'National average', 'England', 'National figure', 'England average'] },
      { field: 'top15', headers: ['Top 15%', 'Top 15 %', 'Top15', 'Top fifteen percent', 'Top 15 percent', 'Top 15% of schools'] },
    ],
    required: [['measure'], ['year'], ['floor'], ['coasting'], ['national'], ['top15']],
  },
  {
    role: 'national-pa',
    fields: [
      educationPhase,
      year,
      { field: 'nationalPA', headers: ['National PA %', 'National persistent absence %', 'National PA', 'National persistent absence', 'National PA rate'] },
    ],
    required: [['educationPhase'], ['year'], ['nationalPA']],
  },
  // One row per school and inspection (an Ofsted history): each school's latest row is its last
  // inspection. The outcome words a schools list does not use ("Overall effectiveness",
  // "Outcome") are what tell the two apart; on a tie the schools list wins (it comes first).
  {
    role: 'inspection-history',
    fields: [
      school,
      urn,
      { field: 'lastInspectionDate', headers: ['Inspection date', 'Date of inspection', 'Inspection start date', 'Inspection end date', 'Date inspected', 'Ofsted date'] },
      { field: 'lastInspection', headers: ['Overall effectiveness', 'Outcome', 'Inspection outcome', 'Overall judgement', 'Overall effectiveness grade', 'Inspection grade', 'Ofsted grade'] },
    ],
    required: [['school', 'urn'], ['lastInspectionDate'], ['lastInspection']],
  },
];

/** Field names per role, for the UI's "correct a column" control and for Pathway Mapping rows. */
export const ROLE_FIELDS: Readonly<Partial<Record<SheetRole, readonly string[]>>> = Object.fromEntries(
  ROLE_DEFS.map((def) => [def.role, def.fields.map((f) => f.field)]),
);

/** The header a person would type for a field, for messages: "Top 15%" rather than "top15". */
export function fieldLabel(field: string): string {
  for (const def of ROLE_DEFS) {
    const found = def.fields.find((f) => f.field === field);
    if (found) return found.headers[0] ?? field;
  }
  return field;
}

export function roleDef(role: SheetRole): RoleDef | undefined {
  return ROLE_DEFS.find((def) => def.role === role);
}
