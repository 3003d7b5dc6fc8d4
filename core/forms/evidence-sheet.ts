import { serialFromIso } from '../grid/parse-date.js';
import type { Cell, Issue } from '../grid/types.js';
import { formatIsoDate } from '../report/dates.js';
import { sortIssues } from '../report/issues-sheet.js';
import { SEVERITY_COLOURS } from '../sheets/palette.js';
import { tableSheet, type TableColumn } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import { dayFraction } from './parse-time.js';
import type { FormsSettings } from './settings.js';
import type { FormRecord } from './types.js';

export const EVIDENCE_SHEET = 'Pathway Evidence';
export const EVIDENCE_ISSUES_SHEET = 'Pathway Evidence Issues';

/** Areas in the trust's order first, then any other area a form carried. */
export function areasOf(records: FormRecord[], settings: FormsSettings): string[] {
  const used = new Set(records.flatMap((r) => Object.keys(r.judgements)));
  const own = settings.judgements === 'none' ? settings.scheme.areas.filter((a) => used.has(a)) : settings.scheme.areas;
  return [...own, ...[...used].filter((a) => !own.includes(a))];
}

const JUDGEMENT_COLOURS = { Outstanding: { fill: 'A9D08E', font: '1E4620' }, Exceptional: { fill: 'A9D08E', font: '1E4620' }, Good: { fill: 'C6EFCE', font: '006100' }, 'Strong standard': { fill: 'C6EFCE', font: '006100' }, 'Requires improvement': { fill: 'FFEB9C', font: '9C5700' }, 'Needs attention': { fill: 'FFEB9C', font: '9C5700' }, Inadequate: { fill: 'FFC7CE', font: '9C0006' }, 'Urgent improvement': { fill: 'FFC7CE', font: '9C0006' } };

/** The evidence log: one row per form, what the reviewer recorded, and how many problems it has. */
export function evidenceSheet(records: FormRecord[], issues: Issue[], settings: FormsSettings, asOf: string): SheetSpec {
  const areas = areasOf(records, settings);
  const columns: TableColumn[] = [
    { header: 'Form id', width: 16 }, { header: 'School', width: 24 }, { header: 'Date', width: 11, numFmt: 'dd/mm/yyyy' },
    { header: 'From', width: 7, numFmt: 'hh:mm' }, { header: 'To', width: 7, numFmt: 'hh:mm' }, { header: 'Observer & role', width: 22 },
    { header: 'Activities', width: 22, wrap: true }, { header: 'Focus', width: 24, wrap: true }, { header: 'Year / class', width: 10 },
    { header: 'Subject', width: 12 }, { header: 'Mixed ability', width: 8 }, { header: 'No. in class', width: 8 },
    ...areas.map((a) => ({ header: a, width: 16, wrap: true, colours: JUDGEMENT_COLOURS })),
    { header: 'Notes', width: 40, wrap: true }, { header: 'Strengths (WWW)', width: 40, wrap: true },
    { header: 'Areas for development (EBI)', width: 40, wrap: true }, { header: 'Area of excellence', width: 30, wrap: true },
    { header: 'Status', width: 12 }, { header: 'Problems', width: 9 }, { header: 'Sheet', width: 30 },
  ];
  const rows = records.map((r): Cell[] => [
    r.id, r.school, r.date ? serialFromIso(r.date) : null, r.from ? dayFraction(r.from) : null, r.to ? dayFraction(r.to) : null,
    r.observer, r.activities.join(', '), r.focus, r.yearClass, r.subject, r.mixedAbility || null, r.numberInClass,
    ...areas.map((a) => r.judgements[a] || null),
    r.notes || null, r.www || null, r.ebi || null, r.excellence || null,
    r.completed ? 'Completed' : 'Not started', issues.filter((i) => i.sheet === r.sheet).length, r.sheet,
  ]);
  return tableSheet({
    name: EVIDENCE_SHEET,
    title: `Pathway: evidence from ${records.length} monitoring form${records.length === 1 ? '' : 's'}, as of ${formatIsoDate(asOf)}`,
    note: 'One row per form, read from the "Pathway Form" sheets. Edit the forms, not this sheet: collating again rewrites it.',
    columns,
    rows,
  });
}

/** Problems found on the forms, by sheet and cell. */
export function evidenceIssuesSheet(issues: Issue[], asOf: string): SheetSpec {
  return tableSheet({
    name: EVIDENCE_ISSUES_SHEET,
    title: `Pathway: problems found on monitoring forms, as of ${formatIsoDate(asOf)}`,
    note: issues.length ? 'Errors: the value was not used or is impossible. Warnings: read, with the assumption the message states.' : 'No problems found.',
    columns: [{ header: 'Sheet', width: 30 }, { header: 'Cell', width: 8 }, { header: 'Severity', width: 10, colours: SEVERITY_COLOURS }, { header: 'Message', width: 100, wrap: true }],
    rows: sortIssues(issues).map((i) => [i.sheet, i.cell, i.severity, i.message]),
  });
}
