import { cellText, quoted } from '../grid/cell-text.js';
import { parseDate } from '../grid/parse-date.js';
import { cellAt, report, type SheetRead } from './_lib/sheet-read.js';
import type { CategoryOverride } from './types.js';

const CATEGORY = /^(?:cat(?:egory)?\.?\s*)?([A-E])$/i;

function text(read: SheetRead, r: number, field: string): string | null {
  const t = cellText(cellAt(read, r, field));
  return t === '' ? null : t;
}

/** The category agreed at the annual review, with who, when and why; null when none is recorded. */
export function readOverride(read: SheetRead, r: number): CategoryOverride | null {
  const raw = text(read, r, 'agreedCategory');
  const extras = ['agreedBy', 'agreedOn', 'agreedReason'].filter((f) => text(read, r, f) !== null);
  if (raw === null) {
    if (extras.length > 0) {
      report(read, r, extras[0] ?? 'agreedBy', 'An agreed category has who, when or why filled in but no category. Pathway recorded no agreed category. Type the agreed category (A–E).', 'warning');
    }
    return null;
  }
  const match = CATEGORY.exec(raw);
  if (!match) {
    report(read, r, 'agreedCategory', `The agreed category ${quoted(raw)} is not A, B, C, D or E. Pathway recorded no agreed category. Type one letter A–E.`, 'error');
    return null;
  }
  let agreedOn: string | null = null;
  const on = cellAt(read, r, 'agreedOn');
  const date = parseDate(on);
  if (date.ok) agreedOn = date.value;
  else if (!date.missing) report(read, r, 'agreedOn', `The date agreed ${quoted(on)} could not be read: ${date.reason}. Pathway kept the agreed category without a date. Type it as dd/mm/yyyy.`, 'error');
  return {
    category: (match[1] ?? 'C').toUpperCase() as CategoryOverride['category'],
    agreedBy: text(read, r, 'agreedBy'),
    agreedOn,
    why: text(read, r, 'agreedReason'),
  };
}
