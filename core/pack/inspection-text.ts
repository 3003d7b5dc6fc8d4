import { LEGACY_GRADE_WORDS, REPORT_CARD_WORDS } from '../categorise/_lib/inspection-words.js';
import { formatIsoDate } from '../report/dates.js';
import type { Inspection } from '../tracker/types.js';

/** "curriculumTeaching" → "Curriculum teaching": the area's own key, read as words. */
const areaWords = (k: string) => k.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()).replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** The last inspection in a line, on its own scale: "Good", or a report card's areas. */
export function inspectionText(i: Inspection | null): string {
  if (!i) return 'Not recorded';
  if (i.kind === 'legacy-grade') return LEGACY_GRADE_WORDS[i.grade];
  const entries = Object.entries(i.kind === 'report-card' ? i.areas : i.judgements) as [string, number][];
  const words = i.kind === 'report-card' ? (g: number) => REPORT_CARD_WORDS[g as 1] : (g: number) => LEGACY_GRADE_WORDS[g as 1];
  const areas = entries.map(([k, g]) => `${areaWords(k)}: ${words(g)}`).join('; ');
  const safeguarding = i.kind === 'report-card' && i.safeguardingMet !== null ? `; safeguarding ${i.safeguardingMet ? 'met' : 'not met'}` : '';
  return `${i.kind === 'report-card' ? 'Report card' : 'Judgements'}: ${areas || 'none given'}${safeguarding}`;
}

export function inspectionDate(i: Inspection | null): string {
  return i?.date ? formatIsoDate(i.date) : 'Date not recorded';
}
