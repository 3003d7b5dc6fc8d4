import type { Cell, Grid } from '../../core/grid/types.js';
import { isOwnedSheet, USER_CHOICE_SHEETS, type Workbook } from '../../core/ports/workbook.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { XlRange, XlRequestContext, XlWorksheet } from './excel-model.js';
import { HostError, plainOfficeError, withWatchdog } from './office-errors.js';
import { jsonBytes, MAX_BLOCK_CELLS, MAX_BLOCK_ROWS, planBlocks, SYNC_BUDGET_BYTES, type SheetExtent } from './plan-blocks.js';
import { excelValues, numberFormats, queueLayout, queueReset, specWidth } from './render-spec.js';

/** Worksheets probed per sync when listing sheets; a workbook with more takes one more sync per 64. */
const PROBES_PER_SYNC = 64;

interface SheetInfo {
  name: string;
  /** The used range (values only), or null for an empty sheet. */
  used: SheetExtent | null;
}

export interface SyncStats {
  syncs: number;
  bytesRead: number;
  bytesWritten: number;
}

/**
 * The `Workbook` port over one Excel request context, for one user command (create one per
 * `Excel.run`). Reads list every sheet and its used range in one sync, then read all user sheets'
 * values in as few syncs as 2 MiB blocks allow; writes are queued and synced in 2 MiB batches,
 * the last one by `flush()`, which the caller must await before the command ends.
 */
export class OfficeWorkbook implements Workbook {
  private sheets: SheetInfo[] | null = null;
  private readonly grids = new Map<string, Grid>();
  private pendingBytes = 0;
  private pendingWrites = false;
  readonly stats: SyncStats = { syncs: 0, bytesRead: 0, bytesWritten: 0 };

  constructor(private readonly ctx: XlRequestContext) {}

  async sheetNames(): Promise<string[]> {
    return (await this.listSheets()).map((s) => s.name);
  }

  async read(sheet: string): Promise<Grid> {
    const cached = this.grids.get(sheet);
    if (cached) return cached;
    const sheets = await this.listSheets();
    const info = sheets.find((s) => s.name === sheet);
    if (!info) throw new HostError(`Pathway could not find the sheet "${sheet}". It may have been renamed; run again.`, 'ItemNotFound');
    // The core reads every user sheet in turn (forms and broker every Pathway form too), so read
    // every sheet not yet read, in shared syncs: more bytes, never more syncs (P1).
    const wanted = sheets.filter((s) => !this.grids.has(s.name));
    await this.readSheets(wanted);
    return this.grids.get(sheet) ?? [];
  }

  async write(spec: SheetSpec): Promise<void> {
    if (!isOwnedSheet(spec.name)) {
      throw new HostError(`Pathway writes only its own sheets; "${spec.name}" belongs to you, so nothing was changed.`, 'NotOwned');
    }
    await this.render(spec);
  }

  /** Write the user's settings or column corrections, which they asked for; never any other sheet. */
  async writeChoiceSheet(spec: SheetSpec): Promise<void> {
    if (!USER_CHOICE_SHEETS.includes(spec.name)) {
      throw new HostError(`Pathway keeps your choices only in ${USER_CHOICE_SHEETS.join(' and ')}; "${spec.name}" was not changed.`, 'NotOwned');
    }
    await this.render(spec);
  }

  /** Send whatever writes are still queued. */
  async flush(): Promise<void> {
    if (this.pendingWrites) await this.sync('writing');
  }

  /** Activate a sheet and select a cell (or A1) so the user sees it. */
  async select(sheet: string, cell = 'A1'): Promise<void> {
    const ws = this.ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await this.sync(`going to ${sheet}!${cell}`);
  }

  private async sync(what: string): Promise<void> {
    this.stats.syncs += 1;
    this.stats.bytesWritten += this.pendingBytes;
    this.pendingBytes = 0;
    this.pendingWrites = false;
    try {
      await withWatchdog(this.ctx.sync());
    } catch (err) {
      throw plainOfficeError(err, what);
    }
  }

  /** Every sheet's name and used range, walking the sheet chain in one sync per 64 sheets. */
  private async listSheets(): Promise<SheetInfo[]> {
    if (this.sheets) return this.sheets;
    const found: SheetInfo[] = [];
    let next: XlWorksheet | null = this.ctx.workbook.worksheets.getFirst();
    while (next) {
      const probes: { ws: XlWorksheet; used: XlRange }[] = [];
      let ws: XlWorksheet = next;
      for (let i = 0; i < PROBES_PER_SYNC; i++) {
        ws.load('name');
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        probes.push({ ws, used });
        ws = ws.getNextOrNullObject();
      }
      await this.sync('listing the sheets');
      next = null;
      for (const [i, p] of probes.entries()) {
        if (p.ws.isNullObject) break;
        found.push({ name: p.ws.name, used: extentOf(p.ws.name, p.used) });
        if (i === probes.length - 1) next = ws;
      }
    }
    this.sheets = found;
    return found;
  }

