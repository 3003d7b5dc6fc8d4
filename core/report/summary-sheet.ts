import type { Cell } from '../grid/types.js';
import { neutralise } from '../grid/neutralise.js';
import { JOURNEY_NAMES } from '../sheets/labels.js';
import { CAPACITY_COLOURS, CATEGORY_COLOURS, HEADER_FILL, HEADER_FONT, PHASE_COLOURS, RISK_COLOURS, TAB_COLOUR, TITLE_FONT, type Swatch } from '../sheets/palette.js';
import type { ConditionalRule, SheetSpec, StyledRange } from '../sheets/types.js';
import type { Journey } from '../settings/types.js';
import { formatIsoDate } from './dates.js';
import type { CategoriseSummary, CountRow } from './summary.js';

export const SUMMARY_SHEET = 'Pathway Summary';

const HEAD = ['', 'Schools', '% of schools', 'Pupils', '% of pupils'];

interface Section {
  title: string;
  rows: CountRow[];
  colours?: Record<string, Swatch>;
  describe?: (label: string) => string;
}

function journeyLabel(label: string): string {
  const name = JOURNEY_NAMES[label as Journey];
  return name ? `${label}: ${name}` : label;
}

/**
 * Counts for the board report. Shares of pupils treat the trust as one big school (each school
 * weighted by its roll), so a large school in Repair counts for more than a small one.
 */
export function summarySheet(summary: CategoriseSummary): SheetSpec {
  const rows: Cell[][] = [
    [`Pathway: trust summary as of ${formatIsoDate(summary.asOf)}`, null, null, null, null],
    [`${summary.schools} schools, ${summary.pupils.toLocaleString('en-GB')} pupils on roll${summary.schoolsWithoutRoll ? ` (${summary.schoolsWithoutRoll} schools have no roll and count only in the school columns)` : ''}.`, null, null, null, null],
    [`Inspection mismatches: ${summary.inspectionMismatches}. Problems in the input: ${summary.issues.errors} errors, ${summary.issues.warnings} warnings (see Pathway Issues).`, null, null, null, null],
  ];
  const styles: StyledRange[] = [
    { row: 0, col: 0, style: { bold: true, fontColor: TITLE_FONT } },
    { row: 1, col: 0, rows: 2, style: { italic: true, fontColor: '595959' } },
  ];
  const conditional: ConditionalRule[] = [];
  const sections: Section[] = [
    { title: 'Phase', rows: summary.byPhase, colours: PHASE_COLOURS },
    { title: 'Category (agreed at review where set)', rows: summary.byCategory, colours: CATEGORY_COLOURS },
    { title: 'Trajectory', rows: summary.byTrajectory, describe: journeyLabel },
    { title: 'Risk', rows: summary.byRisk, colours: RISK_COLOURS },
    { title: 'Capacity', rows: summary.byCapacity, colours: CAPACITY_COLOURS },
  ];
  for (const section of sections) {
    rows.push([null, null, null, null, null]);
    const head = rows.length;
    rows.push([section.title, ...HEAD.slice(1)]);
    styles.push({ row: head, col: 0, cols: HEAD.length, style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } });
    for (const r of section.rows) {
      rows.push([
        neutralise(section.describe ? section.describe(r.label) : r.label),
        r.schools,
        summary.schools ? r.schools / summary.schools : 0,
        r.pupils,
        summary.pupils ? r.pupils / summary.pupils : 0,
      ]);
    }
    const body = { row: head + 1, rows: section.rows.length };
    styles.push({ ...body, col: 2, style: { numFmt: '0%' } }, { ...body, col: 4, style: { numFmt: '0%' } }, { ...body, col: 3, style: { numFmt: '#,##0' } });
    for (const [equals, swatch] of Object.entries(section.colours ?? {})) {
      conditional.push({ range: { ...body, col: 0 }, equals, fill: swatch.fill, fontColor: swatch.font });
    }
  }
  return {
    name: SUMMARY_SHEET,
    rows,
    columns: [{ width: 28 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 12 }],
    styles,
    conditional,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1 },
    tabColor: TAB_COLOUR,
  };
}
