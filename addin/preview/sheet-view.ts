import { cellAddress } from '../../core/grid/address.js';
import type { MemorySheet, MemoryWorkbook } from './memory-workbook.js';

const MAX_ROWS = 300;

function styleFor(sheet: MemorySheet, r: number, c: number): string {
  const parts: string[] = [];
  for (const s of sheet.spec?.styles ?? []) {
    if (r < s.row || r >= s.row + (s.rows ?? 1) || c < s.col || c >= s.col + (s.cols ?? 1)) continue;
    if (s.style.fill) parts.push(`background:#${s.style.fill}`);
    if (s.style.bold) parts.push('font-weight:600');
    if (s.style.fontColor) parts.push(`color:#${s.style.fontColor}`);
  }
  const value = String(sheet.grid[r]?.[c] ?? '').toLowerCase();
  for (const rule of sheet.spec?.conditional ?? []) {
    const { row, col, rows = 1, cols = 1 } = rule.range;
    if (r >= row && r < row + rows && c >= col && c < col + cols && value === rule.equals.toLowerCase()) {
      parts.push(`background:#${rule.fill}`);
      if (rule.fontColor) parts.push(`color:#${rule.fontColor}`);
    }
  }
  return parts.join(';');
}

/** Draw the workbook as tabs and one HTML table, as plain DOM: the preview's picture of Excel. */
export function renderBook(root: HTMLElement, book: MemoryWorkbook, active: string): void {
  root.replaceChildren();
  const tabs = document.createElement('nav');
  tabs.setAttribute('aria-label', 'Sheets');
  for (const s of book.sheets) {
    const b = document.createElement('button');
    b.textContent = s.name;
    b.dataset.sheet = s.name;
    if (s.name === active) b.setAttribute('aria-current', 'page');
    b.addEventListener('click', () => void book.select(s.name));
    tabs.append(b);
  }
  root.append(tabs);
  const sheet = book.sheets.find((s) => s.name === active);
  if (!sheet) return;
  const table = document.createElement('table');
  table.setAttribute('aria-label', sheet.name);
  table.dataset.sheet = sheet.name;
  const width = Math.max(0, ...sheet.grid.slice(0, MAX_ROWS).map((r) => r.length));
  sheet.grid.slice(0, MAX_ROWS).forEach((row, r) => {
    const tr = table.insertRow();
    for (let c = 0; c < width; c++) {
      const td = tr.insertCell();
      const v = row[c];
      td.textContent = v === null || v === undefined ? '' : String(v);
      td.title = cellAddress(r, c);
      const css = styleFor(sheet, r, c);
      if (css) td.setAttribute('style', css);
      if (book.selection?.sheet === sheet.name && book.selection.cell === cellAddress(r, c)) td.className = 'selected';
    }
  });
  root.append(table);
}
