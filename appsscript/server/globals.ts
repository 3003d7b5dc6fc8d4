import type { HtmlServiceLike, SpreadsheetAppLike } from '../spreadsheet-like.js';

// Apps Script's services are globals of the script's realm; a test's vm context supplies fakes
// under the same names. Looked up on each call, never captured at load time.
declare const SpreadsheetApp: SpreadsheetAppLike;
declare const HtmlService: HtmlServiceLike;

export function spreadsheetApp(): SpreadsheetAppLike {
  return SpreadsheetApp;
}

export function htmlService(): HtmlServiceLike {
  return HtmlService;
}
