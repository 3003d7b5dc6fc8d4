import type { SchoolResult } from '../categorise/types.js';
import type { Cell } from '../grid/types.js';
import { formatIsoDate } from '../report/dates.js';
import { CATEGORY_COLOURS, PHASE_COLOURS, RISK_COLOURS, type Swatch } from '../sheets/palette.js';
import { JOURNEY_NAMES } from '../sheets/labels.js';
import type { SheetSpec } from '../sheets/types.js';
import { PROGRESS_LABELS } from '../targets/types.js';
import { deliveryRag } from './delivery-rag.js';
import type { PackData } from './gather.js';
import { changeLine, type Snapshot } from './history.js';
import { RAG_COLOURS, tallyTargets } from './latest-progress.js';
import { Page } from './_lib/page.js';
import { headlineTrends } from './results-trend.js';
import { DASHBOARD_SHEET } from './sheet-names.js';

const WIDTHS = [30, 11, 11, 11, 11, 11, 11, 40];

/** The groups a board counts schools in, each with the words its cells hold, in the framework's order. */
const GROUPS: { title: string; of: (s: SchoolResult) => string; snap: (s: Snapshot) => string; order: string[]; colours?: Record<string, Swatch> }[] = [
  { title: 'Category', of: (s) => s.category ?? 'No category', snap: (s) => s.category ?? 'No category', order: ['A', 'B', 'C', 'D', 'E', 'No category'], colours: CATEGORY_COLOURS },
  { title: 'Phase', of: (s) => s.phase, snap: (s) => s.phase ?? 'Insufficient evidence', order: ['Sustain', 'Improve', 'Repair', 'Stabilise', 'Insufficient evidence'], colours: PHASE_COLOURS },
  {
    title: 'Journey', of: (s) => (s.trajectory ? `${s.trajectory} ${JOURNEY_NAMES[s.trajectory]}` : 'Too little data'),
    snap: (s) => (s.journey ? `${s.journey} ${JOURNEY_NAMES[s.journey as 'A'] ?? ''}`.trim() : 'Too little data'),
    order: [...(Object.keys(JOURNEY_NAMES) as (keyof typeof JOURNEY_NAMES)[]).map((j) => `${j} ${JOURNEY_NAMES[j]}`), 'Too little data'],
  },
  { title: 'Risk', of: (s) => s.risk ?? 'Not rated', snap: (s) => s.risk ?? 'Not rated', order: ['Low', 'Medium', 'High', 'Critical', 'Not rated'], colours: RISK_COLOURS },
];

/** The risk points behind a rating in one line: "Category E +3; trajectory C +2". */
export function riskReason(s: SchoolResult): string {
  const at = s.reasons.findIndex((r) => r.startsWith('Risk '));
  const points = at < 0 ? [] : s.reasons.slice(at + 1).map((r) => r.replace(/:\s*([+−-]\d+)\.?$/, ' $1').replace(/\.$/, ''));
  return points.length > 0 ? points.join('; ') : (s.reasons[at] ?? '');
}

function countRows(schools: readonly SchoolResult[], previous: readonly Snapshot[], group: (typeof GROUPS)[number]): Cell[][] {
  return group.order.flatMap((label) => {
    const mine = schools.filter((s) => group.of(s) === label);
    const before = previous.filter((s) => group.snap(s) === label).length;
    if (mine.length === 0 && before === 0) return [];
    const pupils = mine.reduce((n, s) => n + (s.pupils ?? 0), 0);
    const change = previous.length === 0 ? null : mine.length - before;
    return [[label, mine.length, pupils, change === null ? null : change > 0 ? `+${change}` : String(change)]];
  });
}

/**
 * The trust's board dashboard: counts by category, phase, journey and risk with the change since
 * the last snapshot, the High and Critical schools with why, headline results against national
 * (a chart), targets at the latest drop, the delivery plan's RAG from the figures, and what moved.
 */
