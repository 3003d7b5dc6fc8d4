import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileWorkbook } from '../../cli/file-workbook.js';
import type { SheetSpec } from '../../core/sheets/types.js';

/**
 * Print owned sheets the way a user's printer would see them: each SheetSpec is written alone into
 * an .xlsx by the CLI's own writer, LibreOffice prints it to PDF with the sheet's print setup, and
 * poppler reads back the pages and the position and size of every word on them.
 */

export const canPrint = existsSync('/usr/bin/soffice') && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

export interface PrintedWord {
  page: number; // 1-based
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PrintedSheet {
  name: string;
  pages: number;
  /** Page size in points (A4 portrait is 595 × 842). */
  pageWidth: number;
  pageHeight: number;
  words: PrintedWord[];
  pdf: string;
}

function fileStem(i: number): string {
  return `sheet-${String(i).padStart(3, '0')}`;
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function readWords(pdf: string): PrintedWord[] {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PrintedWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: decodeEntities(m[5]!) });
  }
  return words;
}

/**
 * Print each spec on its own. One LibreOffice process converts every file (its start-up is the
 * slow part), with a private profile so parallel test files never share one.
 */
export async function printSpecs(specs: SheetSpec[], keep?: string): Promise<PrintedSheet[]> {
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'pathway-print-'));
  try {
    const files: string[] = [];
    for (const [i, spec] of specs.entries()) {
      const wb = FileWorkbook.create();
      await wb.write(spec);
      const file = join(dir, `${fileStem(i)}.xlsx`);
      await wb.saveAs(file);
      files.push(file);
    }
    execFileSync(
      '/usr/bin/soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'ignore', timeout: 180_000 },
    );
    return specs.map((spec, i) => {
      const pdf = join(dir, `${fileStem(i)}.pdf`);
      const info = execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
      return { name: spec.name, pages, pageWidth: Number(size?.[1]), pageHeight: Number(size?.[2]), words: readWords(pdf), pdf };
    });
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The printed height of the middle word: about the font size in points (7 pt and up reads on paper). */
export function medianWordHeight(sheet: PrintedSheet): number {
  const h = sheet.words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
  return h.length === 0 ? 0 : h[Math.floor(h.length / 2)]!;
}

/** Pages that hold a word equal to `text` (whitespace-insensitive). */
export function pagesWith(sheet: PrintedSheet, text: string): number[] {
  const want = text.replace(/\s+/g, '');
  return [...new Set(sheet.words.filter((w) => w.text.replace(/\s+/g, '') === want).map((w) => w.page))];
}

export function readPdf(path: string): Buffer {
  return readFileSync(path);
}

export interface PageImage {
  width: number;
  height: number;
  /** RGB, three bytes a pixel. */
  rgb: Uint8Array;
}

/** One printed page as pixels (poppler's pdftoppm, PPM), to check what was drawn, not only the text. */
export function renderPage(pdf: string, page = 1, dpi = 50): PageImage {
  const ppm = execFileSync('/usr/bin/pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 256 * 1024 * 1024 });
  // "P6\n<width> <height>\n255\n" then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PPM image');
  return { width: Number(header[1]), height: Number(header[2]), rgb: new Uint8Array(ppm.subarray(header[0].length)) };
}

/** How many pixels are within `tolerance` of a colour ("1F4E79"). */
export function countColour(img: PageImage, hex: string, tolerance = 24): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < img.rgb.length; i += 3) {
    if (Math.abs(img.rgb[i]! - r!) <= tolerance && Math.abs(img.rgb[i + 1]! - g!) <= tolerance && Math.abs(img.rgb[i + 2]! - b!) <= tolerance) n++;
  }
  return n;
}

export function printedPages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
}
