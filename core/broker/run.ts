import { collateForms } from '../forms/collate.js';
import { excellenceRegister } from '../forms/excellence.js';
import { isFormSheet } from '../forms/form-id.js';
import { isFormsInputSheet } from '../forms/forms-input.js';
import { readFormsSettings } from '../forms/read-forms-settings.js';
import type { FormsSettings } from '../forms/settings.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import type { Workbook } from '../ports/workbook.js';
import { categoriseSheets } from '../run/categorise.js';
import { readInputSheets, writeSheets, type RunOptions } from '../run/io.js';
import { readSettings } from '../settings/read-settings.js';
import type { SheetSpec } from '../sheets/types.js';
import { brokerSupport, supportPlanSheet, type BrokerResult } from './support-plan.js';

export interface BrokerOptions extends RunOptions {
  asOf: string;
  formsSettings?: FormsSettings;
}

export interface BrokerOutput extends BrokerResult {
  issues: Issue[];
  sheet: SheetSpec;
}

/** Pure: categorise the tracker, take areas of excellence from the forms, broker support. */
export function brokerSheets(userSheets: SheetGrid[], forms: SheetGrid[], opts: BrokerOptions): BrokerOutput {
  // The visit schedule and QA days sheets name schools too; they are not lists of the trust's schools.
  const categorised = categoriseSheets(userSheets.filter((s) => !isFormsInputSheet(s)), { asOf: opts.asOf });
  const { settings } = readSettings(userSheets);
  const formsSettings = opts.formsSettings ?? readFormsSettings(userSheets).settings;
  const records = collateForms(forms, formsSettings, opts.asOf).records.filter((r) => r.completed);
  const result = brokerSupport(categorised.schools, excellenceRegister(records), settings);
  return { ...result, issues: categorised.issues, sheet: supportPlanSheet(result, opts.asOf) };
}

/** Read the tracker and the forms through any host, and write `Pathway Support Plan`. */
export async function runBroker(wb: Workbook, opts: BrokerOptions): Promise<BrokerOutput> {
  const userSheets = await readInputSheets(wb, opts);
  const forms: SheetGrid[] = [];
  for (const name of (await wb.sheetNames()).filter(isFormSheet)) forms.push({ name, grid: await wb.read(name) });
  const output = brokerSheets(userSheets, forms, opts);
  await writeSheets(wb, [output.sheet], opts);
  return output;
}