export function dashboardSheet(data: PackData): SheetSpec {
  const { schools, asOf } = data;
  const previous = data.history.filter((s) => s.date === data.previousDate);
  const since = data.previousDate ? `since ${formatIsoDate(data.previousDate)}` : 'since the last snapshot';
  const page = new Page(WIDTHS);
  page.title(`Pathway: trust dashboard as of ${formatIsoDate(asOf)}`);
  page.line(`Changes against ${data.previousDate ? `the snapshot of ${formatIsoDate(data.previousDate)}` : 'no earlier snapshot yet'} (Pathway History).`, { italic: true });
  const pupils = schools.reduce((n, s) => n + (s.pupils ?? 0), 0);
  const atRisk = schools.filter((s) => s.risk === 'High' || s.risk === 'Critical');
  page.facts([['Schools', schools.length], ['Pupils', pupils], ['High or Critical risk', atRisk.length], ['Last snapshot', data.previousDate ? formatIsoDate(data.previousDate) : 'None']]);

  for (const group of GROUPS) {
    page.heading(`Schools and pupils by ${group.title.toLowerCase()}`);
    page.table([group.title, 'Schools', 'Pupils', `Change ${since}`], countRows(schools, previous, group), { colours: group.colours ? { 0: group.colours } : {}, numFmt: { 2: '#,##0' } });
  }

  page.heading('High and Critical risk');
  page.table(
    ['School', 'Risk', 'Score', 'Category', 'Journey', 'Pupils', 'Change', 'Why (risk points)'],
    [...atRisk].sort((a, b) => (b.riskScore ?? 0) - (a.riskScore ?? 0) || a.school.localeCompare(b.school)).map((s) => [
      s.school, s.risk, s.riskScore, s.category, s.trajectory, s.pupils, data.previousDate ? changeLine(data.changes, s.school) : null, riskReason(s),
    ]),
    { colours: { 1: RISK_COLOURS, 3: CATEGORY_COLOURS }, empty: 'No school is at High or Critical risk.' },
  );

  for (const trend of headlineTrends(schools, data.results, data.benchmarks).slice(0, 3)) {
    if (trend.years.length === 0) continue;
    page.heading(`Headline results: ${trend.measure} against national`);
    const at = page.table(['Year', 'Trust', 'National', 'Difference', 'Schools'], trend.years.map((y) => [
      y.year, y.trust, y.national, y.national === null ? null : Math.round((y.trust - y.national) * 100) / 100, y.schools,
    ]), { numFmt: { 1: '0.0#', 2: '0.0#', 3: '+0.0#;-0.0#;0' } });
    page.chart({
      kind: 'line',
      title: `${trend.measure}: trust and national`,
      categories: { row: at.first, col: 0, rows: at.count },
      series: [
        { name: 'Trust', values: { row: at.first, col: 1, rows: at.count }, color: '2E75B6' },
        { name: 'National', values: { row: at.first, col: 2, rows: at.count }, color: 'A5A5A5' },
      ],
      yAxis: { title: trend.measure },
    });
  }

  page.heading('Targets at the latest data drop');
  page.table(['Measure', 'Schools', 'Met', 'Above', 'On track', 'Slightly below', 'Well below', 'Trust (pupil-weighted)'], tallyTargets(data.progress, data.trust).map((t) => [
    t.measure, t.schools, t.met, t.counts.above, t.counts['on track'], t.counts['slightly below'], t.counts['well below'],
    t.trust ? `${PROGRESS_LABELS[t.trust.status]}: ${t.trust.actual} against ${t.trust.milestone} (${t.trust.period})` : null,
  ]), { empty: 'No data drops checked against targets yet.' });

  page.heading('Delivery plan: RAG from the tracker’s figures');
  page.table(['Line', 'Theme', 'Measure', 'Typed RAG', 'Term', 'From figures', 'Lead', 'Basis'], deliveryRag(data.delivery, data.trust).map((d) => [
    d.row.what, d.row.theme, d.measure, d.typed, d.term, d.computed, d.row.lead, d.basis,
  ]), { colours: { 3: RAG_COLOURS, 5: RAG_COLOURS }, empty: 'No delivery plan in the workbook.' });

  page.heading(`Changes ${since}`);
  const moved = data.changes.filter((c) => c.what !== 'Risk score');
  page.table(['School', 'What', 'From', 'To'], moved.map((c) => [c.school, c.what, c.from, c.to]), {
    empty: data.previousDate ? 'No school’s judgement changed.' : 'No earlier snapshot to compare with.',
  });

  return page.build(DASHBOARD_SHEET, { orientation: 'landscape', fitToWidth: 1, repeatRows: 1 });
}
