import type { Cell, SheetGrid } from '../../../core/grid/types.js';
import type { MappingOverride } from '../../../core/tracker/index.js';

/**
 * The messy-input corpus: small named workbooks, each with what Pathway must read from it and
 * the exact issues (sheet!cell:severity) it must raise. Names say what is messy about the input.
 */
export interface CorpusCase {
  name: string;
  sheets: SheetGrid[];
  mapping?: MappingOverride[];
  /** A dotted path into the parsed tracker and the value it must hold. */
  read?: [string, unknown];
  /** Every issue, as "Sheet!A1:severity", in order. */
  issues: string[];
}

const schools = (header: Cell[], ...rows: Cell[][]): SheetGrid => ({ name: 'Schools', grid: [header, ...rows] });
const one = (header: string, cell: Cell) => [schools(['School', 'URN', header], ['Oak Primary', 100001, cell])];
const OAK_ELM = schools(['School', 'URN', 'Phase of education'], ['Oak Primary', 100001, 'Primary'], ['Elm Academy', 100002, 'Secondary']);
const long = (value: Cell, measure = 'KS2 RWM EXS %', year: Cell = 2019): SheetGrid[] => [
  OAK_ELM,
  { name: 'Results', grid: [['URN', 'Measure', 'Year', 'Value'], [100001, measure, year, value]] },
];
// Benchmarks beside a schools sheet, so the workbook as a whole is one Pathway can categorise.
const bench = (...rows: Cell[][]): SheetGrid[] => [OAK_ELM, { name: 'Benchmarks', grid: [['Measure', 'Year', 'Floor', 'Coasting', 'National', 'Top 15%'], ...rows] }];

const panel = (header: Cell[], ...rows: Cell[][]): SheetGrid => ({ name: 'Panel', grid: [header, ...rows] });
const history = (...rows: Cell[][]): SheetGrid => ({ name: 'History', grid: [['URN', 'Inspection date', 'Overall effectiveness'], ...rows] });
const withInspection = (grade: Cell, date: Cell): SheetGrid => schools(['School', 'URN', 'Last inspection', 'Last inspection date'], ['Oak Primary', 100001, grade, date]);

const strand = (cell: Cell, want: unknown, issues: string[] = []): CorpusCase => ({
  name: `strand cell ${JSON.stringify(cell)}`, sheets: one('Leadership', cell), read: ['schools.0.strands.leadership', want], issues,
});
const safeguarding = (cell: Cell, want: unknown, issues: string[] = []): CorpusCase => ({
  name: `safeguarding cell ${JSON.stringify(cell)}`, sheets: one('Safeguarding', cell), read: ['schools.0.safeguarding', want], issues,
});
const phase = (cell: Cell, want: unknown, issues: string[] = []): CorpusCase => ({
  name: `phase of education ${JSON.stringify(cell)}`, sheets: one('Education phase', cell), read: ['schools.0.educationPhase', want], issues,
});
const inspection = (cell: Cell, path: string, want: unknown, issues: string[] = []): CorpusCase => ({
  name: `last inspection ${JSON.stringify(cell)}`, sheets: one('Last inspection', cell), read: [`schools.0.inspection${path}`, want], issues,
});
const inspectionDate = (cell: Cell, want: unknown, issues: string[] = []): CorpusCase => ({
  name: `inspection date ${JSON.stringify(cell)}`,
  sheets: [schools(['School', 'URN', 'Last inspection', 'Last inspection date'], ['Oak Primary', 100001, 'Good', cell])],
  read: ['schools.0.inspection.date', want], issues,
});
const value = (cell: Cell, want: unknown, issues: string[] = [], measure?: string): CorpusCase => ({
  name: `performance value ${JSON.stringify(cell)}${measure ? ` for ${measure}` : ''}`, sheets: long(cell, measure), read: ['performance.0.value', want], issues,
});
const year = (cell: Cell, want: unknown, issues: string[] = []): CorpusCase => ({
  name: `performance year ${JSON.stringify(cell)}`, sheets: long(70, 'KS2 RWM EXS %', cell), read: ['performance.0.year', want], issues,
});

