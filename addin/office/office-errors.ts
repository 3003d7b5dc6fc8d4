/**
 * Office's error codes as plain messages with a next step (goal R1), and a watchdog for a
 * `context.sync` that never settles (goal R2; office-js issues 6678 and 6150).
 */
const BY_CODE: Record<string, string> = {
  InvalidArgument: 'Excel refused a value Pathway sent. Check the sheet named below for unusual content, then run again.',
  ItemNotFound: 'A sheet Pathway expected was renamed or deleted while it worked. Run again to use the current sheets.',
  ItemAlreadyExists: 'A sheet with that name already exists. Rename or remove it, then run again.',
  GeneralException: 'Excel could not finish the change. Save the workbook, then run again.',
  AccessDenied: 'Excel did not allow the change: the workbook or sheet is protected or read-only. Unprotect it (Review > Unprotect), then run again.',
  RequestPayloadSizeLimitExceeded: 'The change was too large for Excel to take in one go. Run again; if it repeats, split the tracker into smaller sheets.',
  ResponsePayloadSizeLimitExceeded: 'A sheet was too large for Excel to hand over in one go. Run again; if it repeats, remove empty formatted rows below the data.',
  InvalidOperationInCellEditMode: 'Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then run again.',
  InvalidOperation: 'Excel did not allow the change in the workbook as it is now. Close any open dialog and run again.',
  InvalidReference: 'A range Pathway used is no longer valid. Run again.',
  InvalidSelection: 'The selection could not be changed. Click a cell in the workbook, then try again.',
  InsertDeleteConflict: 'A table or merged cells on the sheet blocked the change. Remove them from Pathway sheets, then run again.',
  MergedRangeConflict: 'Merged cells blocked the change. Unmerge them on the Pathway sheet, then run again.',
  FilteredRangeConflict: 'A filter blocked the change. Clear the filter on the Pathway sheet, then run again.',
  NonBlankCellOffSheet: 'Excel has no room to add rows or columns. Delete unused rows at the bottom of the sheet, then run again.',
  RangeExceedsLimit: 'A sheet is larger than Excel allows for one change. Remove unused rows or columns, then run again.',
  ActivityLimitReached: 'Excel asked Pathway to slow down. Wait a minute, then run again.',
  RequestAborted: 'Excel stopped the request. Run again.',
  ServiceNotAvailable: 'Excel could not be reached just now. Wait a moment, then run again.',
  Conflict: 'Someone else changed the workbook at the same time. Run again.',
  UnsupportedOperation: 'This version of Excel cannot do that. Update Office, then run again.',
  ApiNotFound: 'This version of Excel is too old for Pathway (it needs ExcelApi 1.9 or later). Update Office, then run again.',
  NotImplemented: 'This version of Excel cannot do that. Update Office, then run again.',
  InactiveWorkbook: 'The workbook is not active. Click into it, then run again.',
  UnsupportedSheet: 'A sheet of an unsupported kind (for example a chart sheet or macro sheet) got in the way. Run again.',
};

export const BUSY_MESSAGE = 'Excel is busy and did not answer within 60 seconds. Wait for it to finish, then try again; running again is safe.';
export const SYNC_TIMEOUT_MS = 60_000;

/** An error carrying a plain message; `code` keeps Office's code for the record. */
export class HostError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'HostError';
  }
}

function codeOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return 'Unknown';
}

/** Office error (or anything thrown) → HostError with a plain message and a next step. */
export function plainOfficeError(err: unknown, where?: string): HostError {
  if (err instanceof HostError) return err;
  const code = codeOf(err);
  const base = BY_CODE[code] ?? 'Something went wrong in Excel. Save the workbook and run again; if it repeats, restart Excel.';
  return new HostError(where ? `${base} (${where})` : base, code);
}

export function knownErrorCodes(): string[] {
  return Object.keys(BY_CODE);
}

/** Settle within `ms` or reject with the busy message; the timer never outlives the promise. */
export function withWatchdog<T>(work: Promise<T>, ms = SYNC_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostError(BUSY_MESSAGE, 'Timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
