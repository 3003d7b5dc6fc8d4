// What a host returns to the pane after a run: the same view from Excel, Google Sheets and the preview.
import type { ActionOutput } from '../../core/run/actions.js';
import type { CategoriseOutput } from '../../core/run/categorise.js';
import type { ActionId, ActionResultView, CategoriseResultView } from '../host-api.js';

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

export function actionResultView(id: ActionId, out: ActionOutput): ActionResultView {
  const outputSheets = out.sheets.map((s) => s.name);
  return { id, outputSheets, mainSheet: outputSheets[0] ?? '', facts: factsOf(out), issues: out.issues };
}

export function categoriseResultView(out: CategoriseOutput): CategoriseResultView {
  const outputSheets = out.sheets.map((s) => s.name);
  return {
    summary: out.summary,
    outputSheets,
    mainSheet: outputSheets.find((n) => /schools/i.test(n)) ?? outputSheets[0] ?? '',
    issueCount: out.issues.length,
  };
}