export const CORPUS: CorpusCase[] = [
  strand(1, 1), strand(4, 4), strand('2', 2), strand(' 3 ', 3), strand('Stabilise', 1), strand('Stabilize', 1), strand('REPAIR', 2),
  strand('improve', 3), strand('Sustain', 4), strand('4 - Sustain', 4), strand('Improving', 3), strand(null, null), strand('', null),
  strand('n/a', null), strand('Imporve', 3, ['Schools!C2:warning']), strand(0, null, ['Schools!C2:error']), strand(5, null, ['Schools!C2:error']),
  strand(2.5, null, ['Schools!C2:error']), strand('Good', null, ['Schools!C2:error']), strand('3 - Repair', null, ['Schools!C2:error']),
  strand('#N/A', null, ['Schools!C2:error']), strand(true, null, ['Schools!C2:error']),

  safeguarding('Effective', 'effective'), safeguarding('Not effective', 'not effective'), safeguarding('Y', 'effective'),
  safeguarding('N', 'not effective'), safeguarding('Met', 'effective'), safeguarding('not met', 'not effective'),
  safeguarding(null, null), safeguarding('Unsure', null, ['Schools!C2:error']),

  phase('Primary', 'primary'), phase('Infant', 'primary'), phase('Junior', 'primary'), phase('Secondary', 'secondary'),
  phase('All through', 'all-through'), phase('Special', 'special'), phase('AP', 'alternative'), phase('Nursery', 'nursery'),
  phase('Post-16', 'post-16'), phase('College', null, ['Schools!C2:error']), phase('Secondery', 'secondary', ['Schools!C2:warning']),

  inspection('Outstanding', '.grade', 1), inspection('Good', '.grade', 2), inspection('Requires improvement', '.grade', 3),
  inspection('RI', '.grade', 3), inspection('Inadequate', '.grade', 4), inspection('Special measures', '.grade', 4),
  inspection('Serious weaknesses', '.grade', 4), inspection(2, '.grade', 2), inspection('Grade 3', '.grade', 3),
  inspection('QoE: Good; B&A: Outstanding; PD: Good; L&M: Good; EY: Good', '.judgements.behaviourAttitudes', 1),
  inspection('Quality of education: Requires improvement; Leadership and management: Good', '.judgements.qualityOfEducation', 3),
  inspection('Inclusion: Strong standard; Curriculum and teaching: Expected standard; Achievement: Needs attention; Safeguarding: Met', '.areas.achievement', 4),
  inspection('Inclusion: Exemplary; Attendance and behaviour: Causing concern', '.areas.attendanceBehaviour', 5),
  inspection('Leadership and governance: Attention needed; Safeguarding: Not met', '.safeguardingMet', false),
  inspection('Inclusion: Secure', '.areas.inclusion', 3),
  inspection('Achievement: Urgent improvment', '.areas.achievement', 5, ['Schools!C2:warning']),
  inspection('Brilliant', '', null, ['Schools!C2:error']),
  inspection('Strong standard', '', null, ['Schools!C2:error']),
  inspection('QoE: Amazing', '', null, ['Schools!C2:error']),
  inspection('Wellbeing: Strong standard', '', null, ['Schools!C2:error']),

  inspectionDate('01/04/2018', '2018-04-01'), inspectionDate('1/4/18', '2018-04-01'), inspectionDate('2018-04-01', '2018-04-01'),
  inspectionDate(43191, '2018-04-01'), inspectionDate('1 April 2018', '2018-04-01'), inspectionDate(61, '1900-03-01'),
  inspectionDate(60, null, ['Schools!D2:error']), inspectionDate('31/02/2020', null, ['Schools!D2:error']),
  inspectionDate('12/31/2019', null, ['Schools!D2:error']), inspectionDate('last spring', null, ['Schools!D2:error']),
  inspectionDate(null, null),

  value(70, 70), value('85%', 85), value(' 85 % ', 85), value('85', 85), value('1,234', 1234), value(-0.31, -0.31, [], 'Progress 8'),
  value('\u22120.31', -0.31, [], 'Progress 8'), value(0.85, 85), value(0.25, 0.25, [], 'Progress 8'),
  value('n/a', undefined), value('SUPP', undefined), value('-', undefined), value('x', undefined), value('NE', undefined),
  value('#N/A', undefined, ['Results!D2:error']), value('#DIV/0!', undefined, ['Results!D2:error']), value('', undefined), value('about 70', undefined, ['Results!D2:error']), value(true, undefined, ['Results!D2:error']),

  year(2019, 2019), year('2019', 2019), year('2018/19', 2019), year('2018-19', 2019), year('2018-2019', 2019), year('2018/2019', 2019),
  year('18/19', 2019), year('2018 to 2019', 2019), year('201819', 2019), year('2018/20', undefined, ['Results!C2:error']),
  year('last year', undefined, ['Results!C2:error']), year(2019.5, undefined, ['Results!C2:error']),

  { name: 'benchmarks rising (higher is better)', sheets: bench(['KS2 RWM EXS %', 2019, 45, 55, 65, 80]), read: ['benchmarks.0.top15', 80], issues: [] },
  { name: 'benchmarks falling (lower is better)', sheets: bench(['Persistent absence %', '2018/19', 25, 18, 13, 8]), read: ['benchmarks.0.floor', 25], issues: [] },
  { name: 'benchmarks out of order', sheets: bench(['Progress 8', 2019, -0.5, 0.1, 0, 0.5]), read: ['benchmarks.length', 0], issues: ['Benchmarks!C2:error'] },
  { name: 'benchmarks with two equal thresholds', sheets: bench(['Progress 8', 2019, -0.5, 0, 0, 0.5]), read: ['benchmarks.length', 0], issues: ['Benchmarks!C2:error'] },
  { name: 'benchmarks with a threshold missing', sheets: bench(['Progress 8', 2019, -0.5, 'n/a', 0, 0.5]), read: ['benchmarks.length', 0], issues: ['Benchmarks!D2:error'] },
  { name: 'benchmarks as percentages with % signs', sheets: bench(['KS2 RWM EXS %', 2019, '45%', '55%', '65%', '80%']), read: ['benchmarks.0.national', 65], issues: [] },
  { name: 'benchmarks as fractions for a % measure', sheets: bench(['KS2 RWM EXS %', 2019, 0.45, 0.55, 0.65, 0.8]), read: ['benchmarks.0.coasting', 55], issues: [] },
  { name: 'benchmarks given twice for one measure and year', sheets: bench(['Progress 8', 2019, -0.5, -0.2, 0, 0.5], ['progress 8', '2018/19', -0.4, -0.2, 0, 0.5]), read: ['benchmarks.length', 1], issues: ['Benchmarks!A3:error'] },

  { name: 'title rows above the header', sheets: [{ name: 'S', grid: [['Trust tracker'], ['Updated termly'], ['School', 'Governance'], ['Oak', 'Repair']] }], read: ['schools.0.strands.governance', 2], issues: [] },
  { name: 'group row "Strands" merged above the strand headers', sheets: [{ name: 'S', grid: [[null, 'Strands'], ['School', 'LGB', 'Workforce'], ['Oak', 3, 4]] }], read: ['schools.0.strands.staffing', 4], issues: [] },
  { name: 'header split over two rows', sheets: [{ name: 'S', grid: [['School', 'Teacher', 'Pupils on'], [null, 'turnover %', 'roll'], ['Oak', 12, 210]] }], read: ['schools.0.data.pupils', 210], issues: [] },
  { name: 'blank rows between schools', sheets: [schools(['School', 'URN'], ['Oak', 100001], [], [null], ['Elm', 100002])], read: ['schools.length', 2], issues: [] },
  { name: 'totals row at the bottom', sheets: [schools(['School', 'Leadership'], ['Oak', 3], ['Total', 3])], read: ['schools.length', 1], issues: ['Schools!A3:warning'] },
  { name: 'trust average row', sheets: [schools(['School', 'Leadership'], ['Oak', 3], ['Trust average', 3])], read: ['schools.length', 1], issues: ['Schools!A3:warning'] },
  { name: 'a school whose name starts with "Trust"', sheets: [schools(['School', 'Leadership'], ['Trust Primary Academy', 2])], read: ['schools.length', 1], issues: [] },
  { name: 'duplicate URN', sheets: [schools(['School', 'URN'], ['Oak', 100001], ['Oak Primary', 100001])], read: ['schools.length', 1], issues: ['Schools!A3:error'] },
  { name: 'duplicate name without URN', sheets: [schools(['School', 'Leadership'], ['Oak Primary', 3], ['OAK PRIMARY', 3])], read: ['schools.length', 1], issues: ['Schools!A3:error'] },
  { name: 'same name, different URNs', sheets: [schools(['School', 'URN'], ["St Mary's", 100010], ["St Mary's", 100011])], read: ['schools.length', 2], issues: [] },
  { name: 'row with data but no school', sheets: [schools(['School', 'Leadership'], ['Oak', 3], [null, 2])], read: ['schools.length', 1], issues: ['Schools!A3:error'] },
  { name: 'URN typed as text with a prefix', sheets: [schools(['School', 'URN'], ['Oak', 'URN 100001'])], read: ['schools.0.urn', '100001'], issues: [] },
  { name: 'URN that is not digits', sheets: [schools(['School', 'URN'], ['Oak', 'ABC'])], read: ['schools.0.urn', 'ABC'], issues: ['Schools!B2:warning'] },
  { name: 'a table no role fits (panel measures with one year each)', sheets: [OAK_ELM, { name: 'Panel', grid: [['la', 'region', 'school_name', 'rwm_exp_pct_2016', 'p8_2017'], [850, 'South East', 'Oak Primary', 45, 0.2]] }], read: ['recognised.length', 1], issues: ['Panel!A1:warning'] },
  { name: 'a panel export (school_key, measure_year columns) is read as results', sheets: [OAK_ELM, panel(['school_key', 'la', 'school_name', 'rwm_exp_pct_2016', 'rwm_exp_pct_2017'], [100001, 850, 'Oak Primary', 45, 52])], read: ['performance.1', { key: '100001', measure: 'rwm_exp_pct', unit: null, year: 2017, value: 52, source: { sheet: 'Panel', cell: 'E2' } }], issues: [] },
  { name: 'panel measure named from "KS2 RWM 2019" headers', sheets: [OAK_ELM, panel(['URN', 'KS2 RWM 2018', 'KS2 RWM 2019', 'Progress 8 2018', 'Progress 8 2019'], [100001, 60, 64, 0.1, 0.3])], read: ['recognised.1.measures', ['KS2 RWM', 'Progress 8']], issues: [] },
  { name: 'panel years in brackets, "Progress 8 (2018/19)"', sheets: [OAK_ELM, panel(['URN', 'Progress 8 (2017/18)', 'Progress 8 (2018/19)'], [100002, -0.1, 0.2])], read: ['performance.1.year', 2019], issues: [] },
  { name: 'panel academic years "att8 2024-25" and a lone cohort column', sheets: [OAK_ELM, panel(['URN', 'att8 2023-24', 'att8 2024-25', 'cohort 2025'], [100002, 44.1, 46.3, 180])], read: ['performance.length', 2], issues: [] },
  { name: 'panel with two columns for one year of a measure', sheets: [OAK_ELM, panel(['URN', 'KS2 2019', 'KS2 (2018/19)', 'KS2 2018'], [100001, 64, 65, 60])], read: ['performance.length', 2], issues: ['Panel!C1:error'] },
  { name: 'panel as the only sheet: schools taken from it', sheets: [panel(['school_key', 'school_name', 'rwm_exp_pct_2024', 'rwm_exp_pct_2025'], [139273, 'Front Lawn Primary Academy', 85, 82])], read: ['schools.0.school', 'Front Lawn Primary Academy'], issues: ['Panel!:warning'] },
  { name: 'year columns beside "Target 2026" columns: still one measure, as before', sheets: [OAK_ELM, { name: 'KS2 RWM EXS %', grid: [['URN', 2018, 2019, 'Target 2026', 'Target 2027'], [100001, 60, 64, 70, 72]] }], read: ['performance.length', 2], issues: [] },
  { name: 'inspection history gives the latest inspection by date', sheets: [OAK_ELM, history([100001, '12/03/2015', 'Good'], [100001, '2019-06-20', 'Requires improvement'], [100001, 40000, 'Outstanding'])], read: ['schools.0.inspection', { kind: 'legacy-grade', grade: 3, date: '2019-06-20', source: { sheet: 'History', cell: 'C3' } }], issues: [] },
  { name: 'inspection history "Satisfactory" keeps the legacy scale', sheets: [OAK_ELM, history([100002, '2009-01-15', 'Satisfactory'])], read: ['schools.1.inspection.grade', 3], issues: [] },
  { name: 'inspection history rows for other schools: counted once', sheets: [OAK_ELM, history([100001, '2019-06-20', 'Good'], [999991, '2018-01-01', 'Good'], [999992, '2017-01-01', 'Inadequate'])], read: ['schools.0.inspection.date', '2019-06-20'], issues: ['History!A1:warning'] },
  { name: 'inspection history newer than the schools sheet: the schools sheet wins', sheets: [withInspection('Good', '10/10/2014'), history([100001, '2019-06-20', 'Inadequate'])], read: ['schools.0.inspection.grade', 2], issues: ['History!C2:warning'] },
  { name: 'inspection history older than the schools sheet: no issue', sheets: [withInspection('Good', '10/10/2019'), history([100001, '2014-06-20', 'Inadequate'])], read: ['schools.0.inspection.date', '2019-10-10'], issues: [] },
  { name: 'inspection history with an unreadable date', sheets: [OAK_ELM, history([100001, '31/02/2019', 'Good'], [100001, '2016-05-01', 'Outstanding'])], read: ['schools.0.inspection.grade', 1], issues: ['History!B2:error'] },
  { name: 'inspection history with an outcome Pathway does not know', sheets: [OAK_ELM, history([100001, '2016-05-01', 'Brilliant'])], read: ['schools.0.inspection', null], issues: ['History!C2:error'] },
  { name: 'inspection history for schools taken from a panel', sheets: [panel(['school_key', 'school_name', 'rwm_exp_pct_2024', 'rwm_exp_pct_2025'], [100001, 'Oak Primary', 85, 82]), history([100001, '2016-05-01', 'Good'])], read: ['schools.0.inspection.grade', 2], issues: ['Panel!:warning'] },
  { name: 'an unknown table under a title row', sheets: [OAK_ELM, { name: 'Visits', grid: [['Autumn visits'], [], ['Who', 'When', 'Where'], ['AB', '03/10/2025', 'Oak']] }], read: ['recognised.length', 1], issues: ['Visits!A3:warning'] },
  { name: 'a notes sheet with one column of text', sheets: [OAK_ELM, { name: 'Read me', grid: [['About this tracker'], [], ['Strands are 1–4; blank means not yet reviewed.'], ['Source: trust reviews']] }], read: ['recognised.length', 1], issues: [] },
  { name: 'headers with nothing under them', sheets: [OAK_ELM, { name: 'Blank form', grid: [['Who', 'When', 'Where']] }], read: ['recognised.length', 1], issues: [] },
  { name: 'no sheet gives a school', sheets: [{ name: 'Notes', grid: [['Nothing here yet']] }], read: ['schools.length', 0], issues: ['!:error'] },
  { name: 'long-form value below 1 among whole percentages', sheets: [OAK_ELM, { name: 'Results', grid: [['URN', 'Measure', 'Year', 'Value'], [100001, 'KS2 RWM EXS %', 2022, 64], [100001, 'KS2 RWM EXS %', 2023, 0.64], [100001, 'KS2 RWM EXS %', 2024, 70]] }], read: ['performance.1.value', 0.64], issues: ['Results!D3:warning'] },
  { name: 'wide value below 1 among whole percentages', sheets: [OAK_ELM, { name: 'KS2 RWM EXS %', grid: [['URN', 2018, 2019], [100001, 64, 0.64], [100002, 70, 71]] }], read: ['performance.1.value', 0.64], issues: ['KS2 RWM EXS %!C2:warning'] },
  { name: 'Progress 8 values below 1 are not in doubt', sheets: [OAK_ELM, { name: 'Results', grid: [['URN', 'Measure', 'Year', 'Value'], [100001, 'Progress 8', 2022, 1.2], [100001, 'Progress 8', 2023, 0.4]] }], read: ['performance.1.value', 0.4], issues: [] },
  { name: 'benchmarks sheet missing Top 15%', sheets: [{ name: 'B', grid: [['Measure', 'Year', 'Floor', 'Coasting', 'National'], ['P8', 2019, -1, -0.5, 0]] }], read: ['recognised.length', 0], issues: ['B!A1:error', '!:error'] },
  { name: 'performance sheet missing Value', sheets: [OAK_ELM, { name: 'P', grid: [['t'], ['URN', 'Measure', 'Year'], [100001, 'P8', 2019]] }], read: ['recognised.length', 1], issues: ['P!A2:error'] },
  { name: 'wide sheet with two columns for one year', sheets: [OAK_ELM, { name: 'P8', grid: [['URN', '2018/19', '2019', '2020'], [100002, 0.1, 0.2, 0.3]] }], read: ['performance.length', 2], issues: ['P8!C1:error'] },
  { name: 'wide sheet measure from its title', sheets: [OAK_ELM, { name: 'Sheet3', grid: [['KS2 RWM EXS %'], ['URN', 2018, 2019], [100001, 60, 65]] }], read: ['performance.1.measure', 'KS2 RWM EXS %'], issues: [] },
  { name: 'wide sheet measure from its name', sheets: [OAK_ELM, { name: 'Progress 8', grid: [['URN', 2018, 2019], [100002, 0.1, 0.2]] }], read: ['performance.0.measure', 'Progress 8'], issues: [] },
  { name: 'performance for a school not on the schools sheet', sheets: [OAK_ELM, { name: 'P', grid: [['URN', 'Measure', 'Year', 'Value'], [100099, 'P8', 2019, 0.1]] }], read: ['performance.length', 0], issues: ['P!A2:error'] },
  { name: 'a strands sheet with no School column', sheets: [{ name: 'S', grid: [['Leadership', 'Finance'], [3, 4]] }], read: ['recognised.length', 0], issues: ['S!A1:error', '!:error'] },
  { name: 'a list of names alone is not a schools sheet', sheets: [{ name: 'Names', grid: [['Name'], ['Oak'], ['Elm']] }], read: ['recognised.length', 0], issues: ['!:error'] },
  { name: 'performance without a schools sheet', sheets: [{ name: 'P', grid: [['URN', 'Measure', 'Year', 'Value'], [100099, 'P8', 2019, 0.1]] }], read: ['schools.0.key', '100099'], issues: ['P!:warning'] },
  { name: 'Pathway output sheets are not read', sheets: [{ name: 'Pathway Schools', grid: [['School'], ['Oak']] }], read: ['schools.length', 0], issues: ['!:error'] },
  { name: 'mapping override names an unrecognised column', sheets: [{ name: 'S', grid: [['School', 'Boss'], ['Oak', 1]] }], mapping: [{ sheet: 'S', field: 'leadership', column: 1 }], read: ['schools.0.strands.leadership', 1], issues: [] },
  { name: 'agreed category out of range', sheets: one('Agreed category', 'Z'), read: ['schools.0.override', null], issues: ['Schools!C2:error'] },
  { name: 'agreed category with its date', sheets: [schools(['School', 'Agreed category', 'Agreed on'], ['Oak', 'C', '14/07/2025'])], read: ['schools.0.override.agreedOn', '2025-07-14'], issues: [] },
  { name: 'groups underperforming named rather than Y', sheets: one('Groups underperforming', 'Disadvantaged, SEND'), read: ['schools.0.groupsUnderperforming', true], issues: [] },
  { name: 'groups underperforming none', sheets: one('Groups underperforming', 'None'), read: ['schools.0.groupsUnderperforming', false], issues: [] },
  { name: 'groups underperforming n/a', sheets: one('Groups underperforming', 'n/a'), read: ['schools.0.groupsUnderperforming', false], issues: [] },
  { name: 'a source note under the table', sheets: [schools(['School', 'Leadership'], ['Oak', 3], [], ['Source: trust reviews, summer term', null])], read: ['schools.length', 1], issues: ['Schools!A4:warning'] },
  { name: 'percent column as Excel fractions', sheets: [schools(['School', 'PA %'], ['Oak', 0.155], ['Elm', 0.2])], read: ['schools.0.data.persistentAbsencePct', 15.5], issues: [] },
  { name: 'fraction among whole percentages', sheets: [schools(['School', 'PA %'], ['Oak', 15], ['Elm', 0.2])], read: ['schools.1.data.persistentAbsencePct', 0.2], issues: ['Schools!B3:warning'] },
];
