import type { Issue, SheetGrid } from '../grid/types.js';
import { checkForm } from './check-form.js';
import { isFormSheet } from './form-id.js';
import { readForm } from './read-form.js';
import type { FormsSettings } from './settings.js';
import type { FormRecord } from './types.js';

export interface Collated {
  records: FormRecord[];
  issues: Issue[];
}

/**
 * Read every "Pathway Form …" sheet back into one record per form, with every problem by sheet
 * and cell. A form copied under a second sheet name is read once and the copy reported.
 */
export function collateForms(sheets: SheetGrid[], settings: FormsSettings, asOf: string): Collated {
  const records: FormRecord[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  for (const sheet of sheets.filter((s) => isFormSheet(s.name))) {
    const read = readForm(sheet, settings);
    const earlier = seen.get(read.record.id);
    if (earlier) {
      issues.push({ sheet: sheet.name, cell: '', severity: 'warning', message: `${sheet.name} carries the same form id as ${earlier} (${read.record.id}); only ${earlier} was collated.` });
      continue;
    }
    seen.set(read.record.id, sheet.name);
    records.push(read.record);
    issues.push(...read.issues, ...checkForm(read, settings, asOf));
  }
  return { records, issues };
}
