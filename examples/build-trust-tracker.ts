// Builds examples/trust-tracker.xlsx, the sample trust every demo and test runs on.
// Deterministic: a seeded generator, no clock. Run with `npm run examples`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addFormsSheets } from './forms-sheets.js';
import { addPackSheets } from './pack-sheets.js';
import { designPerformance, longRows, type LongRow, type SchoolPerformance } from './sample/performance.js';
import { seededRng } from './sample/prng.js';
import { withFixedZipDates } from './sample/stable-zip.js';
import { addTargetSheets } from './targets-sheets.js';
import { SCHOOLS } from './sample/schools.js';
import { buildWorkbook } from './sample/workbook.js';

const SEED = 20260331;

export async function buildTrustTracker(outFile: string): Promise<void> {
  const rng = seededRng(SEED);
  const perf = new Map<string, SchoolPerformance>();
  const long: LongRow[] = [];
  for (const s of SCHOOLS) {
    const p = designPerformance(s, rng);
    perf.set(s.urn, p);
    long.push(...longRows(s, p, rng));
  }
  const wb = buildWorkbook(SCHOOLS, perf, long);
  // One workbook carries every capability's inputs, as a trust's tracker would.
  addTargetSheets(wb);
  addFormsSheets(wb);
  addPackSheets(wb);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, withFixedZipDates(Buffer.from(await wb.xlsx.writeBuffer()), [2026, 3, 31]));
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? join(here, 'trust-tracker.xlsx');
  await buildTrustTracker(out);
  console.log(`Wrote ${out} (${SCHOOLS.length} schools).`);
}
