import type { ChartSpec, SheetSpec } from '../../core/sheets/types.js';
import type { XlChartCollection, XlWorksheet } from './excel-model.js';
import { rangeOf } from './render-spec.js';

/** Office.js chart types for the render model's three kinds. */
const CHART_TYPE: Record<ChartSpec['kind'], string> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'LineMarkers' };

function hex(color: string): string {
  return color.startsWith('#') ? color : `#${color}`;
}

/** Delete the charts an owned sheet holds (their names were loaded with the listing): the sheet is Pathway's, and so are they. */
export function queueChartReset(charts: XlChartCollection): void {
  for (const chart of charts.items ?? []) chart.delete();
}

/**
 * Each ChartSpec as a native Excel chart over the sheet's own cells, so it stays live when the
 * cells change. Everything is queued: a chart costs no sync of its own, however many rows it reads.
 */
export function queueCharts(ws: XlWorksheet, spec: SheetSpec): void {
  (spec.charts ?? []).forEach((c, i) => {
    const [first] = c.series;
    if (!first) return;
    const byRows = (first.values.rows ?? 1) === 1 && (first.values.cols ?? 1) > 1;
    const chart = ws.charts.add(CHART_TYPE[c.kind], rangeOf(ws, first.values), byRows ? 'Rows' : 'Columns');
    chart.name = `Pathway chart ${i + 1}`;
    chart.title.text = c.title;
    chart.legend.position = 'Bottom';
    c.series.forEach((s, k) => {
      const series = k === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      if (k > 0) series.setValues(rangeOf(ws, s.values));
      series.setXAxisValues(rangeOf(ws, c.categories));
      if (s.color) {
        if (c.kind === 'line') series.format.line.color = hex(s.color);
        else series.format.fill.setSolidColor(hex(s.color));
      }
    });
    const axis = chart.axes.valueAxis;
    if (c.yAxis?.min !== undefined) axis.minimum = c.yAxis.min;
    if (c.yAxis?.max !== undefined) axis.maximum = c.yAxis.max;
    if (c.yAxis?.numFmt) axis.numberFormat = c.yAxis.numFmt;
    if (c.yAxis?.title) axis.title.text = c.yAxis.title;
    const a = c.anchor;
    chart.setPosition(rangeOf(ws, { row: a.row, col: a.col }), rangeOf(ws, { row: a.row + a.rows - 1, col: a.col + a.cols - 1 }));
  });
}
