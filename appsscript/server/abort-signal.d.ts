// The server compiles without the DOM library (Apps Script has no DOM), but the shared
// contracts it imports name AbortSignal in option types it never uses on the server.
interface AbortSignal {
  readonly aborted: boolean;
}
