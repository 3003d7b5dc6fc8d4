import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../core/grid/types.js';
import { isOwnedSheet, type Workbook } from '../core/ports/workbook.js';
import type { SheetSpec } from '../core/sheets/types.js';
import { normaliseCellValue } from './_lib/cell-value.js';
import { internals } from './_lib/exceljs-internals.js';
import { argb } from './_lib/render-style.js';
import { renderSheet } from './_lib/render-sheet.js';

/** Thrown when a file cannot be opened as a workbook; the message names the file. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const found: { r: number; c: number; v: Cell }[] = [];
  let height = 0;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range keeps its value in the master cell only; ExcelJS echoes it in the others.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = normaliseCellValue(cell.value);
      if (v === null) return;
      found.push({ r: r - 1, c: c - 1, v });
      height = Math.max(height, r);
      width = Math.max(width, c);
    });
  });
  const grid: Grid = Array.from({ length: height }, () => new Array<Cell>(width).fill(null));
  for (const { r, c, v } of found) grid[r]![c] = v;
  return grid;
}

/**
 * The Workbook port over an .xlsx file held in memory by ExcelJS. Reads normalise every
 * value to the core's cell model; writes render a SheetSpec whole; nothing touches the
 * disk until `saveAs`, and the file it was opened from is never written.
 */
export class FileWorkbook implements Workbook {
  private constructor(
    readonly excel: ExcelJS.Workbook,
    private readonly source: string | null,
  ) {}

  static async open(path: string): Promise<FileWorkbook> {
    const excel = new ExcelJS.Workbook();
    try {
      await excel.xlsx.readFile(path);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new WorkbookFileError(`Could not read ${path}: it is not an .xlsx workbook, or it is damaged or password-protected. Open it in Excel and save a copy as .xlsx. (${why})`);
    }
    return new FileWorkbook(excel, resolve(path));
  }

  /** A new, empty workbook (used for CSV folders, whose copy is a fresh .xlsx). */
  static create(): FileWorkbook {
    return new FileWorkbook(new ExcelJS.Workbook(), null);
  }

  async sheetNames(): Promise<string[]> {
    return this.excel.worksheets.map((ws) => ws.name);
  }

  async read(sheet: string): Promise<Grid> {
    const ws = this.excel.getWorksheet(sheet);
    if (!ws) throw new Error(`There is no sheet called "${sheet}".`);
    return sheetToGrid(ws);
  }

  async write(spec: SheetSpec): Promise<void> {
    if (!isOwnedSheet(spec.name)) {
      throw new Error(
        `Refusing to write sheet "${spec.name}": Pathway only writes its own sheets (named "Pathway …", not Settings or Mapping), so your data is never overwritten.`,
      );
    }
    const old = this.excel.getWorksheet(spec.name);
    const position = old ? internals(old).orderNo : undefined;
    if (old) this.excel.removeWorksheet(old.id);
    const ws = this.excel.addWorksheet(spec.name, {
      ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
    });
    // Same place in the tab order as before, so a second run leaves the workbook as the first did.
    if (position !== undefined) internals(ws).orderNo = position;
    renderSheet(ws, spec);
  }

  /** Add a plain user sheet of values (CSV input copied into the output workbook). */
  addPlainSheet(name: string, grid: Grid, guard: (v: Cell) => Cell): void {
    const ws = this.excel.addWorksheet(name);
    ws.addRows(grid.map((row) => row.map(guard)));
  }

  /** Write the workbook to a new file. Never the file it was opened from: the input stays as the user left it. */
  async saveAs(path: string): Promise<void> {
    if (this.source !== null && resolve(path) === this.source) {
      throw new Error(`Refusing to save over the input file ${path}: choose another output path.`);
    }
    // Written beside the target and renamed into place, so an interrupted run never leaves a
    // half-written workbook where the last good one was (R4).
    const partial = `${path}.${process.pid}.partial`;
    try {
      await this.excel.xlsx.writeFile(partial);
      await rename(partial, path);
    } catch (e) {
      await rm(partial, { force: true });
      const why = e instanceof Error ? e.message : String(e);
      throw new WorkbookFileError(`Could not write ${path} (${why}).`);
    }
  }
}
