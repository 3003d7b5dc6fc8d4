import { cellAddress } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Grid, Issue, SheetGrid } from '../grid/types.js';
import { fieldLabel } from './fields.js';
import { MAPPING_SHEET } from './read-mapping.js';
import { HEADER_SCAN_ROWS, recogniseHeader } from './recognise.js';

/** A row with at least this many text cells, and data under it, looks like a table's header. */
export const TABLE_HEADER_CELLS = 3;

/** Where a sheet's table header seems to be: its row and the columns of its first and last labels. */
export interface TableHeader {
  row: number;
  first: number;
  last: number;
  labels: string[];
}

function isLabel(cell: Grid[number][number] | undefined): boolean {
  return typeof cell === 'string' && cellText(cell) !== '' && !parseNumber(cell).ok;
}

/**
 * The first early row that reads as the header of a table: several text cells with a non-blank
 * row somewhere below. A notes sheet (one column of text) has no such row.
 */
export function tableHeader(grid: Grid): TableHeader | null {
  const rows = Math.min(HEADER_SCAN_ROWS, grid.length);
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    const cols = row.flatMap((cell, c) => (isLabel(cell) ? [c] : []));
    if (cols.length < TABLE_HEADER_CELLS) continue;
    const dataBelow = grid.slice(r + 1).some((below) => below.some((cell) => cellText(cell) !== ''));
    if (!dataBelow) continue;
    return { row: r, first: cols[0] ?? 0, last: cols[cols.length - 1] ?? 0, labels: cols.map((c) => cellText(row[c])) };
  }
  return null;
}

const LOOKED_FOR =
  'Pathway looks for a schools sheet (School with URN, Phase of education, strands such as Leadership or Outcomes, Safeguarding, Last inspection), ' +
  'a performance sheet (School or URN with Measure, Year and Value, or one column per year such as 2019 or 2018/19, ' +
  'or columns per measure and year such as KS2 RWM 2018 and KS2 RWM 2019), ' +
  'a benchmarks sheet (Measure, Year, Floor, Coasting, National, Top 15%) ' +
  'and an inspection history (URN, Inspection date, Overall effectiveness).';

function preview(labels: string[]): string {
  const shown = labels.slice(0, 4).map((l) => (l.length > 30 ? `${l.slice(0, 27)}...` : l));
  return labels.length > shown.length ? `${shown.join(', ')} …` : shown.join(', ');
}

/** What Pathway did recognise on the sheet, if anything: "It found School in C1 only." */
function partial(sheet: SheetGrid): string {
  const match = recogniseHeader(sheet.grid);
  if (!match) return '';
  const found = Object.entries(match.columns).map(([field, col]) => `${fieldLabel(field)} in ${cellAddress(match.headerRow, col)}`);
  return found.length ? ` It found only ${found.join(' and ')}, which is not enough to read the sheet.` : '';
}

/**
 * A warning for a sheet that looks like a table but took no tracker role, so its rows are not
 * silently ignored. Returns null for sheets that are not tables (a notes sheet).
 */
export function unreadTableIssue(sheet: SheetGrid): Issue | null {
  const header = tableHeader(sheet.grid);
  if (!header) return null;
  const range = `${cellAddress(header.row, header.first)}:${cellAddress(header.row, header.last)}`;
  return {
    sheet: sheet.name,
    cell: cellAddress(header.row, header.first),
    message:
      `${sheet.name} looks like a table (headers in ${range}: ${preview(header.labels)}), but Pathway could not tell what it holds, so it did not read it.${partial(sheet)} ` +
      `${LOOKED_FOR} If this sheet holds tracker data, rename its headers, or map its columns in a ${MAPPING_SHEET} sheet (Sheet, Field, Column).`,
    severity: 'warning',
  };
}

/** The error for a workbook where no sheet gave a single school, naming the sheets it has. */
export function noSchoolsIssue(sheets: readonly SheetGrid[]): Issue {
  const names = sheets.map((s) => `'${s.name}'`);
  const listed = names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', ');
  const has = names.length ? `The workbook's sheets are ${listed}, and none of them gave a school.` : 'The workbook has no sheets Pathway can read.';
  return {
    sheet: '',
    cell: '',
    message: `No schools found, so nothing was categorised. ${has} ${LOOKED_FOR} Rename a sheet's headers to these, or map its columns in a ${MAPPING_SHEET} sheet.`,
    severity: 'error',
  };
}
