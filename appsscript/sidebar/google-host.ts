import type { CommandId, HostApi, HostInfo, HostSignal } from '../../ui/host-api.js';
import { ACTION_INFO } from '../../ui/host-side/action-list.js';
import type * as Server from '../server/callbacks.js';

/** The server's own callbacks, so a renamed function or changed argument is a compile error here. */
type ServerApi = typeof Server;
type ServerFunction = keyof ServerApi;

/** The slice of the sidebar's `google.script.run` this bridge uses. */
export interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

export const BUSY_MESSAGE =
  'Google Sheets has not answered for a minute. It may still be working: wait a moment, then try again. Running a command twice is safe.';
export const CANCELLED_MESSAGE =
  'Stopped waiting. Google Sheets may still finish the run; run it again to be sure every Pathway sheet is up to date.';
const PERMISSION_MESSAGE =
  'Pathway needs your permission to read and write this spreadsheet. Close the sidebar, choose Extensions > Pathway again and allow access.';

/** The views this host has server functions for: every capability in core. */
export const GOOGLE_COMMANDS: CommandId[] = ['home', 'categorise', 'targets', 'plans', 'forms', 'broker', 'report', 'settings'];

function plainMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Google Sheets reported a problem.';
  if (/authori[sz]ation is required|permission/i.test(raw)) return PERMISSION_MESSAGE;
  // Apps Script prefixes server errors with "Exception: " or "Error: "; the rest is our own message.
  return raw.replace(/^(Exception|Error):\s*/, '');
}

export interface GoogleHostOptions {
  run: () => ScriptRun;
  startView: CommandId;
  /** R2: a call not settled within this many ms rejects with a "busy, retry" message. */
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

/**
 * HostApi over google.script.run: one server call per user command (goal P5), plain JSON both
 * ways (no Date crosses), and the server's message passed through as the rejection.
 */
export function createGoogleHost(opts: GoogleHostOptions): HostApi {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));

  function call<K extends ServerFunction>(fn: K, args: Parameters<ServerApi[K]>, signal?: HostSignal): Promise<ReturnType<ServerApi[K]>> {
    type T = ReturnType<ServerApi[K]>;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new Error(CANCELLED_MESSAGE));
      let settled = false;
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        clearTimer(timer);
        done();
      };
      const timer = setTimer(() => settle(() => reject(new Error(BUSY_MESSAGE))), timeoutMs);
      signal?.addEventListener('abort', () => settle(() => reject(new Error(CANCELLED_MESSAGE))));
      const runner = opts.run()
        .withSuccessHandler((value) => settle(() => resolve(value as T)))
        .withFailureHandler((error) => settle(() => reject(new Error(plainMessage(error)))));
      (runner[fn] as (...a: unknown[]) => void)(...args);
    });
  }

  const info: HostInfo = { kind: 'google', label: 'Google Sheets', commands: GOOGLE_COMMANDS, startView: opts.startView, actions: ACTION_INFO };
  return {
    info: async () => info,
    overview: () => call('pathwayOverview', []),
    setMapping: (sheet, field, column) => call('pathwaySetMapping', [sheet, field, column]),
    async categorise(request, onProgress, signal) {
      // One call does the whole run on the server, so progress is "working" then "done".
      onProgress?.(0, 1, 'Categorising in Google Sheets…');
      const result = await call('pathwayCategorise', [request.asOf ? { asOf: request.asOf } : {}], signal);
      onProgress?.(1, 1, 'Done');
      return result;
    },
    async runAction(id, request, onProgress, signal) {
      onProgress?.(0, 1, 'Working in Google Sheets…');
      const result = await call('pathwayRunAction', [id, request.asOf ? { asOf: request.asOf } : {}], signal);
      onProgress?.(1, 1, 'Done');
      return result;
    },
    readSettings: () => call('pathwayReadSettings', []),
    writeSettings: (rows) => call('pathwayWriteSettings', [rows.map((r) => ({ ...r }))]),
    goToCell: (sheet, cell) => call('pathwayGoToCell', [sheet, cell]),
    openSheet: (name) => call('pathwayOpenSheet', [name]),
  };
}
