// Words that say nothing about what a priority is about; dropped before matching.
const STOP = new Set(
  'a an and the of for in on to at by with our all we will be is are as into from that this their its improve improving improved improvement develop developing development raise raising ensure ensuring further strengthen strengthening embed embedding increase increasing better across whole school schools pupils pupil children child young people student students outcomes quality'.split(' '),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words that carry a priority's meaning: lower case, accents and punctuation gone, stop words dropped, plurals folded. */
export function themeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !STOP.has(w))
    .map(stem);
}

/** True when every word of a tag (one word or a phrase) is among a priority's words. */
export function tagMatches(tag: string, words: ReadonlySet<string>): boolean {
  const tagWords = themeWords(tag);
  return tagWords.length > 0 && tagWords.every((w) => words.has(w));
}
