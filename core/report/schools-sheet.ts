import type { SchoolResult } from '../categorise/types.js';
import type { Cell } from '../grid/types.js';
import { CAPACITY_COLOURS, CATEGORY_COLOURS, PHASE_COLOURS, RISK_COLOURS } from '../sheets/palette.js';
import { JOURNEY_NAMES, STRAND_LABELS, STRAND_PHASE_WORDS } from '../sheets/labels.js';
import { tableSheet, type TableColumn } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import type { Settings } from '../settings/types.js';
import { strandsInUse } from '../categorise/strands-in-use.js';
import { DEFAULT_SETTINGS } from '../settings/defaults.js';
import { formatIsoDate } from './dates.js';
import { effectiveCategory } from '../categorise/effective-category.js';

export const SCHOOLS_SHEET = 'Pathway Schools';

/** The columns, with one per strand in use (the eight, then any optional strand turned on). */
function columns(settings: Pick<Settings, 'optionalStrands'>): TableColumn[] {
  const strandColumns: TableColumn[] = strandsInUse(settings).map((k) => ({ header: STRAND_LABELS[k], width: 11, colours: PHASE_COLOURS }));
  return [
    { header: 'School', width: 30 },
    { header: 'URN', width: 9 },
    { header: 'Phase of education', width: 12 },
    { header: 'Phase', width: 13, colours: PHASE_COLOURS },
    { header: 'Computed category', width: 9, colours: CATEGORY_COLOURS },
    { header: 'Agreed category', width: 10, wrap: true },
    { header: 'Trajectory', width: 10 },
    { header: 'Journey', width: 20 },
    { header: 'Capacity', width: 9, colours: CAPACITY_COLOURS },
    { header: 'Risk', width: 9, colours: RISK_COLOURS },
    { header: 'Risk score', width: 7 },
    ...strandColumns,
    { header: 'Derived strands', width: 18 },
    { header: 'Last inspection', width: 18, wrap: true },
    { header: 'Last inspection date', width: 11 },
    { header: 'Inspection mismatch', width: 11 },
    { header: 'Category of concern', width: 10 },
    { header: 'Stuck', width: 8 },
    { header: 'Headline measure', width: 16 },
    { header: 'Trend (band points a year)', width: 10, numFmt: '0.00' },
    { header: 'Latest band position', width: 9, numFmt: '0.00' },
    { header: 'Pupils', width: 8, numFmt: '#,##0' },
    { header: 'Support offer', width: 40, wrap: true },
    { header: 'Reasons', width: 80, wrap: true },
  ];
}

function strandCell(score: number | null): Cell {
  return score === null ? null : (STRAND_PHASE_WORDS[score] ?? null);
}

function agreedCell(s: SchoolResult): Cell {
  if (!s.agreed) return null;
  const who = [s.agreed.agreedBy, s.agreed.agreedOn ? formatIsoDate(s.agreed.agreedOn) : null].filter(Boolean).join(', ');
  return who ? `${s.agreed.category} (${who})` : s.agreed.category;
}

/** The support offered follows the category that counts (the agreed one where set), and says so. */
function supportOffer(s: SchoolResult, settings: Settings): Cell {
  const c = effectiveCategory(s);
  if (!c) return null;
  return s.agreed && s.agreed.category !== s.category ? `${settings.category.supportOffer[c]} (agreed category ${c})` : settings.category.supportOffer[c];
}

function schoolRow(s: SchoolResult, settings: Settings): Cell[] {
  const inUse = strandsInUse(settings);
  const derived = inUse.filter((k) => s.strandSources[k] === 'derived').map((k) => STRAND_LABELS[k]);
  return [
    s.school,
    s.urn,
    s.educationPhase,
    s.phase,
    s.category,
    agreedCell(s),
    s.trajectory,
    s.trajectory ? JOURNEY_NAMES[s.trajectory] : 'Too little data',
    s.capacity,
    s.risk ?? 'Not rated',
    s.riskScore,
    ...inUse.map((k) => strandCell(s.strands[k] ?? null)),
    derived.join(', ') || null,
    s.lastInspection ?? null,
    s.lastInspectionDate ? formatIsoDate(s.lastInspectionDate) : null,
    // Blank, not "No", when nothing was compared: no inspection, or nothing on its scale to set against it.
    (s.inspectionCompared ?? true) ? (s.inspectionMismatch ? 'Yes' : 'No') : null,
    s.lastInspection ? (s.categoryOfConcern ? 'Yes' : 'No') : null,
    s.lastInspection ? (s.stuck ? 'Yes' : 'No') : null,
    s.headlineMeasure,
    s.trajectoryFeatures ? round(s.trajectoryFeatures.slope, 2) : null,
    s.trajectoryFeatures ? round(s.trajectoryFeatures.last, 2) : null,
    s.pupils,
    supportOffer(s, settings),
    s.reasons.join('\n'),
  ];
}

function round(n: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(n * f) / f;
}

/** One row per school: the judgement, the reasons for it, and the RAG colours a board expects. */
export function schoolsSheet(schools: SchoolResult[], settings: Settings, asOf: string): SheetSpec {
  const spec = tableSheet({
    name: SCHOOLS_SHEET,
    title: `Pathway: schools as of ${formatIsoDate(asOf)}`,
    note: 'Written by Pathway from your tracker. Edit the tracker, not this sheet: it is rewritten on every run.',
    columns: columns(settings),
    rows: schools.map((s) => schoolRow(s, settings)),
  });
  // Printed, the judgement columns only (School to Risk score) fit A4 landscape at near full size;
  // the strands and reasons are on each school's profile page (decision 0903).
  const print = spec.print ? { ...spec.print, area: { row: 0, col: 0, rows: spec.rows.length, cols: PRINTED_COLUMNS } } : undefined;
  return { ...spec, ...(print ? { print } : {}) };
}

/** How many of the first columns print: up to and including Risk score. */
export const PRINTED_COLUMNS = columns(DEFAULT_SETTINGS).findIndex((c) => c.header === 'Risk score') + 1;
