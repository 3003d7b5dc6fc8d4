import type { CellStyle, ConditionalRule } from '../../core/sheets/types.js';
import { escapeXml } from './xml-write.js';

/**
 * The cell styles of Pathway's sheets, appended to the workbook's own styles.xml. The user's
 * fonts, fills, borders, formats and cell formats keep their indexes (their cells keep their
 * looks); ours go after them, and an element already there in the same words is reused, so a
 * run over a workbook Pathway wrote before adds nothing new (running twice equals once).
 */

/** Sections of styles.xml in schema order (CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = (typeof ORDER)[number];
const CHILD: Partial<Record<Section, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** Built-in number formats Excel knows by id (ECMA-376 §18.8.30) that the spec may name. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, 'mm-dd-yy': 14, 'h:mm': 20, 'hh:mm': 20, '@': 49,
};

const MINIMAL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

const argb = (hex: string) => {
  const clean = hex.replace(/^#/, '').toUpperCase();
  return clean.length === 8 ? clean : `FF${clean}`;
};

interface ParsedSection {
  /** Each child element's exact text, in order. */
  items: string[];
}

export class StyleTable {
  private xml: string;
  private readonly prefix: string;
  private readonly sections = new Map<Section, ParsedSection>();
  private readonly added = new Map<Section, string[]>();
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();
  private nextFmtId = 164;
  private readonly fmtIds = new Map<string, number>();
  private readonly baseFont: { name: string; size: string };

