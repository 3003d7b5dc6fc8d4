import { normaliseHeader } from '../grid/normalise-header.js';
import { JUDGEMENT_SCHEMES, type FormsSettings } from './settings.js';

// Other words for scale points (abbreviations, the 2025 consultation's wording), keyed by normaliseHeader.
const ALIASES: Record<string, string> = {
  ri: 'Requires improvement',
  requireimprovement: 'Requires improvement',
  exemplary: 'Exceptional',
  strong: 'Strong standard',
  secure: 'Expected standard',
  expected: 'Expected standard',
  attentionneeded: 'Needs attention',
  causingconcern: 'Urgent improvement',
  urgent: 'Urgent improvement',
  notmet: 'Not met',
  met: 'Met',
  effective: 'Met',
  noteffective: 'Not met',
};

const NOT_JUDGED = new Set(['notjudged', 'nj', 'na', 'none', 'notgraded', 'ungraded', 'notapplicable', 'notassessed', 'notseen']);

export type JudgementRead =
  | { kind: 'blank' }
  | { kind: 'word'; word: string; assumed: boolean }
  | { kind: 'unknown'; text: string };

/**
 * A judgement as typed, matched to the trust's scale: exact words and common abbreviations
 * ("RI") are read as they are; a number n is read as the scale's nth word, said as an assumption.
 */
export function readJudgement(text: string, settings: FormsSettings, scale: string[] = settings.scheme.scale): JudgementRead {
  const key = normaliseHeader(text);
  if (key === '') return { kind: 'blank' };
  if (key === normaliseHeader(settings.notJudged) || NOT_JUDGED.has(key)) return { kind: 'word', word: settings.notJudged, assumed: false };
  const exact = scale.find((w) => normaliseHeader(w) === key);
  if (exact) return { kind: 'word', word: exact, assumed: false };
  const alias = ALIASES[key];
  if (alias && scale.includes(alias)) return { kind: 'word', word: alias, assumed: true };
  if (/^\d$/.test(key)) {
    const byNumber = scale[Number(key) - 1];
    if (byNumber) return { kind: 'word', word: byNumber, assumed: true };
  }
  return { kind: 'unknown', text: text.trim() };
}

/**
 * The scale an area is judged on: the trust's, for its own areas; for an area of another
 * inspection framework (a form generated under other settings), that framework's scale.
 */
export function scaleFor(area: string, settings: FormsSettings): string[] {
  const key = normaliseHeader(area);
  const own = (scheme: FormsSettings['scheme']) => Object.entries(scheme.areaScales ?? {}).find(([a]) => normaliseHeader(a) === key)?.[1];
  if (settings.scheme.areas.some((a) => normaliseHeader(a) === key)) return own(settings.scheme) ?? settings.scheme.scale;
  // A form made under another framework (the 2015 four-point words, say) is read on that framework's scale.
  const preset = Object.values(JUDGEMENT_SCHEMES).find((s) => s.areas.some((a) => normaliseHeader(a) === key));
  return preset ? (own(preset) ?? preset.scale) : settings.scheme.scale;
}
