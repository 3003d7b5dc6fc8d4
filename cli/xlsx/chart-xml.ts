import { columnLetter } from '../../core/grid/address.js';
import type { CellRange, ChartSpec, SheetSpec } from '../../core/sheets/types.js';
import { toBox } from '../_lib/range-ref.js';
import { quoteSheet } from './sheet-xml.js';
import { escapeXml } from './xml-write.js';

/**
 * A sheet's ChartSpecs as DrawingML: one drawing part anchoring a chart part per chart. Series
 * and categories are references to the sheet's own cells, so the charts follow later edits.
 */

const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

function ref(sheet: string, r: CellRange): string {
  const b = toBox(r);
  return `${quoteSheet(sheet)}!$${columnLetter(b.left)}$${b.top + 1}:$${columnLetter(b.right)}$${b.bottom + 1}`;
}

function rich(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;
}

/** Colours for series that name none: every series gets one, as not every reader has a default. */
export const SERIES_PALETTE = ['1F4E79', 'ED7D31', 'A5A5A5', '70AD47', '5B9BD5', 'FFC000'];

function seriesXml(sheet: string, chart: ChartSpec): string {
  return chart.series
    .map((s, i) => {
      const colour = (s.color ?? SERIES_PALETTE[i % SERIES_PALETTE.length]!).replace(/^#/, '').toUpperCase();
      const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
      const spPr = chart.kind === 'line'
        ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill}</c:spPr></c:marker>`
        : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
      const tail = chart.kind === 'line' ? '<c:smooth val="0"/>' : '';
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${spPr}<c:cat><c:strRef><c:f>${escapeXml(ref(sheet, chart.categories))}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(ref(sheet, s.values))}</c:f></c:numRef></c:val>${tail}</c:ser>`;
    })
    .join('');
}

export function chartXml(sheet: string, chart: ChartSpec): string {
  const cat = 500_001;
  const val = 500_002;
  const horizontal = chart.kind === 'bar';
  const group = chart.kind === 'line'
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${seriesXml(sheet, chart)}<c:marker val="1"/><c:axId val="${cat}"/><c:axId val="${val}"/></c:lineChart>`
    : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${seriesXml(sheet, chart)}<c:gapWidth val="80"/><c:axId val="${cat}"/><c:axId val="${val}"/></c:barChart>`;
  const y = chart.yAxis ?? {};
  const scaling = `<c:scaling><c:orientation val="minMax"/>${y.max !== undefined ? `<c:max val="${y.max}"/>` : ''}${y.min !== undefined ? `<c:min val="${y.min}"/>` : ''}</c:scaling>`;
  const catAx = `<c:catAx><c:axId val="${cat}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${val}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="${val}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/>${y.title ? `<c:title>${rich(y.title, 900, false)}</c:title>` : ''}<c:numFmt formatCode="${escapeXml(y.numFmt ?? 'General')}" sourceLinked="${y.numFmt ? 0 : 1}"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cat}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart><c:title>${rich(chart.title, 1200, true)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${group}${catAx}${valAx}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The drawing part (anchors) and one chart part per ChartSpec; `relIds` are the drawing's rels to the charts. */
export function chartParts(spec: SheetSpec, relIds: string[]): { drawing: string; charts: string[] } {
  const charts = (spec.charts ?? []).map((c) => chartXml(spec.name, c));
  const anchors = (spec.charts ?? []).map((c, i) => {
    const a = c.anchor;
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${a.col + a.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Pathway chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join('')}</xdr:wsDr>`;
  return { drawing, charts };
}
