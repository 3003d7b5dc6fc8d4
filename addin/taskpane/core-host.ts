import { columnIndex } from '../../core/grid/address.js';
import type { Grid } from '../../core/grid/types.js';
import { MAPPING_SHEET, SETTINGS_SHEET, type Workbook } from '../../core/ports/workbook.js';
import { ACTION_IDS, runAction } from '../../core/run/actions.js';
import { runCategorise } from '../../core/run/categorise.js';
import { describeWorkbook } from '../../core/run/describe.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { CategoriseResultView, HostApi, HostInfo, WorkbookOverviewView } from '../../ui/host-api.js';
import { mappingSpec, overviewView } from '../../ui/host-side/overview.js';
import { actionResultView, categoriseResultView } from '../../ui/host-side/results.js';
import { checkSettingsRows, settingsSpec, settingsView } from '../../ui/host-side/settings-rows.js';

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
        return categoriseResultView(out);
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
        if (!ACTION_IDS.includes(id)) throw new Error(`This version of Pathway cannot run "${id}".`);
        const out = await runAction(wb, id, { asOf: request.asOf ?? opts.today(), ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
        return actionResultView(id, out);
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
  const names = new Set(await wb.sheetNames());
  const grids = new Map<string, Grid>();
  for (const name of [MAPPING_SHEET, ...found.recognised.map((r) => r.sheet)]) {
    if (names.has(name) && !grids.has(name)) grids.set(name, await wb.read(name));
  }
  return overviewView(found, (name) => grids.get(name) ?? null);
}

