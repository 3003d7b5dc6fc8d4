import ExcelJS from 'exceljs';
import {
  A8_BENCHMARKS,
  A8_MEASURE,
  KS2_BENCHMARKS,
  KS2_MEASURE,
  KS2_PROGRESS_BENCHMARKS,
  KS2_PROGRESS_MEASURE, NATIONAL_PA, P8_BENCHMARKS, P8_MEASURE, type Thresholds } from './benchmarks.js';
import type { LongRow, SchoolPerformance } from './performance.js';
import type { SampleSchool, StrandCell } from './schools.js';

export const TRUST_NAME = 'Kestrelmoor Academies Trust';

const HEADER_FILL = '1F4E78';
const TITLE_FONT = { bold: true, size: 14, color: { argb: 'FF1F4E78' } };
// Colours a data lead picks by hand for strand scores: red, amber, light green, green.
const SCORE_FILLS: Record<string, string> = { '1': 'F8CBAD', '2': 'FFE699', '3': 'C6E0B4', '4': 'A9D08E' };
const WORD_SCORE: Record<string, string> = { stabilise: '1', repair: '2', improve: '3', sustain: '4' };

const utcDate = ([y, m, d]: [number, number, number]): Date => new Date(Date.UTC(y, m - 1, d));

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 30;
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL}` } };
  });
}

function fillCell(cell: ExcelJS.Cell, hex: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } };
}

const SCHOOL_HEADERS = [
  'School', 'URN', 'Phase of education', 'Leadership', 'Governance', 'Staffing', 'Attendance', 'Finance', 'Outcomes',
  'Teaching & CPD', 'Behaviour', 'Safeguarding', 'Last inspection', 'Last inspection date', 'Persistent absence %',
  'Reserves %', 'In-year balance %', 'Teacher turnover %', 'Pupils on roll', 'Agreed category', 'Agreed by', 'Agreed on', 'Agreed reason',
];

function schoolRow(s: SampleSchool): (string | number | Date | null)[] {
  return [
    s.name, s.urn, s.phase, ...s.strands, s.safeguarding, s.inspection, utcDate(s.inspected),
    s.pa, s.reserves, s.inYear, s.turnover, s.pupils,
    s.agreed?.category ?? null, s.agreed?.by ?? null, s.agreed ? utcDate(s.agreed.on) : null, s.agreed?.why ?? null,
  ];
}

function colourStrands(row: ExcelJS.Row): void {
  for (let c = 4; c <= 11; c++) {
    const cell = row.getCell(c);
    const v: StrandCell = cell.value as StrandCell;
    const key = typeof v === 'number' ? String(v) : typeof v === 'string' ? WORD_SCORE[v.toLowerCase()] : undefined;
    if (key && SCORE_FILLS[key]) fillCell(cell, SCORE_FILLS[key]);
    cell.alignment = { horizontal: 'center' };
  }
}

function addSchools(wb: ExcelJS.Workbook, schools: SampleSchool[]): void {
  const ws = wb.addWorksheet('Schools', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  ws.getCell('A1').value = `${TRUST_NAME}: school improvement tracker`;
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value = 'Spring term 2026. Strands 1–4 (or the phase word) agreed at the autumn reviews; blank = not yet reviewed.';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF595959' } };
  styleHeader(ws.addRow(SCHOOL_HEADERS));
  for (const s of schools) {
    const row = ws.addRow(schoolRow(s));
    colourStrands(row);
    if (s.note) row.getCell(1).note = s.note;
    if (s.safeguarding !== 'Effective') fillCell(row.getCell(12), 'F8CBAD');
  }
  ws.getColumn(14).numFmt = 'dd/mm/yyyy';
  ws.getColumn(22).numFmt = 'dd/mm/yyyy';
  const widths = [32, 9, 13, 11, 11, 10, 11, 9, 10, 11, 10, 13, 48, 13, 12, 10, 11, 11, 10, 10, 26, 12, 48];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell('M3').note = 'Legacy grade before September 2024; sub-judgements only from September 2024; report card areas from November 2025.';
}

// How a hand-kept sheet spells its year columns after a few years of copying last year's header.
const WIDE_YEAR_HEADERS: [number, string | number][] = [
  [2016, 2016], [2017, '2017'], [2018, '2017/18'], [2019, '2018-19'], [2022, '2021/22'], [2023, '2022-2023'], [2024, '2024'], [2025, 2025],
];

function addKs2Wide(wb: ExcelJS.Workbook, schools: SampleSchool[], perf: Map<string, SchoolPerformance>): void {
  const ws = wb.addWorksheet('KS2 results', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const lastCol = 2 + WIDE_YEAR_HEADERS.length;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell('A1').value = KS2_MEASURE;
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A1').alignment = { horizontal: 'center' };
  styleHeader(ws.addRow(['School', 'URN', ...WIDE_YEAR_HEADERS.map(([, h]) => h)]));
  for (const s of schools) {
    const series = perf.get(s.urn)?.ks2;
    if (!series) continue;
    ws.addRow([s.name, s.urn, ...WIDE_YEAR_HEADERS.map(([y]) => series.get(y) ?? null)]);
  }
  ws.getColumn(1).width = 32;
  for (let c = 3; c <= lastCol; c++) ws.getColumn(c).width = 10;
  ws.getCell('G2').note = 'No national tests in 2020 or 2021. 2022 and 2023 are the schools\u2019 own results (not in published tables).';
}

function addLong(wb: ExcelJS.Workbook, rows: LongRow[]): void {
  const ws = wb.addWorksheet('Performance data', { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(ws.addRow(['URN', 'Measure', 'Year', 'Value', 'Unit']));
  for (const r of rows) ws.addRow([r.urn, r.measure, r.year, r.value, r.unit]);
  [10, 22, 8, 9, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: 'A1', to: 'E1' };
  ws.getCell('E1').note = 'Blank = whole school. Maths, English and Science rows are the subject elements of Progress 8.';
}

function addBenchmarks(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Benchmarks', { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(ws.addRow(['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15%']));
  const add = (measure: string, table: Readonly<Record<number, Thresholds>>): void => {
    for (const [year, t] of Object.entries(table)) ws.addRow([measure, Number(year), t.floor, t.coasting, t.national, t.top15]);
  };
  add(KS2_MEASURE, KS2_BENCHMARKS);
  add(P8_MEASURE, P8_BENCHMARKS);
  add(A8_MEASURE, A8_BENCHMARKS);
  add(KS2_PROGRESS_MEASURE, KS2_PROGRESS_BENCHMARKS);
  [18, 8, 9, 10, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell('E1').note = 'KS2: DfE national % (all pupils, state-funded). Progress 8: 0 by construction. Floor, coasting and top 15 %: see docs/decisions/0401-sample-benchmarks.md.';
}

function addNationalPa(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('National PA');
  styleHeader(ws.addRow(['Phase of education', 'Year', 'National PA %']));
  for (const r of NATIONAL_PA) ws.addRow([r.phase, r.year, r.value]);
  [18, 8, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell('C1').note = 'Illustrative: rounded figures close to the DfE series; check against "Pupil absence in schools in England" before relying on them.';
}

const READ_ME = [
  `${TRUST_NAME}: sample tracker for Pathway`,
  '',
  'An invented trust of 26 schools in invented places, built by examples/build-trust-tracker.ts. No real school or pupil is described.',
  'URNs start with 95 so they cannot be mistaken for real ones.',
  '',
  'Schools: one row per school, the eight strands (1–4 or Stabilise / Repair / Improve / Sustain; blank = not reviewed), safeguarding, the last inspection in whichever shape it came, and the figures Pathway derives strands from.',
  'KS2 results: % of pupils meeting the expected standard in reading, writing and maths, one column per year (no tests in 2020 or 2021).',
  'Performance data: Progress 8 (none for 2025), Attainment 8, KS2 maths progress (none after 2023) and subject rows for three secondaries.',
  'Benchmarks: floor, coasting, national and top 15 % for each headline measure and year. National figures are the published ones.',
  'National PA: national persistent absence by phase (illustrative figures).',
  'Target benchmarks, Baselines, Data drops and the two pupil sheets: what npx pathway targets reads to set 2025/26 targets and check progress at each drop.',
  'The three school improvement plans, Trust themes and Delivery plan: what npx pathway plans checks.',
  'Visit schedule and QA days: what npx pathway forms turns into monitoring forms and collates.',
  '',
  'Run: npx pathway categorise examples/trust-tracker.xlsx -o out/trust-tracker.pathway.xlsx',
];

function addReadMe(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Read me');
  READ_ME.forEach((line) => ws.addRow([line]));
  ws.getCell('A1').font = TITLE_FONT;
  ws.getColumn(1).width = 120;
  ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
}

/** The whole sample tracker; fixed metadata dates keep the file identical from run to run. */
export function buildWorkbook(schools: SampleSchool[], perf: Map<string, SchoolPerformance>, long: LongRow[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${TRUST_NAME} data team`;
  wb.lastModifiedBy = `${TRUST_NAME} data team`;
  wb.created = new Date(Date.UTC(2026, 2, 31));
  wb.modified = new Date(Date.UTC(2026, 2, 31));
  addReadMe(wb);
  addSchools(wb, schools);
  addKs2Wide(wb, schools, perf);
  addLong(wb, long);
  addBenchmarks(wb);
  addNationalPa(wb);
  return wb;
}
