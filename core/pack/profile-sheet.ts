import type { SchoolResult } from '../categorise/types.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { formatIsoDate } from '../report/dates.js';
import { PHASE_COLOURS } from '../sheets/palette.js';
import { JOURNEY_NAMES, STRAND_LABELS, STRAND_PHASE_WORDS } from '../sheets/labels.js';
import type { SheetSpec } from '../sheets/types.js';
import { schoolKey } from '../targets/school-key.js';
import { PROGRESS_LABELS } from '../targets/types.js';
import { strandsOf } from '../categorise/strands-in-use.js';
import type { PackData } from './gather.js';
import { changeLine } from './history.js';
import { inspectionDate, inspectionText } from './inspection-text.js';
import { latestDrops, RAG_COLOURS } from './latest-progress.js';
import { Page } from './_lib/page.js';
import { schoolTrend } from './results-trend.js';
import { profileSheetNames } from './sheet-names.js';

const WIDTHS = [24, 12, 12, 12, 12, 34];
/** The four bands of FRAMEWORK.md section 4 as chart lines, lightest to strongest. */
const BAND_COLOURS = ['C00000', 'ED7D31', 'A5A5A5', '70AD47'];

/** A reason as a short bullet: the first clause of the sentence, which carries the rule that fired. */
export function bullet(reason: string): string {
  const short = reason.length > 140 ? `${reason.slice(0, 137).replace(/\s+\S*$/, '')}…` : reason;
  return `• ${short}`;
}

function profileSheet(s: SchoolResult, name: string, data: PackData): SheetSpec {
  const key = schoolKey(s.school, s.urn);
  const record = data.records.get(key);
  const page = new Page(WIDTHS);
  page.title(`Pathway: ${s.school}${s.urn ? ` (URN ${s.urn})` : ''}, as of ${formatIsoDate(data.asOf)}`);
  const agreed = s.agreed ? ` (agreed ${s.agreed.category})` : '';
  page.facts([
    ['Category', `${s.category ?? 'None'}${agreed}`], ['Phase', s.phase],
    ['Journey', s.trajectory ? `${s.trajectory} ${JOURNEY_NAMES[s.trajectory]}` : 'Too little data'], ['Risk', s.risk ? `${s.risk}, ${s.riskScore}` : 'Not rated'],
    ['Capacity', s.capacity === 'giver' ? 'Gives support' : s.capacity === 'taker' ? 'Takes support' : 'Neither'], ['Pupils', s.pupils],
    ['Last inspection', inspectionText(record?.inspection ?? null)], ['Inspected', inspectionDate(record?.inspection ?? null)],
  ]);
  page.line(`Since ${data.previousDate ? formatIsoDate(data.previousDate) : 'the last snapshot'}: ${data.previousDate ? changeLine(data.changes, s.school) : 'no earlier snapshot'}.`, { italic: true });

  page.heading('Judgements and why');
  for (const reason of s.reasons) page.line(bullet(reason));

  page.heading('Strands');
  page.table(['Strand', 'Score', 'Phase', 'From'], strandsOf(s.strands).map((k) => {
    const score = s.strands[k] ?? null;
    return [STRAND_LABELS[k], score, score === null ? 'Not known' : STRAND_PHASE_WORDS[score], s.strandSources[k] === 'derived' ? 'Tracker data' : score === null ? null : 'Reviewer'];
  }), { colours: { 2: PHASE_COLOURS } });

  const trend = schoolTrend(s, data.results, data.benchmarks);
  page.heading(`Results: ${s.headlineMeasure ?? 'no headline measure'} against the four bands`);
  const at = page.table(['Year', 'School', 'Floor', 'Coasting', 'National', 'Top 15 %'], trend.map((y) => [y.year, y.value, y.floor, y.coasting, y.national, y.top15]), {
    empty: 'No results in the tracker for this school.',
  });
  if (at.count > 0) {
    const col = (c: number) => ({ row: at.first, col: c, rows: at.count });
    page.chart({
      kind: 'line',
      title: `${s.headlineMeasure ?? ''}: ${s.school}`,
      categories: col(0),
      series: [
        { name: 'School', values: col(1), color: '1F4E78' },
        ...['Floor', 'Coasting', 'National', 'Top 15 %'].map((n, i) => ({ name: n, values: col(i + 2), color: BAND_COLOURS[i] })),
      ],
      yAxis: { title: s.headlineMeasure ?? '' },
    }, 10);
  }

  page.heading('Targets and progress at the latest data drop');
  const drops = new Map(latestDrops(data.progress).filter((r) => r.schoolKey === key).map((r) => [normaliseHeader(r.measure), r]));
  page.table(['Measure', 'Baseline', 'Target', 'Latest drop', 'Actual', 'Progress'], data.targets.filter((t) => t.schoolKey === key && t.unit === null).map((t) => {
    const d = drops.get(normaliseHeader(t.measure.name));
    return [t.measure.name, t.baseline, t.target.value, d ? `${d.drop ?? formatIsoDate(d.date)}` : null, d?.actual ?? null, d ? `${PROGRESS_LABELS[d.status]} (milestone ${d.milestone.value})` : 'No drop yet'];
  }), { empty: 'No targets set for this school.', colours: { 5: RAG_COLOURS } });

  page.heading('Latest monitoring visit');
  const visit = data.forms.filter((f) => normaliseHeader(f.school) === normaliseHeader(s.school)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  if (visit) {
    page.line(`${visit.date ? formatIsoDate(visit.date) : 'Undated'}, ${visit.observer || 'observer not named'}${visit.focus ? `: ${visit.focus}` : ''}`, { italic: true });
    page.line(`What went well: ${visit.www || 'not recorded'}`);
    page.line(`Even better if: ${visit.ebi || 'not recorded'}`);
  } else page.line('No completed monitoring form for this school yet.', { italic: true });

  page.heading('Support it gives and gets this term');
  const gives = data.broker.assignments.filter((a) => a.giver === s.school).map((a) => `Gives ${a.days} days (${STRAND_LABELS[a.strand]}) to ${a.taker}`);
  const gets = data.broker.assignments.filter((a) => a.taker === s.school).map((a) => `Gets ${a.days} days (${STRAND_LABELS[a.strand]}) from ${a.giver}`);
  const unmet = data.broker.unmet.filter((u) => u.taker === s.school).map((u) => `${u.unmet} of ${u.need} days of need not yet found`);
  const lines = [...gives, ...gets, ...unmet];
  if (lines.length === 0) page.line('None planned.', { italic: true });
  for (const l of lines) page.line(bullet(l));

  return page.build(name, { orientation: 'portrait', fitToWidth: 1, fitToHeight: 1, repeatRows: 1 });
}

/** A school on a page: one profile sheet per school, named within Excel's 31 characters. */
export function profileSheets(data: PackData): SheetSpec[] {
  const names = profileSheetNames(data.schools.map((s) => s.school));
  return data.schools.map((s, i) => profileSheet(s, names[i] ?? '', data));
}
