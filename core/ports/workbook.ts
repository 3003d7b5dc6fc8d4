import type { Grid } from '../grid/types.js';
import type { SheetSpec } from '../sheets/types.js';

/**
 * The one port every host implements (Excel, Google Sheets, .xlsx files).
 * Adapters batch their host calls; the core decides what to read and write.
 */
export interface Workbook {
  sheetNames(): Promise<string[]>;
  /** The used range of a sheet from A1, values only, dates as Excel serials. */
  read(sheet: string): Promise<Grid>;
  /**
   * Create or replace a sheet the product owns. Adapters refuse a name that is not owned
   * (see `isOwnedSheet`) so user data is never overwritten.
   */
  write(spec: SheetSpec): Promise<void>;
}

/** Sheets Pathway owns start with this prefix; everything else belongs to the user. */
export const OWNED_PREFIX = 'Pathway ';

/** The settings sheet is the user's (they edit it); Pathway creates it only when asked to. */
export const SETTINGS_SHEET = 'Pathway Settings';

/** The user's corrections to column recognition (Sheet | Field | Column); theirs, like settings. */
export const MAPPING_SHEET = 'Pathway Mapping';

/** Sheets with Pathway's prefix that hold the user's choices: read as input, never overwritten by a run. */
export const USER_CHOICE_SHEETS: readonly string[] = [SETTINGS_SHEET, MAPPING_SHEET];

export function isOwnedSheet(name: string): boolean {
  return name.startsWith(OWNED_PREFIX) && !USER_CHOICE_SHEETS.includes(name);
}
