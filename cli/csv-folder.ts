import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Grid } from '../core/grid/types.js';
import { neutralise } from '../core/grid/neutralise.js';
import type { Workbook } from '../core/ports/workbook.js';
import type { SheetSpec } from '../core/sheets/types.js';
import { parseCsv } from './csv-parse.js';
import { FileWorkbook, WorkbookFileError } from './file-workbook.js';

// Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ].
const SHEET_NAME_MAX = 31;
const BAD_SHEET_CHARS = /[:\\/?*[\]]/g;

function sheetNameFor(file: string): string {
  const name = basename(file, extname(file)).replace(BAD_SHEET_CHARS, '_').trim();
  return name.slice(0, SHEET_NAME_MAX) || 'Sheet';
}

/** Excel saves "CSV" in the Windows code page unless told "CSV UTF-8": read UTF-8, fall back to Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A folder of CSV exports seen as one workbook: each file is a sheet named after the file.
 * Pathway's sheets are rendered into a new .xlsx that also holds the CSV data, so the output
 * is one workbook a user can open; the CSV files themselves are never written.
 */
export class CsvFolderWorkbook implements Workbook {
  private constructor(
    private readonly sheets: Map<string, Grid>,
    private readonly output: FileWorkbook,
  ) {}

  static async open(folder: string): Promise<CsvFolderWorkbook> {
    const files = (await readdir(folder)).filter((f) => extname(f).toLowerCase() === '.csv').sort();
    if (files.length === 0) throw new WorkbookFileError(`The folder ${folder} holds no .csv files.`);
    const sheets = new Map<string, Grid>();
    const from = new Map<string, string>();
    for (const file of files) {
      const name = sheetNameFor(file);
      const clash = from.get(name.toLowerCase());
      if (clash) throw new WorkbookFileError(`${clash} and ${file} in ${folder} would both become sheet "${name}": rename one.`);
      from.set(name.toLowerCase(), file);
      sheets.set(name, parseCsv(decodeCsvBytes(await readFile(join(folder, file)))));
    }
    const output = FileWorkbook.create();
    // The copy carries the user's data as plain text; texts are guarded like everything Pathway writes (R5).
    for (const [name, grid] of sheets) output.addPlainSheet(name, grid, neutralise);
    return new CsvFolderWorkbook(sheets, output);
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async read(sheet: string): Promise<Grid> {
    const grid = this.sheets.get(sheet);
    if (!grid) throw new Error(`There is no CSV file for sheet "${sheet}".`);
    return grid.map((row) => [...row]);
  }

  async write(spec: SheetSpec): Promise<void> {
    await this.output.write(spec);
  }

  async saveAs(path: string): Promise<void> {
    await this.output.saveAs(path);
  }
}