  constructor(stylesXml: string | null) {
    this.xml = stylesXml ?? MINIMAL;
    this.prefix = /<(\w+:)?styleSheet\b/.exec(this.xml)?.[1] ?? '';
    for (const section of ORDER) {
      const child = CHILD[section];
      if (!child) continue;
      const body = this.sectionBody(section);
      const items = body === null ? [] : elements(body, this.prefix + child);
      this.sections.set(section, { items });
    }
    for (const f of this.sections.get('numFmts')!.items) {
      const id = Number(/numFmtId="(\d+)"/.exec(f)?.[1]);
      const code = /formatCode="([^"]*)"/.exec(f)?.[1];
      if (Number.isFinite(id)) this.nextFmtId = Math.max(this.nextFmtId, id + 1);
      if (code !== undefined && Number.isFinite(id)) this.fmtIds.set(code, id);
    }
    const font0 = this.sections.get('fonts')!.items[0] ?? '';
    this.baseFont = { name: /<(?:\w+:)?name val="([^"]*)"/.exec(font0)?.[1] ?? 'Calibri', size: /<(?:\w+:)?sz val="([^"]*)"/.exec(font0)?.[1] ?? '11' };
  }

  private sectionBody(section: Section): string | null {
    const p = this.prefix;
    const open = new RegExp(`<${p}${section}\\b[^>]*?(/?)>`).exec(this.xml);
    if (!open) return null;
    if (open[1] === '/') return '';
    const start = open.index + open[0].length;
    const end = this.xml.indexOf(`</${p}${section}>`, start);
    return end < 0 ? null : this.xml.slice(start, end);
  }

  /** The index of this element in its section, appending it when no identical one is there. */
  private index(section: Section, element: string): number {
    const existing = this.sections.get(section)!.items;
    const found = existing.indexOf(element);
    if (found >= 0) return found;
    const list = this.added.get(section) ?? [];
    const again = list.indexOf(element);
    if (again >= 0) return existing.length + again;
    list.push(element);
    this.added.set(section, list);
    return existing.length + list.length - 1;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.fmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmtId++;
    this.fmtIds.set(code, id);
    const list = this.added.get('numFmts') ?? [];
    list.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.added.set('numFmts', list);
    return id;
  }

  private font(style: CellStyle): number {
    if (!style.bold && !style.italic && !style.fontColor) return 0;
    const p = this.prefix;
    const el = `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.italic ? `<${p}i/>` : ''}<${p}sz val="${this.baseFont.size}"/>${style.fontColor ? `<${p}color rgb="${argb(style.fontColor)}"/>` : `<${p}color theme="1"/>`}<${p}name val="${escapeXml(this.baseFont.name)}"/><${p}family val="2"/></${p}font>`;
    return this.index('fonts', el);
  }

  private fill(style: CellStyle): number {
    if (!style.fill) return 0;
    const p = this.prefix;
    return this.index('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  private border(style: CellStyle): number {
    if (!style.border) return 0;
    const p = this.prefix;
    const side = (s: string) => `<${p}${s} style="${style.border}"><${p}color rgb="FF808080"/></${p}${s}>`;
    return this.index('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`);
  }

  /** The cellXfs index of a cell style (0, the workbook's default, for an empty style). */
  xf(style: CellStyle): number {
    const key = JSON.stringify(style);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    if (Object.keys(style).length === 0) return 0;
    const p = this.prefix;
    const numFmtId = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const fontId = this.font(style);
    const fillId = this.fill(style);
    const borderId = this.border(style);
    const align = style.wrap || style.align || style.valign
      ? `<${p}alignment${style.align ? ` horizontal="${style.align}"` : ''}${style.valign ? ` vertical="${style.valign === 'middle' ? 'center' : style.valign}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const el = align
      ? `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}>${align}</${p}xf>`
      : `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}/>`;
    const i = this.index('cellXfs', el);
    this.xfCache.set(key, i);
    return i;
  }

  /** The dxfs index of a conditional colour. */
  dxf(rule: Pick<ConditionalRule, 'fill' | 'fontColor'>): number {
    const key = `${rule.fill}|${rule.fontColor ?? ''}`;
    const cached = this.dxfCache.get(key);
    if (cached !== undefined) return cached;
    const p = this.prefix;
    const font = rule.fontColor ? `<${p}font><${p}color rgb="${argb(rule.fontColor)}"/></${p}font>` : '';
    const i = this.index('dxfs', `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(rule.fill)}"/><${p}bgColor rgb="${argb(rule.fill)}"/></${p}patternFill></${p}fill></${p}dxf>`);
    this.dxfCache.set(key, i);
    return i;
  }

  /** Whether any style was added (when not, styles.xml is copied as it was). */
  get changed(): boolean {
    return [...this.added.values()].some((l) => l.length > 0);
  }

  /** styles.xml with the added elements at the end of their sections, counts updated. */
  toXml(): string {
    let xml = this.xml;
    const p = this.prefix;
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const) {
      const added = this.added.get(section) ?? [];
      if (added.length === 0) continue;
      const count = this.sections.get(section)!.items.length + added.length;
      const open = new RegExp(`<${p}${section}\\b([^>]*?)(/?)>`).exec(xml);
      if (open) {
        const attrs = open[1]!.replace(/\s*count="\d*"/, '');
        const head = `<${p}${section}${attrs} count="${count}">`;
        if (open[2] === '/') {
          xml = `${xml.slice(0, open.index)}${head}${added.join('')}</${p}${section}>${xml.slice(open.index + open[0].length)}`;
        } else {
          const close = xml.indexOf(`</${p}${section}>`, open.index);
          xml = `${xml.slice(0, open.index)}${head}${xml.slice(open.index + open[0].length, close)}${added.join('')}${xml.slice(close)}`;
        }
      } else {
        // A missing section goes before the first later section present, keeping schema order.
        const later = ORDER.slice(ORDER.indexOf(section) + 1);
        let at = xml.lastIndexOf(`</${p}styleSheet>`);
        for (const next of later) {
          const m = new RegExp(`<${p}${next}\\b`).exec(xml);
          if (m) {
            at = m.index;
            break;
          }
        }
        xml = `${xml.slice(0, at)}<${p}${section} count="${count}">${added.join('')}</${p}${section}>${xml.slice(at)}`;
      }
    }
    return xml;
  }
}

/** The direct child elements named `tag` of a section body, each as its exact text. */
function elements(body: string, tag: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${tag}(?=[\\s>/])`, 'g');
  const starts: number[] = [];
  for (let m = re.exec(body); m; m = re.exec(body)) starts.push(m.index);
  // Children of these sections never nest an element of the same name, so each runs to its close.
  for (const s of starts) {
    const gt = body.indexOf('>', s);
    if (body[gt - 1] === '/') {
      out.push(body.slice(s, gt + 1));
      continue;
    }
    const close = body.indexOf(`</${tag}>`, gt);
    out.push(body.slice(s, close + tag.length + 3));
  }
  return out;
}
