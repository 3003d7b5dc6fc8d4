import { runBroker } from '../../core/broker/run.js';
import type { Issue } from '../../core/grid/types.js';
import { runCollateForms, runGenerateForms } from '../../core/forms/run.js';
import { runPlans } from '../../core/plans/index.js';
import type { Workbook } from '../../core/ports/workbook.js';
import type { RunOptions } from '../../core/run/io.js';
import type { SheetSpec } from '../../core/sheets/types.js';
import { runTargets } from '../../core/targets/run-targets.js';
import type { ActionId, ActionResultView } from '../../ui/host-api.js';

type RunOutput = { issues: Issue[]; sheets?: SheetSpec[]; sheet?: SheetSpec } & object;
type Runner = (wb: Workbook, opts: RunOptions & { asOf: string }) => Promise<RunOutput>;

/** Each capability's own use case in core; the host only calls it and summarises what came back. */
export const RUNNERS: Record<ActionId, Runner> = {
  targets: runTargets,
  plans: runPlans,
  'forms.generate': runGenerateForms,
  'forms.collate': runCollateForms,
  broker: runBroker,
};

const SKIP = new Set(['issues', 'sheets', 'sheet', 'recognised']);

function label(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a run counted, read generically from its output (lists → how many, numbers → the number),
 * so a capability's result needs no code here when it grows.
 */
export function factsOf(out: object): { label: string; value: string | number }[] {
  const facts: { label: string; value: string | number }[] = [];
  for (const [key, v] of Object.entries(out)) {
    if (SKIP.has(key)) continue;
    if (Array.isArray(v)) facts.push({ label: label(key), value: v.length });
    else if (typeof v === 'number' && Number.isFinite(v)) facts.push({ label: label(key), value: Math.round(v * 100) / 100 });
    else if (typeof v === 'string' && v.length <= 40) facts.push({ label: label(key), value: v });
  }
  return facts;
}

export function resultView(id: ActionId, out: RunOutput): ActionResultView {
  const sheets = out.sheets ?? (out.sheet ? [out.sheet] : []);
  const outputSheets = sheets.map((s) => s.name);
  return { id, outputSheets, mainSheet: outputSheets[0] ?? '', facts: factsOf(out), issues: out.issues };
}
