// The bundled sample (examples/trust-tracker.xlsx) is the demo and the first thing a new user
// sees, so it must show every journey, phase and category through the real core, and the
// committed file must be exactly what the generator builds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import { readInputSheets } from '../../core/run/io.js';
import { categoriseSheets, type CategoriseOutput } from '../../core/run/categorise.js';
import { parseTracker, type Tracker } from '../../core/tracker/index.js';
import { buildTrustTracker } from '../../examples/build-trust-tracker.js';
import { journeyOfShape } from '../../examples/sample/journeys.js';
import { SCHOOLS } from '../../examples/sample/schools.js';

const SAMPLE = join(import.meta.dirname, '../../examples/trust-tracker.xlsx');
const AS_OF = '2026-03-31';

let out: CategoriseOutput;
/** The same run with Progress 8 kept as the secondary headline (no fallback): the shapes were drawn on P8. */
let onP8: CategoriseOutput;
let tracker: Tracker;

beforeAll(async () => {
  const sheets = await readInputSheets(await FileWorkbook.open(SAMPLE));
  out = categoriseSheets(sheets, { asOf: AS_OF });
  const keepP8 = { name: 'Pathway Settings', grid: [['Setting', 'Value'], ['Headline fallback (secondary)', 'Progress 8'], ['Headline fallback (all-through)', 'Progress 8']] };
  onP8 = categoriseSheets([...sheets.filter((s) => s.name !== 'Pathway Settings'), keepP8], { asOf: AS_OF });
  tracker = parseTracker(sheets).tracker;
});

describe('examples/trust-tracker.xlsx through the core', () => {
  it('has at least 24 schools, primary, secondary and all-through', () => {
    expect(out.schools.length).toBeGreaterThanOrEqual(24);
    expect(new Set(out.schools.map((s) => s.educationPhase))).toEqual(new Set(['primary', 'secondary', 'all-through']));
  });

  it.each(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])('shows journey %s', (journey) => {
    expect(out.schools.some((s) => s.trajectory === journey)).toBe(true);
  });

  it.each(['Stabilise', 'Repair', 'Improve', 'Sustain', 'Insufficient evidence'])('shows phase %s', (phase) => {
    expect(out.schools.some((s) => s.phase === phase)).toBe(true);
  });

  it.each(['A', 'B', 'C', 'D', 'E'])('shows category %s', (category) => {
    expect(out.schools.some((s) => s.category === category)).toBe(true);
  });

  // Secondary shapes are drawn on Progress 8, which is not published for 2025 (issue 12): by
  // default those schools now switch to Attainment 8 and say so, so the drawn journey is checked
  // with Progress 8 kept as the headline.
  it.each(SCHOOLS.map((s) => [s.name, s.shape] as const))('%s lands on the journey it was drawn for (%s)', (name, shape) => {
    const school = onP8.schools.find((s) => s.school === name);
    expect(school).toBeDefined();
    expect(school?.trajectory).toBe(shape === 'too-little' ? null : journeyOfShape(shape));
  });

  it('by default, secondaries with Progress 8 to 2024 use Attainment 8 and say why', () => {
    const switched = out.schools.filter((s) => s.headlineMeasure === 'Attainment 8');
    expect(switched.length).toBeGreaterThan(0);
    for (const s of switched) expect(s.reasons.some((r) => r.startsWith('Progress 8 is not published for 2025 (2024/25), so the journey uses the next measure, Attainment 8'))).toBe(true);
  });

  it('judges subjects inside three secondaries', () => {
    const bySchool = new Map<string, string[]>();
    for (const u of out.units) bySchool.set(u.school, [...(bySchool.get(u.school) ?? []), u.unit]);
    expect(bySchool.size).toBe(3);
    for (const units of bySchool.values()) expect(units.sort()).toEqual(['English', 'Maths', 'Science']);
  });

  it('keeps inspections in all three shapes', () => {
    const kinds = new Set(tracker.schools.map((s) => s.inspection?.kind));
    expect(kinds).toEqual(new Set(['legacy-grade', 'legacy-subjudgements', 'report-card']));
  });

  it('has the real gaps: no 2020–2021, no KS2 progress after 2023, no Progress 8 for 2025', () => {
    const years = (measure: string) => new Set(tracker.performance.points().filter((p) => p.measure === measure).map((p) => p.year));
    const ks2 = years('KS2 RWM EXS %');
    expect([...ks2].sort()).toEqual([2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025]);
    expect(years('Progress 8').has(2025)).toBe(false);
    expect(years('Progress 8').has(2020) || years('Progress 8').has(2021)).toBe(false);
    expect(Math.max(...years('KS2 maths progress'))).toBe(2023);
  });

  it('uses the published national KS2 figures as benchmarks', () => {
    const national = Object.fromEntries(tracker.benchmarks.filter((b) => b.measure === 'KS2 RWM EXS %').map((b) => [b.year, b.national]));
    expect(national).toEqual({ 2016: 53, 2017: 61, 2018: 64, 2019: 65, 2022: 59, 2023: 60, 2024: 61, 2025: 62 });
  });

  it('reports no problems in its own input', () => {
    expect(out.issues).toEqual([]);
  });
});

describe('the generator', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pathway-sample-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds the committed sample byte for byte (seeded, no clock)', async () => {
    const rebuilt = join(dir, 'trust-tracker.xlsx');
    await buildTrustTracker(rebuilt);
    expect(readFileSync(rebuilt).equals(readFileSync(SAMPLE))).toBe(true);
  });
});
