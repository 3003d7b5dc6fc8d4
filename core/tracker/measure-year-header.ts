import { parseAcademicYear } from '../grid/parse-academic-year.js';
import { measureKey } from './measure-key.js';

/** A header naming a measure and a year, as panel exports write them: `rwm_exp_pct_2016`, `Progress 8 (2018/19)`. */
export interface MeasureYear {
  /** The measure's key (measureKey), so `KS2 RWM` and `ks2_rwm` fall in one group. */
  key: string;
  /** The measure as written, without the separator before the year. */
  label: string;
  year: number;
}

// A measure (ending in something other than a separator), one or more separators or an opening
// bracket, then a year in a form parseAcademicYear reads (2019, 2018/19, 2024-25, 2018 to 2019,
// 201819), optionally closed by a bracket. The separator is required: `att82019` is not split.
const SPLIT = /^(.*?[^\s_.:\-\u2013\u2014([])(?:[\s_.:\-\u2013\u2014]+[([]?|[([])\s*((?:\d{4}|\d{2})\s*(?:[/\u2013\u2014-]|to)\s*(?:\d{4}|\d{2})|\d{6}|\d{4})\s*[)\]]?$/i;
const LETTER = /[a-z]/i;

/**
 * Split a header into measure and year, or null when it is not `<measure><separator><year>`.
 * The measure must hold a letter, and the year must read as one (1990–2100, an academic year
 * whose halves follow each other). Called once per header cell, never per data row.
 *
 * @example splitMeasureYear('att8 2024-25') // { key: 'att8', label: 'att8', year: 2025 }
 */
export function splitMeasureYear(text: string): MeasureYear | null {
  const m = SPLIT.exec(text.trim());
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  if (!LETTER.test(label)) return null;
  const year = parseAcademicYear(m[2] ?? '');
  return year.ok ? { key: measureKey(label), label, year: year.value } : null;
}
