import type { CellRange, ChartSpec, SheetSpec } from '../core/sheets/types.js';
import type { EmbeddedChartBuilderLike, SheetLike } from './spreadsheet-like.js';

/** Sheets' default row height and column width in pixels. */
const ROW_PX = 21;
const DEFAULT_COL_PX = 100;

function rangeOn(sheet: SheetLike, r: CellRange) {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows ?? 1, r.cols ?? 1);
}

function typed(b: EmbeddedChartBuilderLike, kind: ChartSpec['kind']): EmbeddedChartBuilderLike {
  if (kind === 'column') return b.asColumnChart();
  if (kind === 'bar') return b.asBarChart();
  return b.asLineChart();
}

/**
 * Each ChartSpec as an embedded Sheets chart (EmbeddedChartBuilder) over the sheet's own cells, so
 * it follows later edits. The sheet is Pathway's, so its old charts go first: a rerun leaves one
 * chart per spec. Calls follow the number of charts, never the rows (P4).
 */
export function renderCharts(sheet: SheetLike, spec: SheetSpec, columnPixels: (col: number) => number | undefined): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const c of spec.charts ?? []) {
    if (c.series.length === 0) continue;
    // Category labels first (the domain), then one range per series; data laid out in rows is transposed.
    const byRows = (c.categories.rows ?? 1) === 1 && (c.categories.cols ?? 1) > 1;
    let b = typed(sheet.newChart(), c.kind).addRange(rangeOn(sheet, c.categories));
    for (const s of c.series) b = b.addRange(rangeOn(sheet, s.values));
    const series: Record<number, { labelInLegend: string; color?: string }> = {};
    c.series.forEach((s, i) => {
      series[i] = { labelInLegend: s.name, ...(s.color ? { color: `#${s.color}` } : {}) };
    });
    let width = 0;
    for (let col = c.anchor.col; col < c.anchor.col + c.anchor.cols; col++) width += columnPixels(col) ?? DEFAULT_COL_PX;
    const vAxis = {
      ...(c.yAxis?.title ? { title: c.yAxis.title } : {}),
      ...(c.yAxis?.numFmt ? { format: c.yAxis.numFmt } : {}),
      ...(c.yAxis?.min !== undefined || c.yAxis?.max !== undefined ? { viewWindow: { min: c.yAxis?.min, max: c.yAxis?.max } } : {}),
    };
    b = b
      .setTransposeRowsAndColumns(byRows)
      .setNumHeaders(0)
      .setPosition(c.anchor.row + 1, c.anchor.col + 1, 0, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: 'bottom' })
      .setOption('series', series)
      .setOption('vAxis', vAxis)
      .setOption('width', width)
      .setOption('height', c.anchor.rows * ROW_PX);
    sheet.insertChart(b.build());
  }
}