  private async readSheets(sheets: SheetInfo[]): Promise<void> {
    for (const s of sheets) if (!s.used) this.grids.set(s.name, []);
    const extents = sheets.flatMap((s) => (s.used ? [s.used] : []));
    const parts = new Map<string, { row: number; values: unknown[][] }[]>();
    for (const group of planBlocks(extents)) {
      const loaded = group.map((b) => {
        const r = this.ctx.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        r.load('values');
        return { b, r };
      });
      await this.sync(`reading ${group.map((b) => b.sheet).filter(unique).join(', ')}`);
      for (const { b, r } of loaded) {
        this.stats.bytesRead += jsonBytes(r.values);
        const list = parts.get(b.sheet) ?? [];
        list.push({ row: b.row, values: r.values });
        parts.set(b.sheet, list);
      }
    }
    for (const ext of extents) this.grids.set(ext.sheet, assemble(ext, parts.get(ext.sheet) ?? []));
  }

  private async render(spec: SheetSpec): Promise<void> {
    const sheets = await this.listSheets();
    let exists = sheets.some((s) => s.name === spec.name);
    if (exists && (spec.charts?.length ?? 0) > 0) {
      // Clearing a range leaves its charts; finding them would cost a sync, so a sheet that holds
      // charts is made afresh (decision 0905). Owned sheets hold nothing of the user's.
      this.ctx.workbook.worksheets.getItem(spec.name).delete();
      exists = false;
    }
    const ws = exists ? this.ctx.workbook.worksheets.getItem(spec.name) : this.ctx.workbook.worksheets.add(spec.name);
    if (!exists && !sheets.some((s) => s.name === spec.name)) sheets.push({ name: spec.name, used: null });
    if (exists) queueReset(ws);
    const width = specWidth(spec);
    const values = excelValues(spec.rows, width);
    const formats = numberFormats(spec, width);
    let start = 0;
    while (start < values.length) {
      let end = blockEnd(values, formats, start, SYNC_BUDGET_BYTES - this.pendingBytes);
      if (end === start) {
        // Not even one more row fits this sync: send what is queued and start a fresh one.
        await this.sync(`writing ${spec.name}`);
        end = blockEnd(values, formats, start, SYNC_BUDGET_BYTES);
      }
      const v = values.slice(start, end);
      const f = formats.slice(start, end);
      // A sync may have passed: take the sheet again by name rather than reuse an old proxy.
      const target = this.ctx.workbook.worksheets.getItem(spec.name).getRangeByIndexes(start, 0, v.length, width);
      target.numberFormat = f;
      target.values = v;
      this.pendingBytes += jsonBytes(v) + jsonBytes(f);
      this.pendingWrites = true;
      start = end;
    }
    queueLayout(this.ctx.workbook.worksheets.getItem(spec.name), spec, width);
    this.pendingWrites = true;
    // What the sheet now holds, so a read later in the same command needs no sync.
    // Excel keeps a leading apostrophe as a "this is text" mark, not as part of the value.
    this.grids.set(spec.name, values.map((row) => row.map((v) => toCell(typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v))));
    const info = sheets.find((s) => s.name === spec.name);
    if (info) info.used = values.length > 0 ? { sheet: spec.name, row: 0, col: 0, rows: values.length, cols: width } : null;
  }
}

/**
 * Where a write block starting at `start` ends: at most 20,000 rows within `budget` bytes. It returns
 * `start` when not one row fits; a single row over the whole budget still goes alone (Excel's limit is 5 MB).
 */
function blockEnd(values: unknown[][], formats: unknown[][], start: number, budget: number): number {
  let bytes = 4; // the brackets of both arrays
  let end = start;
  const maxRows = Math.min(MAX_BLOCK_ROWS, Math.floor(MAX_BLOCK_CELLS / Math.max(1, values[start]?.length ?? 1)));
  while (end < values.length && end - start < maxRows) {
    const row = jsonBytes(values[end]) + jsonBytes(formats[end]) + 2;
    if (bytes + row > budget && (end > start || budget < SYNC_BUDGET_BYTES)) break;
    bytes += row;
    end += 1;
  }
  return end;
}

function unique<T>(v: T, i: number, all: T[]): boolean {
  return all.indexOf(v) === i;
}

function extentOf(sheet: string, used: XlRange): SheetExtent | null {
  if (used.isNullObject || used.rowCount === 0 || used.columnCount === 0) return null;
  return { sheet, row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

/** Excel's values → the core's cells: "" is empty; numbers (dates are serials already), text, booleans pass. */
function toCell(v: unknown): Cell {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Blocks → one grid from A1, padding the rows and columns above and left of the used range. */
function assemble(ext: SheetExtent, parts: { row: number; values: unknown[][] }[]): Grid {
  const grid: Grid = Array.from({ length: ext.row }, () => []);
  const pad: Cell[] = Array.from({ length: ext.col }, () => null);
  for (const p of parts.sort((a, b) => a.row - b.row)) {
    for (const row of p.values) grid.push([...pad, ...row.map(toCell)]);
  }
  return grid;
}
