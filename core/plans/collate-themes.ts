import { tagMatches, themeWords } from './theme-words.js';
import type { PlanPriority, ThemeDef } from './types.js';

export interface ThemeRow {
  strategic: string;
  theme: string;
  lead: string | null;
  /** Schools with at least one priority in the theme, in first-seen order. */
  schools: string[];
  priorities: { school: string; priority: string }[];
}

export const UNMATCHED = 'Not yet under a trust priority';

/**
 * Collate every school's priorities into the trust's themes. A priority joins each theme one of
 * whose tag words (or, with no tags, the theme's own words) it contains. Priorities no theme
 * claims are grouped with others of the same meaning words, so "Reading" in three schools
 * shows as one candidate theme of three.
 */
export function collateThemes(priorities: readonly PlanPriority[], themes: readonly ThemeDef[]): ThemeRow[] {
  const rows: ThemeRow[] = themes.map((t) => ({ strategic: t.strategic, theme: t.theme, lead: t.lead, schools: [], priorities: [] }));
  const loose = new Map<string, ThemeRow>();
  for (const p of priorities) {
    const words = new Set(themeWords(p.priority));
    let claimed = false;
    themes.forEach((t, i) => {
      const tags = t.tags.length > 0 ? t.tags : [t.theme];
      if (!tags.some((tag) => tagMatches(tag, words))) return;
      add(rows[i] as ThemeRow, p);
      claimed = true;
    });
    if (claimed) continue;
    const key = [...words].sort().join(' ') || p.priority.toLowerCase();
    const row = loose.get(key) ?? { strategic: UNMATCHED, theme: p.priority, lead: null, schools: [], priorities: [] };
    loose.set(key, row);
    add(row, p);
  }
  const byCount = [...loose.values()].sort((a, b) => b.schools.length - a.schools.length || a.theme.localeCompare(b.theme));
  return [...rows, ...byCount];
}

function add(row: ThemeRow, p: PlanPriority): void {
  row.priorities.push({ school: p.school, priority: p.priority });
  if (!row.schools.includes(p.school)) row.schools.push(p.school);
}
