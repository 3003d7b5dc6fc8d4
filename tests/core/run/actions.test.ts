import { describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../../cli/file-workbook.js';
import { LABELS } from '../../../core/forms/form-labels.js';
import type { Grid, SheetGrid } from '../../../core/grid/types.js';
import { isOwnedSheet } from '../../../core/ports/workbook.js';
import { ACTION_IDS, ACTIONS, readsForms, readsOwned } from '../../../core/run/actions.js';

const AS_OF = '2026-03-31';

async function sampleSheets(): Promise<SheetGrid[]> {
  const wb = await FileWorkbook.open('examples/trust-tracker.xlsx');
  const out: SheetGrid[] = [];
  for (const name of (await wb.sheetNames()).filter((n) => !isOwnedSheet(n))) out.push({ name, grid: await wb.read(name) });
  return out;
}

/** A reviewer's words typed into the box under a label, as collation will look for them. */
function typeUnder(grid: Grid, label: string, text: string): Grid {
  const rows = grid.map((r) => [...r]);
  const r = rows.findIndex((row) => row.some((c) => c === label));
  const c = rows[r]!.findIndex((cell) => cell === label);
  rows[r + 1]![c] = text;
  return rows;
}

describe('core actions: one synchronous step per capability over grids already read', () => {
  it('every action a host can run has a step, and only the form readers (and the board pack, for WWW / EBI) ask for the forms', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...ACTION_IDS].sort());
    expect(ACTION_IDS.filter(readsForms)).toEqual(['forms.collate', 'forms.feedback', 'broker', 'report']);
  });

  it('only the board pack reads a sheet of its own back (the history), before rewriting it', () => {
    expect(ACTION_IDS.filter((id) => readsOwned(id).length > 0)).toEqual(['report']);
    expect(readsOwned('report')).toEqual(['Pathway History']);
  });

  it('feedback gathers what a reviewer wrote on a completed form, and leaves blank forms out', async () => {
    const userSheets = await sampleSheets();
    const generated = ACTIONS['forms.generate']({ userSheets, formNames: [], forms: [], asOf: AS_OF });
    expect(generated.sheets.length).toBeGreaterThan(5);
    const [first, second] = generated.sheets;
    const filled = { name: first!.name, grid: typeUnder(first!.rows, LABELS.www, 'Phonics groups well matched to need') };
    const blank = { name: second!.name, grid: second!.rows };
    const out = ACTIONS['forms.feedback']({ userSheets, formNames: [filled.name, blank.name], forms: [filled, blank], asOf: AS_OF }) as unknown as { records: unknown[]; sheets: { name: string; rows: Grid }[] };
    expect(out.records).toHaveLength(1);
    expect(out.sheets.map((s) => s.name)).toEqual(['Pathway Feedback']);
    expect(out.sheets[0]!.rows.flat().some((c) => String(c).includes('Phonics groups well matched to need'))).toBe(true);
  });

  it('targets in the sample give a well-below share by school, with at least one school at half or more (the risk rating\'s +2)', async () => {
    const userSheets = await sampleSheets();
    const targets = ACTIONS.targets({ userSheets, formNames: [], forms: [], asOf: AS_OF }) as unknown as { wellBelowShare: Record<string, number> };
    expect(Object.values(targets.wellBelowShare).some((share) => share >= 0.5)).toBe(true);
  });
});
