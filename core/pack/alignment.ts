import { cellText } from '../grid/cell-text.js';
import { headerKeys } from '../grid/header-keys.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import type { Cell, SheetGrid } from '../grid/types.js';
import { isOwnedSheet } from '../ports/workbook.js';
import { formatIsoDate } from '../report/dates.js';
import { Page } from './_lib/page.js';
import type { SheetSpec } from '../sheets/types.js';
import { ALIGNMENT_SHEET } from './sheet-names.js';

export const POSITIONS = ['Standardised', 'Aligned', 'Autonomous'] as const;
export type Position = (typeof POSITIONS)[number];

/** The four strategic focus areas of the self-assessment (FRAMEWORK.md section 10), with the features a trust marks. */
export const FOCUS_AREAS: { area: string; features: string[] }[] = [
  { area: 'Governance and vision', features: ['Values and beliefs of the trust', 'Destination points and KPIs', 'Growth strategy', 'Board and local governance, scheme of delegation', 'Trust and school risk monitoring', 'Governor training', 'Safeguarding and crisis procedures'] },
  { area: 'Single employer', features: ['Central policies', 'Recruitment and retention', 'HR, finance and IT systems', 'Payroll', 'Staff deployment across the trust', 'Performance management'] },
  { area: 'Financial management', features: ['Curriculum-led financial planning', 'Budget setting and reporting', 'Surplus targets', 'Spending within cost centres'] },
  { area: 'Raising standards and improvement planning', features: ['Target setting at trust and school level', 'Self-evaluation structure', 'One data system and collection points', 'Reporting to parents', 'School-to-school support', 'Testing, mocks and moderation', 'Exam boards', 'Core teaching approaches (maths, phonics…)'] },
];

export interface AlignmentAnswer {
  area: string;
  feature: string;
  position: Position | null;
  notes: string;
}

function findHeader(grid: Cell[][]): { row: number; area: number; feature: number; position: number; notes: number } | null {
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const k = headerKeys(grid[r]);
    const area = k.findIndex((x) => x === 'area' || x === 'focusarea' || x === 'strategicfocusarea');
    const feature = k.indexOf('feature');
    const position = k.findIndex((x) => x === 'position' || x === 'wherewesit' || x === 'model');
    if (area >= 0 && feature >= 0 && position >= 0) return { row: r, area, feature, position, notes: k.findIndex((x) => x === 'notes' || x === 'evidence') };
  }
  return null;
}

export function isAlignmentSheet(sheet: SheetGrid): boolean {
  return !isOwnedSheet(sheet.name) && findHeader(sheet.grid) !== null;
}

/** The trust's answers from its own sheet (Area, Feature, Position, Notes), or null when it has none. */
export function readAlignment(sheets: readonly SheetGrid[]): AlignmentAnswer[] | null {
  const sheet = sheets.find(isAlignmentSheet);
  const h = sheet ? findHeader(sheet.grid) : null;
  if (!sheet || !h) return null;
  let area = '';
  return sheet.grid.slice(h.row + 1).flatMap((row) => {
    area = cellText(row[h.area] ?? null) || area;
    const feature = cellText(row[h.feature] ?? null);
    if (!feature) return [];
    const word = normaliseHeader(cellText(row[h.position] ?? null));
    const position = POSITIONS.find((p) => normaliseHeader(p).startsWith(word) && word.length >= 3) ?? null;
    return [{ area, feature, position, notes: h.notes >= 0 ? cellText(row[h.notes] ?? null) : '' }];
  });
}

/** Where the trust sits on an area: the mean of standardised 2, aligned 1, autonomous 0, read back as a word. */
export function whereItSits(answers: readonly AlignmentAnswer[]): { counts: Record<Position, number>; unmarked: number; sits: Position | null } {
  const counts: Record<Position, number> = { Standardised: 0, Aligned: 0, Autonomous: 0 };
  for (const a of answers) if (a.position) counts[a.position]++;
  const marked = counts.Standardised + counts.Aligned + counts.Autonomous;
  const score = marked === 0 ? null : (2 * counts.Standardised + counts.Aligned) / marked;
  const sits = score === null ? null : score >= 1.5 ? 'Standardised' : score >= 0.5 ? 'Aligned' : 'Autonomous';
  return { counts, unmarked: answers.length - marked, sits };
}

const WIDTHS = [28, 36, 12, 32];
const COLOURS = { Standardised: { fill: 'BDD7EE', font: '1F4E78' }, Aligned: { fill: 'E2EFDA', font: '375623' }, Autonomous: { fill: 'FFF2CC', font: '7F6000' } };

/**
 * The self-assessment: a summary of where the trust sits on each focus area, then a section per
 * area listing each feature and its position. With no answers yet it is the template to copy.
 */
export function alignmentSheet(answers: AlignmentAnswer[] | null, asOf: string): SheetSpec {
  const given = answers ?? FOCUS_AREAS.flatMap((a) => a.features.map((feature) => ({ area: a.area, feature, position: null, notes: '' })));
  const areas = [...new Set([...FOCUS_AREAS.map((a) => a.area), ...given.map((a) => a.area)])].filter((a) => given.some((g) => normaliseHeader(g.area) === normaliseHeader(a)));
  const page = new Page(WIDTHS);
  page.title(`Pathway: autonomy, alignment and standardisation, as of ${formatIsoDate(asOf)}`);
  page.line(answers ? 'From your sheet headed Area, Feature, Position, Notes.' : 'Template: copy these rows to a sheet of your own headed Area, Feature, Position, Notes, and mark each feature Standardised, Aligned or Autonomous.', { italic: true });
  page.heading('Where the trust sits');
  page.table(['Focus area', 'Standardised / aligned / autonomous', 'Sits', 'Unmarked'], areas.map((area) => {
    const w = whereItSits(given.filter((g) => normaliseHeader(g.area) === normaliseHeader(area)));
    return [area, `${w.counts.Standardised} / ${w.counts.Aligned} / ${w.counts.Autonomous}`, w.sits ?? 'Not marked', w.unmarked];
  }), { colours: { 2: COLOURS } });
  for (const area of areas) {
    page.heading(area);
    page.table(['Area', 'Feature', 'Position', 'Notes'], given.filter((g) => normaliseHeader(g.area) === normaliseHeader(area)).map((g) => [g.area, g.feature, g.position, g.notes || null]), { colours: { 2: COLOURS } });
  }
  return page.build(ALIGNMENT_SHEET, { orientation: 'portrait', fitToWidth: 1, repeatRows: 1 });
}
