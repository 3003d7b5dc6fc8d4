import type { Grid } from '../../core/grid/types.js';
import { isOwnedSheet, USER_CHOICE_SHEETS } from '../../core/ports/workbook.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import type { HostWorkbook } from '../taskpane/core-host.js';

export interface MemorySheet {
  name: string;
  grid: Grid;
  /** The spec a Pathway sheet was rendered from, for drawing its colours. */
  spec?: SheetSpec;
}

/**
 * A workbook held in memory: the browser preview's stand-in for Excel, with the same rules as
 * the real adapter (owned sheets only, the user's choice sheets only on request).
 */
export class MemoryWorkbook implements HostWorkbook {
  readonly sheets: MemorySheet[];
  selection: { sheet: string; cell: string } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(sheets: { name: string; grid: Grid }[]) {
    this.sheets = sheets.map((s) => ({ name: s.name, grid: s.grid }));
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async read(sheet: string): Promise<Grid> {
    const s = this.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`There is no sheet called "${sheet}".`);
    return s.grid.map((row) => [...row]);
  }

  async write(spec: SheetSpec): Promise<void> {
    if (!isOwnedSheet(spec.name)) throw new Error(`Pathway writes only its own sheets; "${spec.name}" belongs to you, so nothing was changed.`);
    this.put(spec);
  }

  async writeChoiceSheet(spec: SheetSpec): Promise<void> {
    if (!USER_CHOICE_SHEETS.includes(spec.name)) throw new Error(`"${spec.name}" is not one of Pathway's choice sheets; nothing was changed.`);
    this.put(spec);
  }

  async select(sheet: string, cell = 'A1'): Promise<void> {
    if (!this.sheets.some((s) => s.name === sheet)) throw new Error(`There is no sheet called "${sheet}".`);
    this.selection = { sheet, cell };
    this.changed();
  }

  async flush(): Promise<void> {
    this.changed();
  }

  private put(spec: SheetSpec): void {
    const sheet: MemorySheet = { name: spec.name, grid: spec.rows.map((r) => [...r]), spec };
    const at = this.sheets.findIndex((s) => s.name === spec.name);
    if (at >= 0) this.sheets[at] = sheet;
    else this.sheets.push(sheet);
  }
}
