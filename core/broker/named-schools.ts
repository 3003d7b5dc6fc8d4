// Which of the trust's schools a note names ("could support Kilnhurst with phonics"), so the
// broker can serve that school first (decision 0807).

// Words that say what kind of school it is, not which: left out when matching a short name.
const GENERIC = new Set([
  'primary', 'school', 'schools', 'academy', 'ce', 'c', 'of', 'e', 'rc', 'cofe', 'church', 'england', 'catholic', 'methodist',
  'infant', 'infants', 'junior', 'juniors', 'high', 'all', 'through', 'college', 'the', 'and', 'community', 'free', 'trust',
  'nursery', 'secondary', 'federation', 'vc', 'va', 'upper', 'lower', 'middle', 'first', 'grammar', 'studio', 'special',
]);

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

export interface NamedSchool {
  key: string;
  school: string;
}

/**
 * A matcher for notes, built once per trust: a note names a school when it holds the school's
 * full name, its name without the generic words ("Kilnhurst Fields") when that is at least 4
 * letters, or its first distinctive word ("Kilnhurst") when that word is at least 4 letters and no
 * other school of the trust starts with it. Words are matched whole, ignoring case and punctuation.
 */
export function namedSchoolsMatcher(schools: readonly NamedSchool[]): (text: string) => string[] {
  const firstWords = new Map<string, number>();
  const forms = schools.map((s) => {
    const all = words(s.school);
    const distinctive = all.filter((w) => !GENERIC.has(w));
    const first = distinctive[0] ?? '';
    firstWords.set(first, (firstWords.get(first) ?? 0) + 1);
    const short = distinctive.join(' ');
    return { key: s.key, phrases: [all.join(' '), ...(short.length >= 4 ? [short] : [])].filter((p) => p !== ''), first };
  });
  // Phrases by their first word, so a note is read once whatever the size of the trust.
  const byFirst = new Map<string, { key: string; phrase: string[] }[]>();
  for (const f of forms) {
    const short = f.first.length >= 4 && firstWords.get(f.first) === 1 ? [f.first] : [];
    for (const p of new Set([...f.phrases, ...short])) {
      const phrase = p.split(' ');
      const list = byFirst.get(phrase[0] ?? '');
      if (list) list.push({ key: f.key, phrase });
      else byFirst.set(phrase[0] ?? '', [{ key: f.key, phrase }]);
    }
  }
  return (text) => {
    const hay = words(text);
    const found: string[] = [];
    hay.forEach((w, i) => {
      for (const c of byFirst.get(w) ?? []) {
        if (!found.includes(c.key) && c.phrase.every((p, j) => hay[i + j] === p)) found.push(c.key);
      }
    });
    return found;
  };
}
