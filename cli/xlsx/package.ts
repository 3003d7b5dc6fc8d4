import { strFromU8 } from 'fflate';
import { notAWorkbook, sniff } from './sniff.js';
import { attr, prefixedAttr, stringItemText, tags } from './xml-text.js';
import { entryData, readZip, type ZipEntry } from './zip.js';

/**
 * An .xlsx (or .xlsm) as the zip of parts it is: every part's bytes by path, plus what Pathway
 * needs to read it: the workbook part, its sheets in tab order, shared strings, the date system.
 * Nothing is interpreted beyond that, so a writer can copy every other part as it came.
 */

/** Thrown when bytes are not a workbook Pathway can read; the message names the file and what to do. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  /** The relationship id in the workbook part's rels. */
  rId: string;
  /** The sheet part's path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a path inside the zip (external targets keep their URL). */
  target: string;
  external: boolean;
}

/** The directory part of a zip path, with its trailing slash ("" at the root). */
function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** Resolve a relationship target against the folder of the part that owns the rels. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The rels part for a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

export function parseRels(xml: string, ownerPart: string): Relationship[] {
  const base = dirOf(ownerPart);
  const rels: Relationship[] = [];
  for (const a of tags(xml, 'Relationship')) {
    const external = attr(a, 'TargetMode') === 'External';
    const target = attr(a, 'Target') ?? '';
    rels.push({ id: attr(a, 'Id') ?? '', type: attr(a, 'Type') ?? '', target: external ? target : resolveTarget(base, target), external });
  }
  return rels;
}

const endsWithType = (r: Relationship, local: string) => r.type.endsWith(`/${local}`);

function unzip(bytes: Uint8Array, path: string): Map<string, ZipEntry> {
  try {
    return readZip(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new PackageError(`${path} is damaged: its zip structure cannot be read (${why}). It may be cut short by a failed copy or download. Open it in Excel, which can often repair it, and save a copy as .xlsx.`);
  }
}

export class XlsxPackage {
  private readonly decoded = new Map<string, string>();
  private strings: string[] | null = null;

  private constructor(
    /** Every part as stored in the zip; inflated only when read. */
    readonly entries: Map<string, ZipEntry>,
    readonly workbookPath: string,
    readonly workbookRels: Relationship[],
    readonly sheets: SheetEntry[],
    readonly date1904: boolean,
    /** The workbook part is macro-enabled (.xlsm): its copy must keep that name. */
    readonly macroEnabled: boolean,
  ) {}

  /** Open the bytes of a file; `path` is only for messages. */
  static fromBytes(bytes: Uint8Array, path: string): XlsxPackage {
    const problem = notAWorkbook(sniff(bytes), path);
    if (problem) throw new PackageError(problem);
    const parts = unzip(bytes, path);
    const text = (p: string) => {
      const e = parts.get(p);
      if (!e) return null;
      try {
        return strFromU8(entryData(e));
      } catch (err) {
        throw new PackageError(`${path} is damaged: its part ${p} cannot be unpacked (${err instanceof Error ? err.message : String(err)}). Open it in Excel, which can often repair it, and save a copy as .xlsx.`);
      }
    };
    const mimetype = text('mimetype');
    if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
      const what = mimetype.includes('spreadsheet') ? 'an OpenDocument spreadsheet (.ods)' : 'an OpenDocument file';
      throw new PackageError(`${path} is ${what}, which Pathway does not read. Open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx) (in LibreOffice: File > Save As > Excel 2007-365).`);
    }
    const rootRels = text('_rels/.rels');
    const office = rootRels ? parseRels(rootRels, '').find((r) => endsWithType(r, 'officeDocument')) : undefined;
    const workbookPath = office?.target ?? (parts.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
    if (!workbookPath || !parts.has(workbookPath)) {
      if ([...parts.keys()].some((p) => p.startsWith('word/'))) throw new PackageError(`${path} is a Word document, not a workbook.`);
      if ([...parts.keys()].some((p) => p.startsWith('ppt/'))) throw new PackageError(`${path} is a PowerPoint file, not a workbook.`);
      throw new PackageError(`${path} is a zip file but not an Excel workbook: it has no workbook part. Open it in Excel and save it as .xlsx.`);
    }
    if (workbookPath.endsWith('.bin')) {
      throw new PackageError(`${path} is an Excel binary workbook (.xlsb), which Pathway does not read. Open it in Excel and save it as an Excel Workbook (.xlsx).`);
    }
    const workbookXml = text(workbookPath)!;
    const relsXml = text(relsPathOf(workbookPath));
    const workbookRels = relsXml ? parseRels(relsXml, workbookPath) : [];
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    const sheets: SheetEntry[] = [];
    for (const a of tags(workbookXml, 'sheet')) {
      const rId = prefixedAttr(a, 'id') ?? '';
      const rel = byId.get(rId);
      const state = attr(a, 'state');
      sheets.push({
        name: attr(a, 'name') ?? '',
        sheetId: attr(a, 'sheetId') ?? '',
        rId,
        path: rel?.target ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        kind: rel && endsWithType(rel, 'worksheet') ? 'worksheet' : rel && endsWithType(rel, 'chartsheet') ? 'chartsheet' : 'other',
      });
    }
    const pr = [...tags(workbookXml, 'workbookPr')][0];
    const d1904 = pr === undefined ? undefined : attr(pr, 'date1904');
    const types = text('[Content_Types].xml') ?? '';
    const override = new RegExp(`PartName="/${workbookPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*ContentType="([^"]*)"`).exec(types)?.[1] ?? '';
    return new XlsxPackage(parts, workbookPath, workbookRels, sheets, d1904 === '1' || d1904 === 'true', /macroEnabled/i.test(override));
  }

  /** A part as text (decoded once), or null when the zip has no such part. */
  text(path: string): string | null {
    const cached = this.decoded.get(path);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(path);
    if (!entry) return null;
    const s = strFromU8(entryData(entry));
    this.decoded.set(path, s);
    return s;
  }

  /** A part's bytes, inflated (null when there is no such part). */
  bytes(path: string): Uint8Array | null {
    const entry = this.entries.get(path);
    return entry ? entryData(entry) : null;
  }

  /** Let go of a part's decoded text once read (the stored bytes stay for writing). */
  forget(path: string): void {
    this.decoded.delete(path);
  }

  /** The worksheets, in tab order (chart sheets have no cells to read). */
  worksheets(): SheetEntry[] {
    return this.sheets.filter((s) => s.kind === 'worksheet');
  }

  /** The shared string table, each rich string as its plain text. */
  sharedStrings(): string[] {
    if (this.strings) return this.strings;
    const rel = this.workbookRels.find((r) => endsWithType(r, 'sharedStrings'));
    const xml = rel ? this.text(rel.target) : null;
    const out: string[] = [];
    if (xml) {
      const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g;
      for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : stringItemText(m[1]));
      if (rel) this.forget(rel.target);
    }
    this.strings = out;
    return out;
  }
}
