import { describe, expect, it } from 'vitest';
import type { Cell, SheetGrid } from '../../../core/grid/types.js';
import { plansSheets } from '../../../core/plans/run-plans.js';
import { DELIVERY, OAK_PLAN, THEMES } from './fixtures.js';

function withCell(sheet: SheetGrid, address: string, value: Cell): SheetGrid {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const grid = sheet.grid.map((r) => [...r]);
  const row = Number(m[2]) - 1;
  while (grid.length <= row) grid.push([]);
  (grid[row] as Cell[])[(m[1] as string).charCodeAt(0) - 65] = value;
  return { name: sheet.name, grid };
}

const base: Record<string, SheetGrid> = { OAK_PLAN, THEMES, DELIVERY };

describe('messy plans: each bad cell is an issue naming sheet and cell', () => {
  it.each<[string, string, string, Cell, string, 'error' | 'warning', RegExp]>([
    ['a due date that is not a date', 'OAK_PLAN', 'I3', 'end of term', 'I3', 'error', /Due date: "end of term" is not a date/],
    ['an impossible start date', 'OAK_PLAN', 'H3', '30/02/2025', 'H3', 'error', /Start date: .*February 2025 has no day 30/],
    ['a budget in words', 'OAK_PLAN', 'J3', 'about a grand', 'J3', 'error', /Budget: "about a grand" is not a number/],
    ['a CPD cell that is not yes or no', 'OAK_PLAN', 'K3', 'maybe', 'K3', 'error', /CPD: "maybe" is not yes or no/],
    ['a type that is neither', 'OAK_PLAN', 'F3', 'Both', 'F3', 'error', /Type: "Both" is neither implementation nor impact/],
    ['an action before any priority', 'OAK_PLAN', 'B3', null, 'B3', 'warning', /no priority/],
    ['a RAG word the committee does not use', 'DELIVERY', 'F2', 'Blue', 'F2', 'error', /Autumn RAG: "Blue" is not a RAG rating/],
    ['a theme with no strategic priority above it', 'THEMES', 'A2', null, 'A2', 'warning', /has no strategic priority above it/],
  ])('%s', (_, key, address, value, cell, severity, message) => {
    const sheets = Object.entries(base).map(([k, s]) => (k === key ? withCell(s, address, value) : s));
    const out = plansSheets(sheets, { asOf: '2025-11-20' });
    const found = out.issues.find((i) => i.cell === cell && message.test(i.message));
    expect(found, JSON.stringify(out.issues, null, 1)).toBeDefined();
    expect(found?.severity).toBe(severity);
    expect(found?.sheet).toBe(base[key]?.name);
  });

  it('"n/a" as a budget is a gap, not a mistake', () => {
    const out = plansSheets([withCell(OAK_PLAN, 'J3', 'n/a')], { asOf: '2025-11-20' });
    expect(out.issues).toEqual([]);
  });

  it('a priority typed as a formula is neutralised in Plan Checks', () => {
    const out = plansSheets([withCell(OAK_PLAN, 'B6', '=cmd|calc')], { asOf: '2025-11-20' });
    const cells = out.sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContain("'=cmd|calc");
  });
});
