import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE, CANCELLED_MESSAGE, createGoogleHost, type ScriptRun } from '../../appsscript/sidebar/google-host.js';

type Answer = { ok: true; value: unknown } | { ok: false; error: unknown } | 'never';

/** A fake google.script.run: records each server call and answers it as told. */
function fakeRun(answer: (fn: string, args: unknown[]) => Answer) {
  const calls: { fn: string; args: unknown[] }[] = [];
  const run = (): ScriptRun => {
    let ok: (v: unknown) => void = () => {};
    let fail: (e: unknown) => void = () => {};
    const runner: ScriptRun = new Proxy({} as ScriptRun, {
      get(_, name: string) {
        if (name === 'withSuccessHandler') return (fn: typeof ok) => ((ok = fn), runner);
        if (name === 'withFailureHandler') return (fn: typeof fail) => ((fail = fn), runner);
        return (...args: unknown[]) => {
          calls.push({ fn: name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
          const a = answer(name, args);
          if (a === 'never') return;
          queueMicrotask(() => (a.ok ? ok(a.value) : fail(a.error)));
        };
      },
    });
    return runner;
  };
  return { run, calls };
}

/** Timers the test fires by hand: no waiting on the wall clock. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => (pending.set(next, fn), next++),
    clearTimer: (id: unknown) => void pending.delete(id as number),
    fireAll: () => [...pending.values()].forEach((fn) => fn()),
    count: () => pending.size,
  };
}

describe('google.script.run bridge (fake google.script.run)', () => {
  it.each([
    ['overview', (h: ReturnType<typeof createGoogleHost>) => h.overview(), 'pathwayOverview', []],
    ['setMapping', (h: ReturnType<typeof createGoogleHost>) => h.setMapping('Schools', 'urn', 'C'), 'pathwaySetMapping', ['Schools', 'urn', 'C']],
    ['categorise', (h: ReturnType<typeof createGoogleHost>) => h.categorise({ asOf: '2025-11-01' }), 'pathwayCategorise', [{ asOf: '2025-11-01' }]],
    ['readSettings', (h: ReturnType<typeof createGoogleHost>) => h.readSettings(), 'pathwayReadSettings', []],
    ['writeSettings', (h: ReturnType<typeof createGoogleHost>) => h.writeSettings([{ setting: 'a', value: '1' }]), 'pathwayWriteSettings', [[{ setting: 'a', value: '1' }]]],
    ['goToCell', (h: ReturnType<typeof createGoogleHost>) => h.goToCell('Schools', 'B4'), 'pathwayGoToCell', ['Schools', 'B4']],
    ['openSheet', (h: ReturnType<typeof createGoogleHost>) => h.openSheet('Pathway Schools'), 'pathwayOpenSheet', ['Pathway Schools']],
  ] as const)('%s is exactly one server call, %s', async (_, command, fn, args) => {
    const fake = fakeRun(() => ({ ok: true, value: { answered: true } }));
    const host = createGoogleHost({ run: fake.run, startView: 'home' });
    await command(host);
    expect(fake.calls).toEqual([{ fn, args }]);
  });

  it('answers info() without a server call, naming Google Sheets and the start view', async () => {
    const fake = fakeRun(() => 'never');
    const info = await createGoogleHost({ run: fake.run, startView: 'settings' }).info();
    expect(info).toMatchObject({ kind: 'google', label: 'Google Sheets', startView: 'settings' });
    expect(info.commands).toEqual(['home', 'categorise', 'targets', 'plans', 'forms', 'broker', 'report', 'settings']);
    expect(info.actions?.map((a) => a.id)).toEqual(['targets', 'plans', 'forms.generate', 'forms.collate', 'forms.feedback', 'broker', 'report']);
    expect(fake.calls).toEqual([]);
  });

  it('passes the server message through without Apps Script\'s "Exception:" prefix', async () => {
    const fake = fakeRun(() => ({ ok: false, error: new Error('Exception: Pathway did not write to the sheet "Schools": it belongs to you.') }));
    await expect(createGoogleHost({ run: fake.run, startView: 'home' }).openSheet('x')).rejects.toThrow(/^Pathway did not write to the sheet "Schools"/);
  });

  it('turns an authorisation failure into a next step', async () => {
    const fake = fakeRun(() => ({ ok: false, error: new Error('Authorization is required to perform that action.') }));
    await expect(createGoogleHost({ run: fake.run, startView: 'home' }).overview()).rejects.toThrow(/allow access/);
  });

  it('gives up on a call not answered within the time limit with a "busy, retry" message (R2)', async () => {
    const fake = fakeRun(() => 'never');
    const timers = manualTimers();
    const pending = createGoogleHost({ run: fake.run, startView: 'home', timeoutMs: 60_000, ...timers }).overview();
    expect(timers.count()).toBe(1);
    timers.fireAll();
    await expect(pending).rejects.toThrow(BUSY_MESSAGE);
  });

  it('clears its timer when the answer comes', async () => {
    const fake = fakeRun(() => ({ ok: true, value: 1 }));
    const timers = manualTimers();
    await createGoogleHost({ run: fake.run, startView: 'home', ...timers }).overview();
    expect(timers.count()).toBe(0);
  });

  it('stops waiting when cancelled, and reports progress as working then done', async () => {
    const fake = fakeRun(() => 'never');
    const host = createGoogleHost({ run: fake.run, startView: 'home' });
    const controller = new AbortController();
    const progress: string[] = [];
    const run = host.categorise({}, (d, t, label) => progress.push(`${d}/${t} ${label}`), controller.signal);
    controller.abort();
    await expect(run).rejects.toThrow(CANCELLED_MESSAGE);
    expect(progress).toEqual(['0/1 Categorising in Google Sheets…']);
    const done = fakeRun(() => ({ ok: true, value: { summary: {} } }));
    const seen: string[] = [];
    await createGoogleHost({ run: done.run, startView: 'home' }).categorise({}, (d, t) => seen.push(`${d}/${t}`));
    expect(seen).toEqual(['0/1', '1/1']);
    expect(done.calls[0]!.args).toEqual([{}]);
  });
});
