import type { Theme } from './settings.js';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** The themes whose words occur in a text (whole words, any case), in the trust's order. */
export function themesIn(text: string, themes: Theme[]): string[] {
  if (text.trim() === '') return [];
  return themes
    .filter((t) => t.words.some((w) => w.trim() !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w.trim())}($|[^\\p{L}\\p{N}])`, 'iu').test(text)))
    .map((t) => t.theme);
}

/**
 * The most frequent themes across texts, each counted once per text, most frequent first;
 * ties keep the trust's order so the list is stable.
 */
export function topThemes(texts: string[], themes: Theme[], limit: number): { theme: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const t of themesIn(text, themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const order = themes.map((t) => t.theme);
  return [...counts.entries()]
    .map(([theme, count]) => ({ theme, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.theme) - order.indexOf(b.theme))
    .slice(0, limit);
}
