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
  DirtySupportingFormula: 'A formula the change depends on has not finished calculating. Let Excel finish (or press F9), then run again.',
  EmptyChartSeries: 'A chart with an empty series blocked the change. Remove the chart from the Pathway sheet, then run again.',
  FormulaLengthExceedsLimit: 'A formula was longer than Excel allows. Run again; if it repeats, restart Excel.',
  InvalidBinding: 'A link between Pathway and the workbook is no longer valid. Close and reopen the Pathway pane, then run again.',
  OpenWorkbookLinksBlocked: 'Excel blocked links to other workbooks. Allow or remove them (Data > Edit Links), then run again.',
  RefreshWorkbookLinksBlocked: 'Excel blocked links to other workbooks. Allow or remove them (Data > Edit Links), then run again.',
  OperationCellsExceedLimit: 'The change covers more cells than Excel takes at once. Run again; if it repeats, delete unused rows and columns from your sheets.',
  PivotTableRangeConflict: 'A PivotTable is in the way of a Pathway sheet. Move it off the Pathway sheet, then run again.',
  PowerQueryRefreshResourceChallenge: 'A Power Query in the workbook needs you to sign in or allow access. Refresh it yourself (Data > Refresh All), then run again.',
  RangeImageExceedsLimit: 'A picture of a range was too large for Excel. Run again; if it repeats, restart Excel.',
  UnsupportedFeature: 'Excel cannot make this change from an add-in in this version (often Excel on the web). Open the workbook in Excel for Windows or Mac, then run again.',
  UnsupportedFillType: 'A cell fill Excel cannot change from an add-in is on the sheet. Clear the formatting on the Pathway sheet, then run again.',
  // OfficeExtension's own codes, shared by every Office host.
  InvalidObjectPath: 'Something in the workbook changed while Pathway worked. Run again.',
  PropertyNotLoaded: 'Excel did not hand over what Pathway asked for. Close and reopen the Pathway pane, then run again.',
  ValueNotLoaded: 'Excel did not hand over what Pathway asked for. Close and reopen the Pathway pane, then run again.',
  InvalidRequestContext: 'The link to the workbook was reset. Close and reopen the Pathway pane, then run again.',
  RunMustReturnPromise: 'The link to the workbook was reset. Close and reopen the Pathway pane, then run again.',
  CannotRegisterEvent: 'Excel did not let Pathway watch the workbook for changes. Close and reopen the Pathway pane, then run again.',
  ConnectionFailure: 'Excel lost its connection (in Excel on the web, often the network). Check the connection, then run again.',
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
