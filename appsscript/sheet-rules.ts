import { columnLetter } from '../core/grid/address.js';
import { neutralise } from '../core/grid/neutralise.js';
import type { CellRange, SheetSpec } from '../core/sheets/types.js';
import type { FormatBlock } from './sheet-formats.js';
import type {
  ConditionalFormatRuleLike, DataValidationLike, RangeLike, SheetLike, SpreadsheetAppLike,
} from './spreadsheet-like.js';

export function a1(r: CellRange): string {
  const top = `${columnLetter(r.col)}${r.row + 1}`;
  const bottom = `${columnLetter(r.col + (r.cols ?? 1) - 1)}${r.row + (r.rows ?? 1)}`;
  return `${top}:${bottom}`;
}

/**
 * The spec's drop-down lists as one 2-D array of rules for one setDataValidations call, with one
 * rule object per distinct list however many ranges share it. Sheets always allows blanks.
 */
export function validationBlock(app: SpreadsheetAppLike, spec: SheetSpec): FormatBlock<DataValidationLike | null> | null {
  const list = spec.validations ?? [];
  if (list.length === 0) return null;
  const rules = new Map<string, DataValidationLike>();
  const ruleFor = (v: (typeof list)[number]): DataValidationLike => {
    const key = JSON.stringify([v.list, v.prompt ?? '']);
    let rule = rules.get(key);
    if (!rule) {
      let builder = app.newDataValidation().requireValueInList(v.list.map((x) => String(neutralise(x))), true).setAllowInvalid(false);
      if (v.prompt) builder = builder.setHelpText(v.prompt);
      rule = builder.build();
      rules.set(key, rule);
    }
    return rule;
  };
  return paintRules(list.map((v) => ({ range: v.range, rule: ruleFor(v) })));
}

function paintRules(items: { range: CellRange; rule: DataValidationLike }[]): FormatBlock<DataValidationLike | null> {
  const r0 = Math.min(...items.map((i) => i.range.row));
  const c0 = Math.min(...items.map((i) => i.range.col));
  const r1 = Math.max(...items.map((i) => i.range.row + (i.range.rows ?? 1) - 1));
  const c1 = Math.max(...items.map((i) => i.range.col + (i.range.cols ?? 1) - 1));
  const values = Array.from({ length: r1 - r0 + 1 }, () => Array<DataValidationLike | null>(c1 - c0 + 1).fill(null));
  for (const { range, rule } of items) {
    for (let r = range.row; r < range.row + (range.rows ?? 1); r++) {
      for (let c = range.col; c < range.col + (range.cols ?? 1); c++) values[r - r0]![c - c0] = rule;
    }
  }
  return { row: r0, col: c0, values };
}

/** RAG colours as conditional rules ("text is exactly"), so a user's later edit recolours the cell. */
export function conditionalRules(app: SpreadsheetAppLike, sheet: SheetLike, spec: SheetSpec): ConditionalFormatRuleLike[] {
  const ranges = new Map<string, RangeLike>();
  return (spec.conditional ?? []).map((c) => {
    const key = a1(c.range);
    let range = ranges.get(key);
    if (!range) {
      range = sheet.getRange(c.range.row + 1, c.range.col + 1, c.range.rows ?? 1, c.range.cols ?? 1);
      ranges.set(key, range);
    }
    let builder = app.newConditionalFormatRule().whenTextEqualTo(c.equals).setBackground(`#${c.fill}`);
    if (c.fontColor) builder = builder.setFontColor(`#${c.fontColor}`);
    return builder.setRanges([range]).build();
  });
}
