/** The board pack's owned sheets. */
export const DASHBOARD_SHEET = 'Pathway Dashboard';
export const HISTORY_SHEET = 'Pathway History';
export const REVIEWS_SHEET = 'Pathway Reviews';
export const ALIGNMENT_SHEET = 'Pathway Alignment';
export const PROFILE_PREFIX = 'Pathway Profile – ';

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;

// Words every school name carries; dropped first when a name is too long to fit.
const FILLER = /\b(primary|school|academy|academies|community|church of england|c of e|ce|rc|catholic|infant|junior|nursery|college|high|the)\b/gi;

function tidy(text: string): string {
  // Characters Excel refuses in a sheet name, and an apostrophe at either end.
  return text.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
}

function fit(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  return (space > room / 2 ? cut.slice(0, space) : text.slice(0, room)).trim();
}

/**
 * A profile sheet name per school, within 31 characters and unique, the same every run for the
 * same list: the full name when it fits; else without the words every school has ("Primary",
 * "Academy"…); else cut at a word; a clash gets " 2", " 3"… in place of its last characters.
 *
 * @example profileSheetNames(['Brindlewick Primary School']) → ['Pathway Profile – Brindlewick']
 */
export function profileSheetNames(schools: readonly string[]): string[] {
  const room = SHEET_NAME_MAX - PROFILE_PREFIX.length;
  const taken = new Set<string>();
  return schools.map((school) => {
    const full = tidy(school);
    const short = tidy(full.replace(FILLER, ' ')) || full;
    let base = fit(full.length <= room ? full : short, room) || 'School';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` ${n}`;
      base = fit(base, room - suffix.length);
      name = `${base.slice(0, room - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return `${PROFILE_PREFIX}${name}`;
  });
}
