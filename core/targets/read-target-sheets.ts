import type { Issue, SheetGrid } from '../grid/types.js';
import type { BaselineRow } from './read-baselines.js';
import { readBaselineSheet } from './read-baselines.js';
import { readBenchmarkSheet, type BenchmarkRow } from './read-benchmarks.js';
import { readDropSheet, type DropRow } from './read-drops.js';
import { readPupilSheet, type PupilRow, type PupilsRead } from './read-pupils.js';

export type TargetSheetRole = 'pupils' | 'benchmarks' | 'baselines' | 'drops';

export interface TargetInputs {
  benchmarks: BenchmarkRow[];
  baselines: BaselineRow[];
  drops: DropRow[];
  pupils: PupilRow[];
  /** Which sheet was read as what, for the CLI's summary and a host's overview. */
  recognised: { sheet: string; role: TargetSheetRole }[];
  issues: Issue[];
}

/**
 * Read every sheet whose headers make it one of the target inputs. The first reader that
 * recognises a sheet wins, most specific first: pupils (Pupil + Class + estimates), benchmarks
 * (Measure + National/P-columns), baselines (School + Measure + Baseline), drops (School +
 * Measure + Actual + Date/Drop). Other sheets are left alone.
 */
export function readTargetSheets(sheets: readonly SheetGrid[], opts: { pupils?: boolean } = {}): TargetInputs {
  const out: TargetInputs = { benchmarks: [], baselines: [], drops: [], pupils: [], recognised: [], issues: [] };
  for (const sheet of sheets) {
    const pupils = opts.pupils === false ? recognisePupilSheet(sheet) : readPupilSheet(sheet);
    if (pupils) {
      out.pupils.push(...pupils.pupils);
      out.issues.push(...pupils.issues);
      out.recognised.push({ sheet: sheet.name, role: 'pupils' });
      continue;
    }
    const bench = readBenchmarkSheet(sheet);
    if (bench) {
      out.benchmarks.push(...bench.benchmarks);
      out.issues.push(...bench.issues);
      out.recognised.push({ sheet: sheet.name, role: 'benchmarks' });
      continue;
    }
    const base = readBaselineSheet(sheet);
    if (base) {
      out.baselines.push(...base.baselines);
      out.issues.push(...base.issues);
      out.recognised.push({ sheet: sheet.name, role: 'baselines' });
      continue;
    }
    const drops = readDropSheet(sheet);
    if (drops) {
      out.drops.push(...drops.drops);
      out.issues.push(...drops.issues);
      out.recognised.push({ sheet: sheet.name, role: 'drops' });
    }
  }
  return out;
}

/** A pupil sheet known by its header in the first rows, its pupils left unread (they do not change school targets). */
function recognisePupilSheet(sheet: SheetGrid): PupilsRead | null {
  return readPupilSheet({ name: sheet.name, grid: sheet.grid.slice(0, 13) }) ? { pupils: [], issues: [] } : null;
}
