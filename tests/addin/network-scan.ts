// What "no network from our code" (R6) looks for in a bundle. React and Fluent were checked when
// this was written: neither minified build contains any of these, so no exception list is needed;
// if a dependency ever adds one, the test names the file and the API and someone must decide.
const PATTERNS: [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/],
  ['fetch reference', /[."'`]fetch\b(?!\w)/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
  ['importScripts', /importScripts/],
  ['RTCPeerConnection', /RTCPeerConnection/],
  ['UrlFetchApp', /UrlFetchApp/],
  ['MailApp', /MailApp/],
  ['GmailApp', /GmailApp/],
  ['DriveApp', /DriveApp/],
];

export function networkUses(code: string): string[] {
  return PATTERNS.filter(([, re]) => re.test(code)).map(([name]) => name);
}
