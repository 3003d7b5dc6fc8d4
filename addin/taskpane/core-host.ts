import { columnIndex, columnLetter } from '../../core/grid/address.js';
import type { Cell, Grid } from '../../core/grid/types.js';
import { MAPPING_SHEET, SETTINGS_SHEET, type Workbook } from '../../core/ports/workbook.js';
import { runCategorise } from '../../core/run/categorise.js';
import { describeWorkbook } from '../../core/run/describe.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { ROLE_DEFS } from '../../core/tracker/fields.js';
import type { RecognisedSheet } from '../../core/tracker/types.js';
import type {
  CategoriseResultView,
  HostApi,
  HostInfo,
  SheetOverview,
  WorkbookOverviewView,
} from '../../ui/host-api.js';
import { resultView, RUNNERS } from './actions.js';
import { checkSettingsRows, settingsSpec, settingsView } from './settings-rows.js';

/** A Workbook with the few extra things a pane needs: the user's own choice sheets, selection, flushing batched writes. */
export interface HostWorkbook extends Workbook {
  /** Write `Pathway Settings` or `Pathway Mapping`, which the user asked to change; any other name is refused. */
  writeChoiceSheet(spec: SheetSpec): Promise<void>;
  select(sheet: string, cell?: string): Promise<void>;
  flush(): Promise<void>;
}

/** Runs one user command against a fresh view of the workbook (Excel: one `Excel.run`) and flushes its writes. */
export type WorkbookSession = <T>(work: (wb: HostWorkbook) => Promise<T>) => Promise<T>;

export interface CoreHostOptions {
  info: HostInfo;
  session: WorkbookSession;
  /** Today as an ISO date, for a run's "as of". */
  today: () => string;
}

const ROLE_LABELS: Record<string, string> = {
  schools: 'Schools list',
  'performance-long': 'Results (one row per value)',
  'performance-wide': 'Results (years across)',
  benchmarks: 'Benchmarks',
  settings: 'Settings',
  'national-pa': 'National persistent absence',
  overrides: 'Agreed categories',
};

/** The HostApi over the core and any HostWorkbook: Excel's pane and the browser preview both use it. */
export function createCoreHost(opts: CoreHostOptions): HostApi {
  const { session } = opts;
  const overview = (): Promise<WorkbookOverviewView> => session((wb) => overviewOf(wb));
  return {
    info: async () => opts.info,
    overview,
    async setMapping(sheet, field, column) {
      if (column !== null && columnIndex(column) < 0) throw new Error(`"${column}" is not a column; use letters such as C or AB.`);
      // One command: write the correction, then describe the workbook with it (no second listing or read).
      return session(async (wb) => {
        await wb.writeChoiceSheet(mappingSpec(await readIfPresent(wb, MAPPING_SHEET), sheet, field, column));
        return overviewOf(wb);
      });
    },
    categorise: (request, onProgress, signal) =>
      session(async (wb): Promise<CategoriseResultView> => {
        const out = await runCategorise(wb, { asOf: request.asOf ?? opts.today(), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
        const outputSheets = out.sheets.map((s) => s.name);
        return {
          summary: out.summary,
          outputSheets,
          mainSheet: outputSheets.find((n) => /schools/i.test(n)) ?? outputSheets[0] ?? '',
          issueCount: out.issues.length,
        };
      }),
    readSettings: () => session(async (wb) => settingsView(await readIfPresent(wb, SETTINGS_SHEET))),
    writeSettings: (rows) =>
      session(async (wb) => {
        const checked = checkSettingsRows(rows);
        if (checked.issues.some((i) => i.severity === 'error')) return checked;
        await wb.writeChoiceSheet(settingsSpec(rows));
        return { ...checked, saved: true };
      }),
    runAction: (id, request, onProgress, signal) =>
      session(async (wb) => {
        const run = RUNNERS[id];
        if (!run) throw new Error(`This version of Pathway cannot run "${id}".`);
        const out = await run(wb, { asOf: request.asOf ?? opts.today(), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
        return resultView(id, out);
      }),
    goToCell: (sheet, cell) => session((wb) => wb.select(sheet, cell || 'A1')),
    openSheet: (name) => session((wb) => wb.select(name)),
  };
}

async function readIfPresent(wb: Workbook, name: string): Promise<Grid | null> {
  return (await wb.sheetNames()).includes(name) ? wb.read(name) : null;
}

async function overviewOf(wb: HostWorkbook): Promise<WorkbookOverviewView> {
  const found = await describeWorkbook(wb);
  const mapping = await readIfPresent(wb, MAPPING_SHEET);
  const recognised: SheetOverview[] = [];
  for (const r of found.recognised) recognised.push(sheetOverview(r, await wb.read(r.sheet), mapping));
  return { sheets: found.sheets, recognised, unrecognised: found.unrecognised, schools: found.schools, issues: found.issues };
}

function text(c: Cell | undefined): string {
  return c === null || c === undefined ? '' : String(c).trim();
}

export function sheetOverview(r: RecognisedSheet, grid: Grid, mapping: Grid | null): SheetOverview {
  const header = grid[r.headerRow] ?? [];
  const headers = header.map((c, i) => ({ column: columnLetter(i), header: text(c) }));
  const defs = ROLE_DEFS.find((d) => d.role === r.role)?.fields ?? [];
  const names = [...new Set([...defs.map((d) => d.field), ...Object.keys(r.columns)])];
  const corrected = new Set((mapping ?? []).filter((row) => text(row[0]) === r.sheet).map((row) => text(row[1])));
  const fields = names.map((field) => {
    const col = r.columns[field];
    return {
      field,
      label: defs.find((d) => d.field === field)?.headers[0] ?? field,
      column: col === undefined ? null : columnLetter(col),
      corrected: corrected.has(field),
    };
  });
  return {
    sheet: r.sheet,
    role: r.role,
    roleLabel: ROLE_LABELS[r.role] ?? r.role,
    headerRow: r.headerRow + 1,
    ...(r.measure ? { measure: r.measure } : {}),
    fields,
    headers,
  };
}

/** The mapping sheet with one correction changed; every other row the user keeps there stays as it was. */
export function mappingSpec(existing: Grid | null, sheet: string, field: string, column: string | null): SheetSpec {
  const rows: Cell[][] = existing && existing.length > 0 ? existing.map((r) => [...r]) : [['Sheet', 'Field', 'Column']];
  const kept = rows.filter((row, i) => i === 0 || !(text(row[0]) === sheet && text(row[1]) === field));
  if (column !== null) kept.push([sheet, field, column.toUpperCase()]);
  return {
    name: MAPPING_SHEET,
    rows: kept,
    columns: [{ width: 28 }, { width: 24 }, { width: 10 }],
    freeze: { rows: 1, cols: 0 },
    styles: [{ row: 0, col: 0, cols: 3, style: { bold: true } }],
  };
}
