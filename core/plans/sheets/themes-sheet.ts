import { normaliseHeader } from '../../grid/normalise-header.js';
import type { Cell } from '../../grid/types.js';
import { TABLE_HEADER_ROW, tableSheet } from '../../sheets/table.js';
import type { SheetSpec } from '../../sheets/types.js';
import { RAG_COLOURS } from '../../targets/sheets/colours.js';
import { longDate } from '../../targets/sheets/dates.js';
import type { ThemeRow } from '../collate-themes.js';
import type { DeliveryRow } from '../types.js';

export const THEMES_SHEET = 'Pathway Themes';

function deliveryCells(d: DeliveryRow | undefined): Cell[] {
  if (!d) return [null, null, null, null, null, null, null];
  return [d.what, d.how, d.outcome, d.lead, d.rag.autumn, d.rag.spring, d.rag.summer];
}

function themeRows(themes: readonly ThemeRow[], delivery: readonly DeliveryRow[]): Cell[][] {
  const used = new Set<DeliveryRow>();
  const rows: Cell[][] = [];
  for (const t of themes) {
    const lines = delivery.filter((d) => normaliseHeader(d.theme) === normaliseHeader(t.theme));
    lines.forEach((d) => used.add(d));
    const head: Cell[] = [t.strategic, t.theme, t.schools.length, t.schools.join(', '), t.lead];
    for (const d of lines.length > 0 ? lines : [undefined]) rows.push([...head, ...deliveryCells(d)]);
  }
  // Delivery lines filed under a strategic priority rather than a theme still belong on the plan.
  for (const d of delivery) if (!used.has(d)) rows.push([d.theme || 'Trust-wide', null, null, null, null, ...deliveryCells(d)]);
  return rows;
}

/**
 * The trust's common themes under its strategic priorities ("Big 3"), with how many schools name
 * each and which, then the delivery plan lines for each theme with termly RAG for the standards
 * committee. The RAG cells carry a Red/Amber/Green drop-down.
 */
export function themesSheet(themes: readonly ThemeRow[], delivery: readonly DeliveryRow[], asOf: string): SheetSpec {
  const rows = themeRows(themes, delivery);
  const rag = { width: 9, colours: RAG_COLOURS };
  const spec = tableSheet({
    name: THEMES_SHEET,
    title: `Pathway: trust themes and delivery plan, as of ${longDate(asOf)}`,
    note: "Every school's priorities collated into the trust's themes, with the delivery plan's what, how, measurable outcome, lead and termly RAG.",
    columns: [
      { header: 'Strategic priority', width: 34, wrap: true },
      { header: 'Theme', width: 30, wrap: true },
      { header: 'Schools', width: 8 },
      { header: 'Which schools', width: 40, wrap: true },
      { header: 'Theme lead' },
      { header: 'What we will achieve', width: 36, wrap: true },
      { header: 'How', width: 36, wrap: true },
      { header: 'Measurable outcome', width: 30, wrap: true },
      { header: 'Lead' },
      { header: 'Autumn', ...rag },
      { header: 'Spring', ...rag },
      { header: 'Summer', ...rag },
    ],
    rows,
  });
  if (rows.length > 0) {
    spec.validations = [{ range: { row: TABLE_HEADER_ROW + 1, col: 9, rows: rows.length, cols: 3 }, list: ['Green', 'Amber', 'Red'], allowBlank: true, prompt: 'Termly progress for the standards committee' }];
  }
  return spec;
}
