import { strToU8 } from 'fflate';
import type { SheetSpec } from '../../core/sheets/types.js';
import { chartParts } from './chart-xml.js';
import { parseRels, relsPathOf, type XlsxPackage } from './package.js';
import { sheetXml } from './sheet-xml.js';
import { StyleTable } from './styles.js';
import { attr } from './xml-text.js';
import { escapeXml } from './xml-write.js';
import { newEntry, writeZip, type ZipEntry } from './zip.js';

/**
 * The output copy as a zip: the input's parts as they were stored, byte for byte, except the
 * owned sheets written this run (and what belonged only to their old versions), and the parts
 * that list sheets: the workbook, its relationships, the content types, and styles.xml, which
 * gains the owned sheets' styles after the user's own.
 */

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = {
  worksheet: `${NS_REL}/worksheet`,
  drawing: `${NS_REL}/drawing`,
  chart: `${NS_REL}/chart`,
};
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

export interface PlainSheet {
  name: string;
  spec: SheetSpec;
}

const EMPTY_BOOK = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
};

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('')}</Relationships>`;
}

/** A path relative to a folder ("xl/worksheets/" + "xl/drawings/d1.xml" → "../drawings/d1.xml"). */
function relative(fromDir: string, to: string): string {
  const a = fromDir.split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** The first "prefixN.xml" under a folder that no part uses. */
function freePart(taken: (p: string) => boolean, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const p = `${folder}${stem}${n}.xml`;
    if (!taken(p)) return p;
  }
}

export interface WriteInput {
  /** The workbook read at the start, or null for a new one (a CSV folder's copy). */
  source: XlsxPackage | null;
  /** The owned sheets written this run, last write of a name winning. */
  owned: SheetSpec[];
  /** User sheets added to a new workbook (CSV input), plain values. */
  plain?: SheetSpec[];
}

export function writeWorkbook({ source, owned, plain = [] }: WriteInput): Uint8Array {
  const entries = new Map<string, ZipEntry>(source ? source.entries : []);
  const texts = new Map<string, string>();
  const read = (p: string): string | null => texts.get(p) ?? (source?.text(p) ?? (EMPTY_BOOK as Record<string, string>)[p] ?? null);
  const put = (p: string, xml: string) => texts.set(p, xml);
  const removed = new Set<string>();
  const exists = (p: string) => !removed.has(p) && (texts.has(p) || entries.has(p));

  const workbookPath = source?.workbookPath ?? 'xl/workbook.xml';
  const wbDir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const wbRelsPath = relsPathOf(workbookPath);
  let workbookXml = read(workbookPath)!;
  const wbRels = parseRels(read(wbRelsPath) ?? relsXml([]), workbookPath).map((r) => ({ ...r, target: r.external ? r.target : r.target }));
  let contentTypes = read('[Content_Types].xml')!;
  const stylesRel = wbRels.find((r) => r.type.endsWith('/styles'));
  const stylesPath = stylesRel?.target ?? `${wbDir}styles.xml`;
  const styles = new StyleTable(read(stylesPath));

  const removePart = (p: string) => {
    removed.add(p);
    contentTypes = contentTypes.replace(new RegExp(`<Override PartName="/${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
  };
  /** Delete a part and, through its rels, every part only it pointed to (drawings → charts → styles). */
  const removeTree = (p: string) => {
    if (!exists(p)) return;
    const relsPath = relsPathOf(p);
    const relsText = exists(relsPath) ? read(relsPath) : null;
    removePart(p);
    if (relsText) {
      removed.add(relsPath);
      for (const r of parseRels(relsText, p)) {
        if (r.external || !/\/(drawing|chart|chartUserShapes|image|chartStyle|chartColorStyle|comments|vmlDrawing|table)$/.test(r.type)) continue;
        // Excel shares one image between drawings: a part another sheet still uses stays.
        if (!referencedElsewhere(r.target, relsPath)) removeTree(r.target);
      }
    }
  };
  const referencedElsewhere = (target: string, except: string): boolean => {
    for (const name of entries.keys()) {
      if (!name.endsWith('.rels') || name === except || removed.has(name)) continue;
      const rels = parseRels(read(name) ?? '', name.replace(/_rels\/([^/]+)\.rels$/, '$1'));
      if (rels.some((r) => !r.external && r.target === target)) return true;
    }
    return false;
  };
  const addOverride = (p: string, type: string) => {
    if (contentTypes.includes(`PartName="/${p}"`)) return;
    contentTypes = contentTypes.replace('</Types>', `<Override PartName="/${p}" ContentType="${type}"/></Types>`);
  };

  // The sheet list as it stands: name, sheetId, r:id, in tab order.
  const sheetTags = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const listed = sheetTags.map((tag) => ({ tag, name: attr(tag, 'name') ?? '', id: /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(tag)?.slice(1).find(Boolean) ?? '' }));
  let maxSheetId = Math.max(0, ...sheetTags.map((t) => Number(attr(t, 'sheetId') ?? 0)));
  const relIds = new Set(wbRels.map((r) => r.id));
  const newRelId = () => {
    let n = 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };
  let replacedAny = false;
  const last = new Map<string, SheetSpec>();
  for (const spec of [...plain, ...owned]) last.set(spec.name, spec);
  const names: { name: string; index: number; defined: { name: string; value: string; hidden?: boolean }[] }[] = [];

  for (const spec of last.values()) {
    const at = listed.findIndex((s) => s.name === spec.name);
    let sheetPath: string;
    if (at >= 0) {
      const rel = wbRels.find((r) => r.id === listed[at]!.id);
      sheetPath = rel?.target ?? freePart(exists, `${wbDir}worksheets/`, 'sheet');
      // Everything the old owned sheet had (drawings, charts, notes) was Pathway's: it goes.
      removeTree(sheetPath);
      removed.delete(sheetPath);
      replacedAny = true;
    } else {
      sheetPath = freePart(exists, `${wbDir}worksheets/`, 'sheet');
      const rId = newRelId();
      wbRels.push({ id: rId, type: REL_TYPE.worksheet, target: sheetPath, external: false });
      maxSheetId += 1;
      const tag = `<sheet name="${escapeXml(spec.name)}" sheetId="${maxSheetId}" r:id="${rId}"/>`;
      listed.push({ tag, name: spec.name, id: rId });
    }
    addOverride(sheetPath, CT.worksheet);
    let drawingRel: string | null = null;
    if (spec.charts?.length) {
      const drawingPath = freePart(exists, `${wbDir}drawings/`, 'drawing');
      const chartPaths: string[] = [];
      for (let i = 0; i < spec.charts.length; i++) {
        const p = freePart((x) => exists(x) || chartPaths.includes(x), `${wbDir}charts/`, 'chart');
        chartPaths.push(p);
      }
      const { drawing, charts } = chartParts(spec, chartPaths.map((_, i) => `rId${i + 1}`));
      put(drawingPath, drawing);
      addOverride(drawingPath, CT.drawing);
      put(relsPathOf(drawingPath), relsXml(chartPaths.map((p, i) => ({ id: `rId${i + 1}`, type: REL_TYPE.chart, target: relative(`${wbDir}drawings/`, p) }))));
      chartPaths.forEach((p, i) => {
        put(p, charts[i]!);
        addOverride(p, CT.chart);
      });
      drawingRel = 'rId1';
      put(relsPathOf(sheetPath), relsXml([{ id: 'rId1', type: REL_TYPE.drawing, target: relative(`${wbDir}worksheets/`, drawingPath) }]));
    }
    const { xml, definedNames } = sheetXml(spec, styles, drawingRel);
    put(sheetPath, xml);
    names.push({ name: spec.name, index: listed.findIndex((s) => s.name === spec.name), defined: definedNames });
  }

  // A replaced sheet's formulas may be listed in the calculation chain; Excel rebuilds it when absent.
  const calc = wbRels.find((r) => r.type.endsWith('/calcChain'));
  if (replacedAny && calc) {
    removePart(calc.target);
    wbRels.splice(wbRels.indexOf(calc), 1);
  }

  // The workbook part: its sheet list, and the print and filter names of the sheets written.
  const sheetsXml = `<sheets>${listed.map((s) => s.tag).join('')}</sheets>`;
  workbookXml = /<(?:\w+:)?sheets\s*\/>/.test(workbookXml)
    ? workbookXml.replace(/<(?:\w+:)?sheets\s*\/>/, sheetsXml)
    : workbookXml.replace(/<(\w+:)?sheets\b[^>]*>[\s\S]*?<\/(?:\w+:)?sheets>/, sheetsXml);
  workbookXml = withDefinedNames(workbookXml, names);
  // The new sheet entries say r:id; the root must bind r (openpyxl binds it on each sheet instead).
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(workbookXml);
  if (root && !root[0].includes('xmlns:r=')) workbookXml = workbookXml.replace(/<(\w+:)?workbook\b/, (m) => `${m} xmlns:r="${NS_REL}"`);
  put(workbookPath, workbookXml);
  put(wbRelsPath, relsXml(wbRels.map((r) => ({ id: r.id, type: r.type, target: r.external ? r.target : relative(wbDir, r.target) }))));
  if (styles.changed || !source) put(stylesPath, styles.toXml());
  put('[Content_Types].xml', contentTypes);
  if (!source) put('_rels/.rels', EMPTY_BOOK['_rels/.rels']);

  // Parts in their original order, new ones after; untouched parts keep their stored bytes.
  const out: ZipEntry[] = [];
  const done = new Set<string>();
  for (const [name, e] of entries) {
    if (removed.has(name) && !texts.has(name)) continue;
    done.add(name);
    out.push(texts.has(name) ? newEntry(name, strToU8(texts.get(name)!)) : e);
  }
  const added = [...texts.keys()].filter((n) => !done.has(n));
  // A new workbook lists its content types first, as Excel writes it and as some readers expect.
  added.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of added) out.push(newEntry(name, strToU8(texts.get(name)!)));
  return writeZip(out);
}

