import type ExcelJS from 'exceljs';
import { normaliseCellValue } from '../../cli/_lib/cell-value.js';
import type { Cell, Grid } from '../../core/grid/types.js';

/** Every worksheet of an ExcelJS workbook as the core's grids (dates as serials, formulas as their results). */
export function workbookGrids(book: ExcelJS.Workbook): { name: string; grid: Grid }[] {
  return book.worksheets.map((ws) => {
    const grid: Grid = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Merged cells echo the master's value; only the master holds it.
        if (cell.isMerged && cell.master !== cell) return;
        const v: Cell = normaliseCellValue(cell.value);
        if (v === null) return;
        while (grid.length < r) grid.push([]);
        const target = grid[r - 1]!;
        while (target.length < c - 1) target.push(null);
        target[c - 1] = v;
      });
    });
    return { name: ws.name, grid };
  });
}
