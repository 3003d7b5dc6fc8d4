import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileWorkbook } from '../../cli/file-workbook.js';
import type { Grid } from '../../core/grid/types.js';
import type { XlRequestContext } from '../../addin/office/excel-model.js';
import { OfficeWorkbook } from '../../addin/office/office-workbook.js';
import { MemoryWorkbook } from '../../addin/preview/memory-workbook.js';
import { createCoreHost, type HostWorkbook, type WorkbookSession } from '../../addin/taskpane/core-host.js';
import { mappingSpec } from '../../ui/host-side/overview.js';
import { checkSettingsRows, rowsToKeep, settingsView } from '../../ui/host-side/settings-rows.js';
import type { HostApi } from '../../ui/host-api.js';
import { CountingExcel } from './counting-excel.js';

const SAMPLE = fileURLToPath(new URL('../../examples/trust-tracker.xlsx', import.meta.url));
const INFO = { kind: 'excel' as const, label: 'Excel', commands: ['home' as const, 'categorise' as const, 'settings' as const] };
let sample: { name: string; grid: Grid }[] = [];

beforeAll(async () => {
  const file = await FileWorkbook.open(SAMPLE);
  sample = await Promise.all((await file.sheetNames()).map(async (name) => ({ name, grid: await file.read(name) })));
});

/** The Excel pane's host over the counting fake: one adapter per command, as Excel.run gives. */
function excelHost(fx: CountingExcel): HostApi {
  const session: WorkbookSession = async (work) => {
    const wb = new OfficeWorkbook(fx.context as unknown as XlRequestContext);
    const out = await work(wb);
    await wb.flush();
    return out;
  };
  return createCoreHost({ info: INFO, session, today: () => '2025-11-01' });
}

function excelFake(): CountingExcel {
  return new CountingExcel(sample.map((s) => ({ name: s.name, values: s.grid.map((r) => r.map((c) => c ?? '')) })));
}

function syncsOf(fx: CountingExcel, work: () => Promise<unknown>): Promise<number> {
  const before = fx.syncs.length;
  return work().then(() => fx.syncs.length - before);
}

describe('the Excel HostApi over the sample tracker (counting fake of Excel.RequestContext)', () => {
  it('overview takes 2 syncs (list, read) and recognises the sample sheets', async () => {
    const fx = excelFake();
    const host = excelHost(fx);
    let overview: Awaited<ReturnType<HostApi['overview']>> | null = null;
    expect(await syncsOf(fx, async () => (overview = await host.overview()))).toBe(2);
    expect(overview!.schools).toBeGreaterThan(0);
    const schools = overview!.recognised.find((r) => r.role === 'schools')!;
    expect(schools.fields.find((f) => f.field === 'urn')).toMatchObject({ column: 'B', corrected: false });
    expect(schools.headers.find((h) => h.column === 'B')?.header).toBe('URN');
  });

  it('categorise takes 3 syncs (list, read, write) and a second run leaves the workbook as the first did', async () => {
    const fx = excelFake();
    const host = excelHost(fx);
    expect(await syncsOf(fx, () => host.categorise({}))).toBe(3);
    const once = fx.snapshot();
    const result = await host.categorise({});
    expect(fx.snapshot()).toEqual(once);
    expect(result.outputSheets).toContain('Pathway Schools');
    expect(result.mainSheet).toBe('Pathway Schools');
    expect(result.summary.byPhase.reduce((n, r) => n + r.schools, 0)).toBe(result.summary.schools);
    // The user's own sheets are exactly as they were.
    for (const s of sample) expect(fx.sheet(s.name)!.values).toEqual(s.grid.map((r) => r.map((c) => c ?? '')));
  });

  it('a column correction goes to Pathway Mapping and the next overview uses it', async () => {
    const fx = excelFake();
    const host = excelHost(fx);
    let after: Awaited<ReturnType<HostApi['setMapping']>> | null = null;
    // List, then one sync carrying the new Pathway Mapping and the read the overview needs.
    expect(await syncsOf(fx, async () => (after = await host.setMapping('Schools', 'pupils', 'd')))).toBe(2);
    const schools = after!.recognised.find((r) => r.sheet === 'Schools')!;
    expect(schools.fields.find((f) => f.field === 'pupils')).toMatchObject({ column: 'D', corrected: true });
    expect(fx.sheet('Pathway Mapping')!.values.slice(0, 2)).toEqual([['Sheet', 'Field', 'Column'], ['Schools', 'pupils', 'D']]);
    let back: Awaited<ReturnType<HostApi['setMapping']>> | null = null;
    // With the sheet already there: list, read (which includes it), write.
    expect(await syncsOf(fx, async () => (back = await host.setMapping('Schools', 'pupils', null)))).toBe(3);
    expect(back!.recognised.find((r) => r.sheet === 'Schools')!.fields.find((f) => f.field === 'pupils')).toMatchObject({ column: 'S', corrected: false });
  });

  it('refuses a column that is not letters, with a plain message', async () => {
    await expect(excelHost(excelFake()).setMapping('Schools', 'pupils', '4th')).rejects.toThrow('"4th" is not a column');
  });
});

