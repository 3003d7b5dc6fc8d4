import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { neutralise } from '../../core/grid/neutralise.js';
import type { Issue } from '../../core/grid/types.js';
import { isOwnedSheet } from '../../core/ports/workbook.js';
import { runCategorise, type CategoriseOutput } from '../../core/run/categorise.js';
import type { ExpectedIssue, ExpectedResult } from '../fixtures/messy-case.js';
import { REPO } from './_lib/run-cli.js';

const DIR = join(REPO, 'tests', 'fixtures', 'messy');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ExpectedResult)
  .sort((a, b) => a.case.localeCompare(b.case));

function describeIssues(issues: Issue[]): string {
  return issues.map((i) => `  ${i.severity} ${i.sheet}!${i.cell}: ${i.message}`).join('\n') || '  (none)';
}

async function run(c: ExpectedResult): Promise<{ out: CategoriseOutput; wb: FileWorkbook }> {
  const wb = await FileWorkbook.open(join(DIR, `${c.case}.xlsx`));
  return { out: await runCategorise(wb, { asOf: c.asOf }), wb };
}

describe('messy workbooks (tests/fixtures/messy, rebuilt by tests/fixtures/build-messy.ts)', () => {
  it('has at least 12 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(cases.map((c) => [c.case, c] as const))('%s', (_name, c) => {
    const findIssue = (issues: Issue[], want: ExpectedIssue) =>
      issues.find(
        (i) => i.sheet === want.sheet && i.cell === want.cell && i.message.toLowerCase().includes(want.message.toLowerCase()) && (!want.severity || i.severity === want.severity),
      );
    const met = c.issues.filter((w) => !w.knownGap);
    const gaps = c.issues.filter((w) => w.knownGap);

    it('reports each expected problem at its cell', async () => {
      const { out } = await run(c);
      for (const want of met) {
        expect(findIssue(out.issues, want), `${c.description}\nexpected ${want.severity ?? 'an issue'} at ${want.sheet}!${want.cell} mentioning "${want.message}"; got:\n${describeIssues(out.issues)}`).toBeDefined();
      }
    });

    // Known gaps in the core run as expected failures: each turns red once the core reports the problem.
    it.each(gaps.map((g) => [`${g.sheet}!${g.cell}`, g] as const))('known gap, not yet reported: %s', async (_at, want) => {
      const { out } = await run(c);
      expect.soft(want.knownGap).toBeTruthy();
      expect(findIssue(out.issues, want)).toBeUndefined();
    });

    it('raises no error where the mess is understood', async () => {
      const { out } = await run(c);
      const listed = (i: Issue) => c.issues.some((w) => w.sheet === i.sheet && w.cell === i.cell);
      const errors = out.issues.filter((i) => i.severity === 'error');
      for (const cell of c.clean ?? []) {
        const bad = errors.filter((i) => i.sheet === cell.sheet && i.cell === cell.cell);
        expect(bad, `no error expected at ${cell.sheet}!${cell.cell}; got:\n${describeIssues(bad)}`).toEqual([]);
      }
      if (c.noOtherErrors) {
        const extra = errors.filter((i) => !listed(i));
        expect(extra, `unexpected errors:\n${describeIssues(extra)}`).toEqual([]);
      }
    });

    it('judges the named schools as the framework says', async () => {
      const { out } = await run(c);
      if (c.schoolCount !== undefined) expect(out.schools.map((s) => s.school)).toHaveLength(c.schoolCount);
      for (const want of c.schools) {
        const got = out.schools.find((s) => s.school === want.school);
        expect(got, `school "${want.school}" not found among: ${out.schools.map((s) => s.school).join(', ')}\nissues:\n${describeIssues(out.issues)}`).toBeDefined();
        expect({ ...got, reasons: undefined }, `${want.school}: ${got?.reasons.join(' | ')}\nissues:\n${describeIssues(out.issues)}`).toMatchObject({ ...want });
      }
    });

    it.runIf(c.units !== undefined)('judges the named units on their own data', async () => {
      const { out } = await run(c);
      for (const want of c.units ?? []) {
        const got = out.units.find((u) => u.school === want.school && u.unit === want.unit);
        expect(got, `unit ${want.school} / ${want.unit} not found among: ${out.units.map((u) => `${u.school} / ${u.unit}`).join(', ')}`).toBeDefined();
        expect(got, got?.reasons.join(' | ')).toMatchObject({ ...want });
      }
    });

    it('writes only guarded text into its own sheets', async () => {
      const { wb } = await run(c);
      for (const name of (await wb.sheetNames()).filter(isOwnedSheet)) {
        for (const v of (await wb.read(name)).flat()) if (typeof v === 'string') expect(neutralise(v)).toBe(v);
      }
    });
  });
});
