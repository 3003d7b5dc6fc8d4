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
  const name = basename(file, extname(file)).replace(BAD_SHEET_CHARS, '_');
  return name.slice(0, SHEET_NAME_MAX).trim() || 'Sheet';
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node's own
// "windows-1252" decoder is Latin-1 there, so the 32 code points are spelled out.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Excel saves "CSV" in the Windows code page unless told "CSV UTF-8": read UTF-8, fall back to Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
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
