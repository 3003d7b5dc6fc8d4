import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Cell, Grid } from '../core/grid/types.js';
import { neutralise } from '../core/grid/neutralise.js';
import { isOwnedSheet, type Workbook } from '../core/ports/workbook.js';
import type { SheetSpec } from '../core/sheets/types.js';
import { PackageError, XlsxPackage } from './xlsx/package.js';
import { dateStyleIndexes, readSheetXml } from './xlsx/read-sheet.js';
import { writeWorkbook } from './xlsx/write-workbook.js';

/** Thrown when a file cannot be opened as a workbook; the message names the file. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

/** What a written spec reads back as: its values, text guarded, a merged range's value in its first cell only. */
function specGrid(spec: SheetSpec): Grid {
  const rows: Cell[][] = spec.rows.map((r) => r.map((v) => (v === '' ? null : neutralise(v))));
  for (const m of spec.merges ?? []) {
    for (let r = m.row; r < m.row + (m.rows ?? 1); r++) {
      for (let c = m.col; c < m.col + (m.cols ?? 1); c++) if ((r !== m.row || c !== m.col) && rows[r]) rows[r]![c] = null;
    }
  }
  while (rows.length && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  const width = rows.reduce((w, r) => Math.max(w, r.reduce<number>((n, v, i) => (v === null ? n : i + 1), 0)), 0);
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

/**
 * The Workbook port over an .xlsx file, as the zip of parts it is (cli/xlsx). Reads go straight to
 * the file's parts, so any valid workbook opens whatever tool saved it; writes are kept as
 * SheetSpecs; `saveAs` writes a copy in which every part Pathway does not own is the input's own,
 * byte for byte. The file it was opened from is never written.
 */
export class FileWorkbook implements Workbook {
  private dateStyles: Set<number> | null = null;
  /** Owned sheets written this run, by name (a rewrite keeps the first one's place). */
  private readonly written = new Map<string, SheetSpec>();
  /** Plain user sheets of a new workbook (a CSV folder's copy). */
  private readonly plain: SheetSpec[] = [];

  private constructor(
    private readonly pkg: XlsxPackage | null,
    private readonly source: string | null,
  ) {}

  static async open(path: string): Promise<FileWorkbook> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      throw new WorkbookFileError(`Could not read ${path} (${e instanceof Error ? e.message : String(e)}).`);
    }
    try {
      return new FileWorkbook(XlsxPackage.fromBytes(bytes, path), resolve(path));
    } catch (e) {
      if (e instanceof PackageError) throw new WorkbookFileError(e.message);
      throw e;
    }
  }

  /** A new, empty workbook (used for CSV folders, whose copy is a fresh .xlsx). */
  static create(): FileWorkbook {
    return new FileWorkbook(null, null);
  }

  async sheetNames(): Promise<string[]> {
    const names = [...(this.pkg?.worksheets().map((s) => s.name) ?? []), ...this.plain.map((s) => s.name)];
    for (const name of this.written.keys()) if (!names.includes(name)) names.push(name);
    return names;
  }

  async read(sheet: string): Promise<Grid> {
    const written = this.written.get(sheet) ?? this.plain.find((s) => s.name === sheet);
    if (written) return specGrid(written);
    const entry = this.pkg?.worksheets().find((s) => s.name === sheet);
    const xml = entry ? this.pkg!.text(entry.path) : null;
    if (!entry || xml === null) throw new Error(`There is no sheet called "${sheet}".`);
    const pkg = this.pkg!;
    this.dateStyles ??= pkg.date1904 ? dateStyleIndexes(pkg.text(pkg.workbookRels.find((r) => r.type.endsWith('/styles'))?.target ?? 'xl/styles.xml')) : new Set();
    const grid = readSheetXml(xml, { sharedStrings: () => pkg.sharedStrings(), date1904: pkg.date1904 }, this.dateStyles);
    pkg.forget(entry.path);
    return grid;
  }

  async write(spec: SheetSpec): Promise<void> {
    if (!isOwnedSheet(spec.name)) {
      throw new Error(
        `Refusing to write sheet "${spec.name}": Pathway only writes its own sheets (named "Pathway …", not Settings or Mapping), so your data is never overwritten.`,
      );
    }
    this.written.set(spec.name, spec);
  }

  /** Add a plain user sheet of values (CSV input copied into the output workbook). */
  addPlainSheet(name: string, grid: Grid, guard: (v: Cell) => Cell): void {
    this.plain.push({ name, rows: grid.map((row) => row.map(guard)) });
  }

  /** The bytes of the copy `saveAs` writes. */
  toBytes(): Uint8Array {
    return writeWorkbook({ source: this.pkg, owned: [...this.written.values()], plain: this.plain });
  }

  /** The one place bytes reach the disk (a test stands a full disk in here). */
  private async writeBytes(path: string, bytes: Uint8Array): Promise<void> {
    await writeFile(path, bytes);
  }

  /** Write the workbook to a new file. Never the file it was opened from: the input stays as the user left it. */
  async saveAs(path: string): Promise<void> {
    if (this.source !== null && resolve(path) === this.source) {
      throw new Error(`Refusing to save over the input file ${path}: choose another output path.`);
    }
    const macros = this.pkg?.macroEnabled ?? false;
    const ext = extname(path).toLowerCase();
    if (macros && ext !== '.xlsm') throw new WorkbookFileError(`Could not write ${path}: the workbook has macros, which the copy keeps, and Excel opens such a file only as .xlsm. Name the copy .xlsm.`);
    if (!macros && ext === '.xlsm') throw new WorkbookFileError(`Could not write ${path}: the workbook has no macros, and Excel refuses an .xlsm that has none. Name the copy .xlsx.`);
    // Written beside the target and renamed into place, so an interrupted run never leaves a
    // half-written workbook where the last good one was (R4).
    const partial = `${path}.${process.pid}.partial`;
    try {
      await this.writeBytes(partial, this.toBytes());
      await rename(partial, path);
    } catch (e) {
      await rm(partial, { force: true });
      const why = e instanceof Error ? e.message : String(e);
      throw new WorkbookFileError(`Could not write ${path} (${why}).`);
    }
  }
}