function withDefinedNames(xml: string, sheets: { index: number; defined: { name: string; value: string; hidden?: boolean }[] }[]): string {
  const ours = new Set(sheets.map((s) => String(s.index)));
  const block = /<(?:\w+:)?definedNames>([\s\S]*?)<\/(?:\w+:)?definedNames>/.exec(xml);
  const kept = block
    ? [...block[1]!.matchAll(/<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g)].map((m) => m[0]).filter((d) => {
        const local = /localSheetId="(\d+)"/.exec(d)?.[1];
        const name = /\bname="([^"]*)"/.exec(d)?.[1] ?? '';
        return !(local !== undefined && ours.has(local) && name.startsWith('_xlnm.'));
      })
    : [];
  const added = sheets.flatMap((s) => s.defined.map((d) => `<definedName name="${d.name}" localSheetId="${s.index}"${d.hidden ? ' hidden="1"' : ''}>${escapeXml(d.value)}</definedName>`));
  const all = [...kept, ...added];
  const inner = all.length ? `<definedNames>${all.join('')}</definedNames>` : '';
  if (block) return xml.replace(block[0], inner);
  if (!inner) return xml;
  // definedNames follow sheets (and externalReferences) in CT_Workbook.
  const after = /<\/(?:\w+:)?externalReferences>/.exec(xml) ?? /<\/(?:\w+:)?sheets>/.exec(xml);
  if (!after) return xml;
  const at = after.index + after[0].length;
  return `${xml.slice(0, at)}${inner}${xml.slice(at)}`;
}
