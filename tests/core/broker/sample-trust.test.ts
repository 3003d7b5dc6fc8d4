import { beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../../cli/file-workbook.js';
import { runBroker, type BrokerOutput } from '../../../core/broker/index.js';

// The broker on the sample trust (examples/trust-tracker.xlsx, read by FileWorkbook). Days to
// category E needs can be no more than the givers' days or the E schools' needs: the plan must reach
// that bound (in the sample, 17 givers × 2 days fall short of four E schools × 10 days).
let out: BrokerOutput;
beforeAll(async () => {
  const wb = await FileWorkbook.open('examples/trust-tracker.xlsx');
  out = await runBroker(wb, { asOf: '2026-03-31' });
});

describe('broker on the sample trust (FileWorkbook)', () => {
  it('keeps every limit: giver days, taker needs, never a school to itself', () => {
    for (const g of out.givers) expect(out.assignments.filter((a) => a.giver === g.school).reduce((s, a) => s + a.days, 0)).toBeLessThanOrEqual(g.days);
    for (const t of out.takers) expect(out.assignments.filter((a) => a.taker === t.school).reduce((s, a) => s + a.days, 0)).toBeLessThanOrEqual(t.need);
    for (const a of out.assignments) expect(a.giver).not.toBe(a.taker);
  });

  it('spends every giver day on the most severe needs, reaching the bound', () => {
    const supply = out.givers.reduce((s, g) => s + g.days, 0);
    const eNeed = out.takers.filter((t) => t.category === 'E').reduce((s, t) => s + t.need, 0);
    expect(out.value.eDays).toBe(Math.min(supply, eNeed));
    if (supply <= eNeed) expect(out.assignments.every((a) => a.category === 'E')).toBe(true);
    expect(out.unmet.map((u) => u.category)).toEqual([...out.unmet.map((u) => u.category)].sort((a, b) => b.localeCompare(a)));
  });

  it('writes the support plan with a reason on every row', () => {
    expect(out.sheet.name).toBe('Pathway Support Plan');
    const rows = out.sheet.rows.slice(3);
    expect(rows).toHaveLength(out.assignments.length + out.unmet.length);
    for (const r of rows) expect(String(r[7])).not.toBe('');
  });
});
