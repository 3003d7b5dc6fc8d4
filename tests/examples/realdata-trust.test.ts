// The real-data walk-through (examples/realdata-trust.ts, docs/realdata.md) on five real rows of
// the published KS2 panel: the letters the doc explains must be the letters the core gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoriseRealTrust, readPanel, trustWithMostSchools } from '../../examples/realdata-trust.js';

const PANEL = join(import.meta.dirname, 'fixtures/ks2-panel-five-rows.csv');
let dir: string;
let run: Awaited<ReturnType<typeof categoriseRealTrust>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-realdata-'));
  run = await categoriseRealTrust(PANEL, dir, null);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('examples/realdata-trust.ts on five real panel rows', () => {
  it('reads trust membership without regard to case and picks the biggest trust', () => {
    const panel = readPanel(PANEL);
    expect(panel).toHaveLength(5);
    expect(trustWithMostSchools(panel)).toBe('DELTA ACADEMIES TRUST');
    expect(panel.find((s) => s.name === 'Greengates Primary School')?.rwm).toEqual(
      new Map([[2016, 59], [2017, 54], [2018, 55], [2024, 50], [2025, 71]]),
    );
  });

  it.each([
    ['Greengates Primary School', 'B'],
    ['Strand Primary Academy', 'F'],
    ['Serlby Park Academy', 'D'],
    ['Highfields Primary Academy', 'G'],
    ['De Lacy Primary School', null],
  ])('%s gets journey %s, as docs/realdata.md says', (school, journey) => {
    expect(run.result.schools.find((s) => s.school === school)?.trajectory).toBe(journey);
  });

  it('builds a tracker the core reads without a single issue', async () => {
    const { result, schools } = await categoriseRealTrust(PANEL, dir, 'Delta Academies Trust'.toUpperCase());
    expect(result.schools).toHaveLength(schools.length);
    expect(result.issues).toEqual([]);
  });
});
