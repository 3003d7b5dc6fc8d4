import type { SheetGrid } from '../grid/types.js';
import { isOwnedSheet, type Workbook } from '../ports/workbook.js';
import type { SheetSpec } from '../sheets/types.js';

/** What a run needs of a cancel signal: a DOM AbortSignal fits, and the core stays free of DOM types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface RunOptions {
  /** Called as work advances, for a host's progress bar. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Cancels between host calls; what was written stays consistent because each sheet is written whole. */
  signal?: CancelSignal;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled. Nothing half-written: run again to bring every Pathway sheet up to date.');
    this.name = 'CancelledError';
  }
}

function checkCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Every sheet that belongs to the user (Pathway's own outputs are skipped; its settings and mapping are read). */
export async function readInputSheets(wb: Workbook, opts: RunOptions = {}): Promise<SheetGrid[]> {
  const names = (await wb.sheetNames()).filter((n) => !isOwnedSheet(n));
  const sheets: SheetGrid[] = [];
  for (const [i, name] of names.entries()) {
    checkCancelled(opts.signal);
    opts.onProgress?.(i, names.length + 1, `Reading ${name}`);
    sheets.push({ name, grid: await wb.read(name) });
  }
  return sheets;
}

export async function writeSheets(wb: Workbook, specs: SheetSpec[], opts: RunOptions = {}): Promise<void> {
  for (const [i, spec] of specs.entries()) {
    checkCancelled(opts.signal);
    opts.onProgress?.(i, specs.length, `Writing ${spec.name}`);
    await wb.write(spec);
  }
  opts.onProgress?.(specs.length, specs.length, 'Done');
}
