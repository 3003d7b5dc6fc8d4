import type { Issue } from '../grid/types.js';
import { formatIsoDate } from '../report/dates.js';
import type { FormRead } from './read-form.js';
import type { FormsSettings } from './settings.js';

/**
 * The problems a completed form can have (FRAMEWORK.md section 9): a judgement missing where the
 * trust asks for one, an impossible class size, a date after the as-of date, an end before the start.
 * A form nobody has filled in yet is only checked for what the schedule put on it.
 */
export function checkForm(read: FormRead, settings: FormsSettings, asOf: string): Issue[] {
  const { record: r, cells } = read;
  const sheet = r.sheet;
  const at = (cell: string | undefined) => cell ?? 'A1';
  const issues: Issue[] = [];
  const size = r.numberInClass;
  const { min, max } = settings.classSize;
  if (size !== null && (size < min || size > max || !Number.isInteger(size))) {
    issues.push({ sheet, cell: at(cells.numberInClass), severity: 'error', message: `${size} pupils in ${sheet}!${at(cells.numberInClass)} is not a possible class size (Pathway expects a whole number from ${min} to ${max}).` });
  }
  if (r.from !== null && r.to !== null && r.to <= r.from) {
    issues.push({ sheet, cell: at(cells.to), severity: 'error', message: `The visit in ${sheet} ends at ${r.to} (${at(cells.to)}), not after it starts at ${r.from}.` });
  }
  if (!r.completed) return issues;
  if (r.date !== null && r.date > asOf) {
    issues.push({ sheet, cell: at(cells.date), severity: 'warning', message: `${sheet} holds evidence but is dated ${formatIsoDate(r.date)} (${at(cells.date)}), after ${formatIsoDate(asOf)}; check the date.` });
  }
  if (settings.judgements === 'required') {
    for (const [area, word] of Object.entries(r.judgements)) {
      if (word !== '') continue;
      const cell = read.judgementCells[area] ?? 'A1';
      issues.push({ sheet, cell, severity: 'error', message: `${area} has no judgement in ${sheet}!${cell}; the trust asks for one on every form (${settings.notJudged} is allowed).` });
    }
  }
  return issues;
}
