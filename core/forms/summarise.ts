import { normaliseHeader } from '../grid/normalise-header.js';
import { formatIsoDate } from '../report/dates.js';
import { tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import { areasOf } from './evidence-sheet.js';
import { excellenceRegister, type ExcellenceEntry } from './excellence.js';
import { scaleFor } from './judgement-word.js';
import type { FormsSettings } from './settings.js';
import { topThemes } from './themes.js';
import type { FormRecord } from './types.js';

export const EVIDENCE_SUMMARY_SHEET = 'Pathway Evidence Summary';

export interface SchoolEvidence {
  school: string;
  forms: number;
  completed: number;
  /** Area → scale word (or "Not judged") → number of forms. Blank judgements are not counted. */
  spread: Record<string, Record<string, number>>;
  www: { theme: string; count: number }[];
  ebi: { theme: string; count: number }[];
  excellence: ExcellenceEntry[];
}

function spreadOf(records: FormRecord[], areas: string[], settings: FormsSettings): Record<string, Record<string, number>> {
  const spread: Record<string, Record<string, number>> = {};
  for (const area of areas) {
    const words = [...scaleFor(area, settings), settings.notJudged];
    const counts: Record<string, number> = {};
    for (const r of records) {
      const word = r.judgements[area] ?? '';
      if (words.includes(word)) counts[word] = (counts[word] ?? 0) + 1;
    }
    spread[area] = counts;
  }
  return spread;
}

/** Per school: the spread of judgements per area, the most frequent WWW/EBI themes, areas of excellence. */
export function summariseEvidence(records: FormRecord[], settings: FormsSettings): SchoolEvidence[] {
  const bySchool = new Map<string, FormRecord[]>();
  for (const r of records) {
    const key = normaliseHeader(r.school);
    bySchool.set(key, [...(bySchool.get(key) ?? []), r]);
  }
  const areas = areasOf(records, settings);
  return [...bySchool.values()].map((forms) => {
    const done = forms.filter((f) => f.completed);
    return {
      school: forms[0]?.school ?? '',
      forms: forms.length,
      completed: done.length,
      spread: spreadOf(done, areas, settings),
      www: topThemes(done.map((f) => f.www), settings.themes, settings.topThemes),
      ebi: topThemes(done.map((f) => f.ebi), settings.themes, settings.topThemes),
      excellence: excellenceRegister(done),
    };
  });
}

const listed = (items: { theme: string; count: number }[]) => items.map((t) => `${t.theme} (${t.count})`).join('; ');

/** One row per school: the spread per area as "Good 3 · Requires improvement 1", themes, excellence. */
export function evidenceSummarySheet(summary: SchoolEvidence[], settings: FormsSettings, asOf: string): SheetSpec {
  const areas = [...new Set(summary.flatMap((s) => Object.keys(s.spread)))];
  const spreadText = (area: string, counts: Record<string, number> | undefined) =>
    [...scaleFor(area, settings), settings.notJudged].filter((w) => counts?.[w]).map((w) => `${w} ${counts?.[w]}`).join(' · ') || null;
  return tableSheet({
    name: EVIDENCE_SUMMARY_SHEET,
    title: `Pathway: monitoring evidence by school, as of ${formatIsoDate(asOf)}`,
    note: 'Judgements count completed forms only. Themes come from the trust\'s tag words; the number is how many forms mention each.',
    columns: [
      { header: 'School', width: 24 }, { header: 'Forms', width: 7 }, { header: 'Completed', width: 10 },
      ...areas.map((a) => ({ header: a, width: 22, wrap: true })),
      { header: 'Most frequent WWW themes', width: 34, wrap: true }, { header: 'Most frequent EBI themes', width: 34, wrap: true },
      { header: 'Areas of excellence (strand)', width: 40, wrap: true },
    ],
    rows: summary.map((s) => [
      s.school, s.forms, s.completed, ...areas.map((a) => spreadText(a, s.spread[a])),
      listed(s.www) || null, listed(s.ebi) || null,
      s.excellence.map((e) => `${e.text} (${e.strand}, ${e.formId})`).join('\n') || null,
    ]),
  });
}
