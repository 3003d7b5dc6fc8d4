import type { Worksheet } from 'exceljs';
import { cellAddress, columnLetter } from '../../core/grid/address.js';
import { neutralise } from '../../core/grid/neutralise.js';
import type { ConditionalRule, ListValidation } from '../../core/sheets/types.js';
import { internals } from './exceljs-internals.js';
import { rangeRef, toBox } from './range-ref.js';
import { argb } from './render-style.js';

// Excel rejects an inline list ("a,b,c") whose source text is longer than 255 characters,
// and an inline list cannot hold an item containing a comma or a double quote.
const INLINE_LIST_LIMIT = 255;

function inlineList(items: string[]): string | null {
  if (items.some((i) => i.includes(',') || i.includes('"'))) return null;
  const joined = items.join(',');
  return joined.length <= INLINE_LIST_LIMIT ? `"${joined}"` : null;
}

/** Long lists go into a hidden column of the same sheet, so the sheet stays self-contained and is replaced whole. */
function hiddenListColumn(ws: Worksheet, col: number, items: string[]): string {
  items.forEach((item, i) => {
    ws.getCell(i + 1, col + 1).value = neutralise(item);
  });
  ws.getColumn(col + 1).hidden = true;
  const letter = columnLetter(col);
  return `$${letter}$1:$${letter}$${Math.max(1, items.length)}`;
}

/**
 * Drop-down lists. `firstFreeCol` is the first column past everything the spec uses, where
 * lists too long to inline are kept (one hidden column each).
 */
export function addValidations(ws: Worksheet, validations: ListValidation[], firstFreeCol: number): void {
  let nextCol = firstFreeCol;
  for (const v of validations) {
    const formula = inlineList(v.list) ?? hiddenListColumn(ws, nextCol++, v.list);
    internals(ws).dataValidations.add(rangeRef(v.range), {
      type: 'list',
      allowBlank: v.allowBlank ?? true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: 'Choose a value from the list.',
      ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    });
  }
}

function quoteForFormula(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Colour by text: an expression rule `top-left = "text"`, relative so it moves down the range.
 * Excel's `=` on text ignores case, which is what the spec asks for.
 */
export function addConditionalColours(ws: Worksheet, rules: ConditionalRule[]): void {
  for (const [i, rule] of rules.entries()) {
    const box = toBox(rule.range);
    const fill = argb(rule.fill);
    ws.addConditionalFormatting({
      ref: rangeRef(rule.range),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [`${cellAddress(box.top, box.left)}=${quoteForFormula(rule.equals)}`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill }, bgColor: { argb: fill } },
            ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
          },
        },
      ],
    });
  }
}
