import type { SheetRead } from './_lib/sheet-read.js';
import { report } from './_lib/sheet-read.js';
import type { SchoolBook } from './school-book.js';
import type { SchoolRecord } from './types.js';

function find(book: SchoolBook, record: SchoolRecord): SchoolRecord | undefined {
  if (record.urn !== null) return book.byUrn(record.urn);
  const named = book.named(record.school);
  return named.length === 1 ? named[0] : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fill what the earlier sheet left empty; when both say something different, keep the earlier. */
function fill<T>(label: string, earlier: T | null | undefined, later: T | null | undefined, clash: string[]): T | null | undefined {
  if (later === null || later === undefined) return earlier;
  if (earlier === null || earlier === undefined) return later;
  if (!same(earlier, later)) clash.push(label);
  return earlier;
}

/**
 * Add a school to the book, or, when an earlier sheet already has it (a trust may keep strands
 * and reviews on separate sheets), merge this sheet's values into it.
 */
export function mergeSchool(book: SchoolBook, record: SchoolRecord, read: SheetRead): void {
  const existing = find(book, record);
  if (!existing) {
    book.add(record);
    return;
  }
  const clash: string[] = [];
  existing.educationPhase = fill('phase of education', existing.educationPhase, record.educationPhase, clash) ?? null;
  existing.safeguarding = fill('safeguarding', existing.safeguarding, record.safeguarding, clash) ?? null;
  existing.inspection = fill('last inspection', existing.inspection, record.inspection, clash) ?? null;
  existing.override = fill('agreed category', existing.override, record.override, clash) ?? null;
  for (const [strand, score] of Object.entries(record.strands) as [keyof SchoolRecord['strands'], SchoolRecord['strands'][keyof SchoolRecord['strands']]][]) {
    existing.strands[strand] = fill(strand, existing.strands[strand], score, clash) ?? null;
  }
  for (const [field, value] of Object.entries(record.data) as [keyof SchoolRecord['data'], number][]) {
    existing.data[field] = fill(field, existing.data[field], value, clash) ?? undefined;
  }
  existing.groupsUnderperforming ||= record.groupsUnderperforming;
  if (clash.length > 0) {
    const row = Number(record.source.cell.replace(/^[A-Z]+/, '')) - 1;
    report(read, row, 'school', `${record.school} is also on ${existing.source.sheet} with a different ${clash.join(', ')}. Pathway kept the values from ${existing.source.sheet} (${existing.source.cell}). Keep each value on one sheet.`, 'warning');
  }
}
