/**
 * Apps Script reports service failures as English text, not codes. Each known one becomes a
 * plain message with a next step (goal R1); anything else is passed on as it is, since our own
 * errors are already written for the user.
 */
const KNOWN: readonly [RegExp, string][] = [
  [/Service Spreadsheets (failed|timed out)|Service error: Spreadsheets|We're sorry, a server error occurred/i,
    'Google Sheets did not complete the request. Nothing needs undoing: wait a moment and run the command again.'],
  [/above the limit of [\d,]+ cells/i,
    'This spreadsheet is at Google Sheets\' limit of 10 million cells, so Pathway could not add its sheets. Delete unused sheets or empty rows and columns, then run again.'],
  [/do not have permission|not have access|Authorization is required|You need permission/i,
    'Pathway could not change this spreadsheet: you may only have view or comment access. Ask its owner for edit access, then run again.'],
  [/protected cell or object|trying to edit a protected/i,
    'A Pathway sheet is protected, so Pathway could not rewrite it. Remove the protection from the "Pathway …" sheets, then run again.'],
  [/Service invoked too many times|too many times for one day/i,
    'Google limits how much one account can run in a day, and that limit has been reached. Try again tomorrow.'],
];

export function plainSheetsError(error: unknown): Error {
  const message = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  for (const [pattern, plain] of KNOWN) if (pattern.test(message)) return new Error(plain);
  return new Error(message);
}

/** Wrap a server entry point so every failure reaches the sidebar as a plain message. */
export function withPlainErrors<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      throw plainSheetsError(e);
    }
  };
}
