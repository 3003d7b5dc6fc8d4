import { brokerSheets } from '../broker/run.js';
import { isFormSheet } from '../forms/form-id.js';
import { planForms } from '../forms/generate.js';
import { collateSheets, feedbackSheets, settingsFor } from '../forms/run.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { plansSheets } from '../plans/run-plans.js';
import type { Workbook } from '../ports/workbook.js';
import type { SheetSpec } from '../sheets/types.js';
import { targetsSheets } from '../targets/run-targets.js';
import { reportSheets } from '../pack/run-report.js';
import { HISTORY_SHEET } from '../pack/sheet-names.js';
import { readInputSheets, writeSheets, type RunOptions } from './io.js';

/** The capabilities beyond categorise that a host can run by name. */
export type ActionId = 'targets' | 'plans' | 'forms.generate' | 'forms.collate' | 'forms.feedback' | 'broker' | 'report';

export const ACTION_IDS: readonly ActionId[] = ['targets', 'plans', 'forms.generate', 'forms.collate', 'forms.feedback', 'broker', 'report'];

export interface ActionInput {
  /** The user's sheets (Pathway's own outputs left out; its settings and mapping kept). */
  userSheets: SheetGrid[];
  /** The names of Pathway's form sheets in the workbook. */
  formNames: string[];
  /** Those form sheets as they stand, filled in or not; read only for the actions that need them (`readsForms`). */
  forms: SheetGrid[];
  /** Pathway's own sheets an action reads back before rewriting them (`readsOwned`), e.g. the history. */
  owned?: SheetGrid[];
  asOf: string;
}

/** What every action returns: its own result fields, the problems it found, and the sheets to write. */
export type ActionOutput = object & { issues: Issue[]; sheets: SheetSpec[] };

/** Whether an action reads the forms' contents (generate only needs their names). */
export function readsForms(id: ActionId): boolean {
  return id === 'forms.collate' || id === 'forms.feedback' || id === 'broker' || id === 'report';
}

/** Pathway's own sheets an action must read back before it rewrites them (the report keeps every snapshot). */
export function readsOwned(id: ActionId): readonly string[] {
  return id === 'report' ? [HISTORY_SHEET] : [];
}

/**
 * Each capability as one synchronous, pure step over grids already read: the same code for the
 * CLI, Excel (which reads through its port first) and Apps Script (which must answer at once).
 */
export const ACTIONS: Record<ActionId, (input: ActionInput) => ActionOutput> = {
  targets: ({ userSheets, asOf }) => targetsSheets(userSheets, { asOf }),
  plans: ({ userSheets, asOf }) => plansSheets(userSheets, { asOf }),
  'forms.generate': ({ userSheets, formNames }) => {
    const { settings, issues } = settingsFor(userSheets, {});
    const plan = planForms(userSheets, formNames, settings);
    return { ...plan, issues: [...plan.issues, ...issues] };
  },
  'forms.collate': ({ userSheets, forms, asOf }) => {
    const { settings, issues } = settingsFor(userSheets, {});
    return collateSheets(forms, userSheets, settings, asOf, issues);
  },
  'forms.feedback': ({ userSheets, forms, asOf }) => {
    const { settings, issues } = settingsFor(userSheets, {});
    const { records, sheet } = feedbackSheets(forms, userSheets, settings, { asOf });
    return { records, issues, sheets: [sheet] };
  },
  broker: ({ userSheets, forms, asOf }) => {
    const out = brokerSheets(userSheets, forms, { asOf });
    return { ...out, sheets: [out.sheet] };
  },
  report: ({ userSheets, forms, owned, asOf }) =>
    reportSheets({ userSheets, forms, history: owned?.find((s) => s.name === HISTORY_SHEET)?.grid ?? null, asOf }),
};

/** Read what an action needs through any host, run it, and write the sheets it made. */
export async function runAction(wb: Workbook, id: ActionId, opts: RunOptions & { asOf: string }): Promise<ActionOutput> {
  const userSheets = await readInputSheets(wb, opts);
  const names = await wb.sheetNames();
  const formNames = names.filter(isFormSheet);
  const forms: SheetGrid[] = [];
  if (readsForms(id)) for (const name of formNames) forms.push({ name, grid: await wb.read(name) });
  const owned: SheetGrid[] = [];
  for (const name of readsOwned(id).filter((n) => names.includes(n))) owned.push({ name, grid: await wb.read(name) });
  const output = ACTIONS[id]({ userSheets, formNames, forms, owned, asOf: opts.asOf });
  await writeSheets(wb, output.sheets, opts);
  return output;
}
