import type ExcelJS from 'exceljs';
import { FOCUS_AREAS } from '../core/pack/alignment.js';
import { REVIEW_KINDS } from '../core/pack/reviews.js';
import { SCHOOLS } from './sample/schools.js';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

// Each review's usual month in 2025/26 (Educational Excellence: curriculum, safeguarding, SEND and
// peer reviews for every school; Amadeus: the annual review; King's Group: external review).
const PLAN: Record<(typeof REVIEW_KINDS)[number], [number, number]> = {
  Curriculum: [2025, 11], Safeguarding: [2025, 10], SEND: [2026, 2], Peer: [2026, 3], 'Annual review': [2026, 6], External: [2026, 5],
};

/**
 * The review cycle of 2025/26 as a trust keeps it: most autumn reviews done, some spring ones
 * slipping past their due date, a few schools with reviews not yet booked.
 */
function reviewsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Reviews');
  ws.addRow(['School', 'Year', 'Review', 'Due', 'Done', 'Lead']);
  SCHOOLS.forEach((s, i) => {
    for (const [k, kind] of REVIEW_KINDS.entries()) {
      if ((i + k) % 7 === 6) continue; // not booked yet
      const [y, m] = PLAN[kind];
      const due = d(y, m, 5 + ((i * 3 + k) % 20));
      const beforeApril = y === 2025 || m < 3;
      const slipped = (i + k) % 5 === 0;
      const done = beforeApril && !slipped ? d(y, m, 5 + ((i * 3 + k) % 20)) : null;
      ws.addRow([s.name, '2025/26', kind, due, done, kind === 'Peer' ? 'Partner headteacher' : 'Trust school improvement lead']);
    }
  });
  ws.columns = [{ width: 32 }, { width: 9 }, { width: 16 }, { width: 12, style: { numFmt: 'dd/mm/yyyy' } }, { width: 12, style: { numFmt: 'dd/mm/yyyy' } }, { width: 28 }];
}

// Where this trust judges itself to be: finance and HR mostly standardised, standards aligned,
// governance mixed.
const POSITION_CYCLE = ['Standardised', 'Aligned', 'Aligned', 'Autonomous', 'Standardised', 'Aligned'];

function alignmentSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Alignment self-assessment');
  ws.addRow(['Area', 'Feature', 'Position', 'Notes']);
  FOCUS_AREAS.forEach((a, ai) => {
    a.features.forEach((f, fi) => {
      const position = ai === 1 || ai === 2 ? (fi % 4 === 3 ? 'Aligned' : 'Standardised') : (POSITION_CYCLE[(ai + fi) % POSITION_CYCLE.length] ?? 'Aligned');
      ws.addRow([fi === 0 ? a.area : null, f, ai === 3 && fi === 7 ? null : position, fi === 0 ? 'Agreed at the trust board away day, January 2026' : null]);
    });
  });
  ws.columns = [{ width: 40 }, { width: 46 }, { width: 14 }, { width: 44 }];
}

/** The board pack's inputs: the review cycle and the autonomy / alignment self-assessment. */
export function addPackSheets(wb: ExcelJS.Workbook): void {
  reviewsSheet(wb);
  alignmentSheet(wb);
}
