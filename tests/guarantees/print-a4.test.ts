import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { feedbackSheet } from '../../core/forms/feedback-sheet.js';
import { isFormSheet } from '../../core/forms/form-id.js';
import type { FormRecord } from '../../core/forms/types.js';
import type { SheetGrid } from '../../core/grid/types.js';
import { ACTION_IDS, ACTIONS } from '../../core/run/actions.js';
import { categoriseSheets } from '../../core/run/categorise.js';
import { readInputSheets } from '../../core/run/io.js';
import { printArea } from '../../core/sheets/print-area.js';
import { TABLE_HEADER_ROW } from '../../core/sheets/table.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { canPrint, medianWordHeight, printSpecs, type PrintedSheet } from '../_lib/print-pdf.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'trust-tracker.xlsx');
const AS_OF = '2026-03-31';
/** Printed word height (pdftotext's box, about 1.15 × the font size): 8 pt boxes are 7 pt type. */
const READABLE = 8;
/**
 * A school on a page is bound to one page (fitToHeight 1), so a school with many reasons prints
 * smaller: at least 7.2 pt boxes (about 6.3 pt type). Shorter profile bullets would lift it.
 */
const READABLE_ONE_PAGE = 7.2;

/** Every owned sheet each command writes on the sample, one of each name. */
async function sampleSpecs(): Promise<SheetSpec[]> {
  const wb = await FileWorkbook.open(SAMPLE);
  const userSheets = await readInputSheets(wb);
  const formNames = (await wb.sheetNames()).filter(isFormSheet);
  const forms: SheetGrid[] = [];
  for (const name of formNames) forms.push({ name, grid: await wb.read(name) });
  const specs = [...categoriseSheets(userSheets, { asOf: AS_OF }).sheets];
  for (const id of ACTION_IDS) specs.push(...ACTIONS[id]({ userSheets, formNames, forms, asOf: AS_OF }).sheets);
  const byName = new Map<string, SheetSpec>();
  for (const s of specs) if (!isFormSheet(s.name) || ![...byName.keys()].some(isFormSheet)) byName.set(s.name, s);
  return [...byName.values()];
}

function record(school: string, i: number): FormRecord {
  return {
    id: `F${i}`, sheet: `Pathway Form F${i}`, school, observer: 'A. Reviewer, trust lead', date: '2026-02-10', from: null, to: null,
    activities: [], focus: 'Reading', yearClass: 'Y4', mixedAbility: '', subject: 'English', numberInClass: 28,
    notes: '', judgements: {}, completed: true,
    www: Array.from({ length: 6 }, (_, k) => `Pupils in group ${k + 1} read aloud fluently and explain the words they meet, using the class's shared vocabulary wall with confidence.`).join('\n'),
    ebi: 'Questioning in the plenary could check every pupil, not only volunteers.\nThe reading record is not yet used to plan the next week.',
    excellence: '',
  };
}

describe.skipIf(!canPrint || !existsSync(SAMPLE))('every owned sheet prints readably on A4 (LibreOffice to PDF, read back by poppler)', () => {
  let specs: SheetSpec[] = [];
  let printed: PrintedSheet[] = [];
  beforeAll(async () => {
    specs = await sampleSpecs();
    printed = await printSpecs(specs);
  }, 240_000);

  it('prints each sheet of the sample on A4, at 7 pt type or larger', () => {
    expect(printed.length).toBeGreaterThanOrEqual(15);
    const report = printed.map((p) => ({
      sheet: p.name,
      a4: Math.abs(Math.min(p.pageWidth, p.pageHeight) - 595.3) < 2 && Math.abs(Math.max(p.pageWidth, p.pageHeight) - 841.9) < 2,
      readable: medianWordHeight(p) >= (specs.find((x) => x.name === p.name)?.print?.fitToHeight === 1 ? READABLE_ONE_PAGE : READABLE),
      height: Math.round(medianWordHeight(p) * 10) / 10,
      printed: p.pages > 0,
    }));
    expect(report.filter((r) => !r.a4 || !r.readable || !r.printed)).toEqual([]);
  });

  it('leaves no column of a table out of the print: every header is on a printed page', () => {
    const missing: string[] = [];
    for (const [i, spec] of specs.entries()) {
      const header = spec.rows[TABLE_HEADER_ROW];
      if (spec.filterRow !== TABLE_HEADER_ROW || !header) continue;
      const words = new Set(printed[i]!.words.map((w) => w.text));
      // A wide sheet may print a chosen subset of its columns: those inside its print area must all print.
      const area = printArea(spec);
      for (const [c, h] of header.entries()) {
        if (c < area.col || c >= area.col + area.cols) continue;
        if (typeof h !== 'string' || h === '') continue;
        // Headers wrap inside their cell, so check the longest word of each.
        const longest = h.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
        if (!words.has(longest)) missing.push(`${spec.name}: ${h}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows every line of wrapped text: no two printed lines of one column overlap', () => {
    const overlaps: string[] = [];
    for (const p of printed) {
      const byPage = new Map<number, typeof p.words>();
      for (const w of p.words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
      for (const [page, words] of byPage) {
        for (let a = 0; a < words.length && overlaps.length < 20; a++) {
          for (let b = a + 1; b < words.length; b++) {
            const x = Math.min(words[a]!.xMax, words[b]!.xMax) - Math.max(words[a]!.xMin, words[b]!.xMin);
            const y = Math.min(words[a]!.yMax, words[b]!.yMax) - Math.max(words[a]!.yMin, words[b]!.yMin);
            if (x > 2 && y > 2) {
              overlaps.push(`${p.name} page ${page}: "${words[a]!.text}" over "${words[b]!.text}"`);
              break;
            }
          }
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('prints the feedback report one school per page', async () => {
    const sheet = feedbackSheet([record('Alder Primary', 1), record('Birch Academy', 2), record('Birch Academy', 3), record('Cedar School', 4)]);
    const [fb] = await printSpecs([sheet]);
    expect(fb!.pages).toBe(3);
    const pageOf = (school: string) => fb!.words.find((w) => w.text === school.split(' ')[0])?.page;
    expect([pageOf('Alder Primary'), pageOf('Birch Academy'), pageOf('Cedar School')]).toEqual([1, 2, 3]);
    expect(medianWordHeight(fb!)).toBeGreaterThanOrEqual(READABLE);
  }, 120_000);
});