describe('Pathway Mapping rows', () => {
  it('replace one correction and keep every other row the user has there', () => {
    const existing: Grid = [['Sheet', 'Field', 'Column'], ['Schools', 'urn', 'B'], ['Schools', 'pupils', 'S'], ['note to self', null, null]];
    expect(mappingSpec(existing, 'Schools', 'pupils', 'T').rows).toEqual([['Sheet', 'Field', 'Column'], ['Schools', 'urn', 'B'], ['note to self', null, null], ['Schools', 'pupils', 'T']]);
    expect(mappingSpec(null, 'KS2 results', 'urn', 'b').rows).toEqual([['Sheet', 'Field', 'Column'], ['KS2 results', 'urn', 'B']]);
  });
});

describe('Pathway Settings rows', () => {
  it('with no sheet: every setting at its default, nothing from the sheet', () => {
    const v = settingsView(null);
    expect(v.exists).toBe(false);
    expect(v.rows.length).toBeGreaterThan(20);
    expect(v.rows.every((r) => r.value === r.defaultValue && !r.fromSheet)).toBe(true);
  });

  it('shows what the user typed, even a rejected value, with the core complaint on that row', () => {
    const v = settingsView([['Setting', 'Value'], ['Minimum strands for a phase', 'lots'], ['Something else', 3]]);
    const min = v.rows.find((r) => r.setting === 'Minimum strands for a phase')!;
    expect(min).toMatchObject({ value: 'lots', fromSheet: true });
    expect(min.problem).toBeTruthy();
    expect(v.rows.find((r) => r.setting === 'Something else')).toMatchObject({ value: '3', fromSheet: true });
  });

  it('saves only the trust choices, and checks them with the core first', () => {
    const rows = settingsView(null).rows.map((r) => (r.setting === 'Minimum strands for a phase' ? { ...r, value: '9' } : r));
    expect(rowsToKeep(rows).map((r) => r.setting)).toEqual(['Minimum strands for a phase']);
    const checked = checkSettingsRows(rows);
    expect(checked.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(checked.rows!.find((r) => r.setting === 'Minimum strands for a phase')!.problem).toBeTruthy();
  });

  it('writes Pathway Settings through the host and reads it back', async () => {
    const book = new MemoryWorkbook(sample);
    const session: WorkbookSession = (work) => work(book as HostWorkbook);
    const host = createCoreHost({ info: INFO, session, today: () => '2025-11-01' });
    const rows = (await host.readSettings()).rows.map((r) => (r.setting === 'Minimum strands for a phase' ? { ...r, value: '5' } : r));
    expect(await host.writeSettings(rows)).toMatchObject({ saved: true });
    const again = await host.readSettings();
    expect(again.exists).toBe(true);
    expect(again.rows.find((r) => r.setting === 'Minimum strands for a phase')).toMatchObject({ value: '5', fromSheet: true });
    expect(again.issues).toEqual([]);
  });
});

describe('lazyHost (the pane loads the core on first use)', () => {
  it('answers info at once, loads once, and turns a failed load into a plain message that a retry can clear', async () => {
    const { lazyHost } = await import('../../addin/taskpane/lazy-host.js');
    let calls = 0;
    let fail = true;
    const real = createCoreHost({ info: INFO, session: (work) => work(new MemoryWorkbook(sample) as HostWorkbook), today: () => '2025-11-01' });
    const host = lazyHost(INFO, async () => {
      calls += 1;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return real;
    });
    expect(await host.info()).toEqual(INFO);
    expect(calls).toBe(0);
    await expect(host.overview()).rejects.toThrow(/could not finish loading/);
    fail = false;
    expect((await host.overview()).schools).toBeGreaterThan(0);
    await host.readSettings();
    expect(calls).toBe(2);
  });
});

describe('cancelling a run', () => {
  it('stops between host calls with a plain message, and a run afterwards completes', async () => {
    const book = new MemoryWorkbook(sample);
    const host = createCoreHost({ info: INFO, session: (work) => work(book as HostWorkbook), today: () => '2025-11-01' });
    const controller = new AbortController();
    const labels: string[] = [];
    const run = host.categorise({}, (_done, _total, label) => {
      labels.push(label);
      if (label.startsWith('Writing')) controller.abort();
    }, controller.signal);
    await expect(run).rejects.toThrow(/Cancelled\. Nothing half-written/);
    expect(labels.some((l) => l.startsWith('Reading'))).toBe(true);
    expect(book.sheets.filter((s) => s.name.startsWith('Pathway ')).length).toBeLessThanOrEqual(1);
    const done = await host.categorise({});
    expect(done.outputSheets.every((n) => book.sheets.some((s) => s.name === n))).toBe(true);
  });

  it('in Excel (counting fake) a cancelled run sends none of its queued writes', async () => {
    const fx = excelFake();
    const controller = new AbortController();
    const run = excelHost(fx).categorise({}, (_d, _t, label) => label.startsWith('Writing') && controller.abort(), controller.signal);
    await expect(run).rejects.toThrow(/Cancelled/);
    expect(fx.sheets.filter((s) => s.name.startsWith('Pathway '))).toEqual([]);
  });
});

describe('later capabilities through runAction (in-memory workbook)', () => {
  it.each(['targets', 'plans', 'forms.generate', 'forms.collate', 'broker', 'report'] as const)('%s runs its core use case and reports what it wrote', async (id) => {
    const book = new MemoryWorkbook(sample);
    const host = createCoreHost({ info: INFO, session: (work) => work(book as HostWorkbook), today: () => '2025-11-01' });
    const result = await host.runAction!(id, {});
    expect(result.id).toBe(id);
    for (const name of result.outputSheets) {
      expect(name.startsWith('Pathway ')).toBe(true);
      expect(book.sheets.some((s) => s.name === name)).toBe(true);
    }
    expect(result.mainSheet).toBe(result.outputSheets[0] ?? '');
    expect(result.facts.every((f) => f.label.length > 0)).toBe(true);
  });

  it('facts count lists and keep numbers, and leave sheets and issues out', async () => {
    const { factsOf } = await import('../../ui/host-side/results.js');
    expect(factsOf({ targets: [1, 2, 3], academicYear: 2026, budget: 1234.567, issues: [1], sheets: [], wellBelowShare: {} })).toEqual([
      { label: 'Targets', value: 3 },
      { label: 'Academic year', value: 2026 },
      { label: 'Budget', value: 1234.57 },
    ]);
  });
});

describe('later capabilities in Excel (counting fake of Excel.RequestContext)', () => {
  it.each(['targets', 'plans', 'forms.generate', 'forms.collate', 'broker', 'report'] as const)('%s stays within the P1 sync formula', async (id) => {
    const fx = excelFake();
    const host = excelHost(fx);
    await host.runAction!('forms.generate', {}); // so collate and broker have forms to read
    const before = fx.syncs.length;
    const readBefore = fx.totalRead;
    const writtenBefore = fx.totalWritten;
    await host.runAction!(id, {});
    const syncs = fx.syncs.length - before;
    const limit = 1 + Math.ceil((fx.totalRead - readBefore) / (2 * 1024 * 1024)) + Math.ceil((fx.totalWritten - writtenBefore) / (2 * 1024 * 1024));
    expect(syncs).toBeLessThanOrEqual(limit);
  });
});

describe('progress in the Excel pane (counting fake of Excel.RequestContext; goal P8)', () => {
  /** Every report a run makes to the pane's progress bar. */
  const reports = () => {
    const seen: { done: number; total: number; label: string }[] = [];
    return { seen, onProgress: (done: number, total: number, label: string) => void seen.push({ done, total, label }) };
  };
  const expectProgress = (seen: { done: number; total: number; label: string }[]) => {
    expect(seen.some((p) => p.label.startsWith('Reading'))).toBe(true);
    expect(seen.some((p) => p.label.startsWith('Writing'))).toBe(true);
    expect(seen.at(-1)).toMatchObject({ label: 'Done' });
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    for (const p of seen) {
      expect(p.done).toBeGreaterThanOrEqual(0);
      expect(p.done).toBeLessThanOrEqual(p.total);
    }
  };

  it('categorise reports reading each sheet, writing each output, then Done', async () => {
    const { seen, onProgress } = reports();
    await excelHost(excelFake()).categorise({}, onProgress);
    expectProgress(seen);
  });

  it.each(['targets', 'plans', 'forms.generate', 'forms.feedback', 'broker'] as const)('%s reports progress the same way', async (id) => {
    const fx = excelFake();
    const host = excelHost(fx);
    if (id === 'forms.feedback' || id === 'broker') await host.runAction!('forms.generate', {});
    const { seen, onProgress } = reports();
    await host.runAction!(id, {}, onProgress);
    expectProgress(seen);
  });
});
