import { cellAddress } from '../grid/address.js';
import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Issue, SheetGrid } from '../grid/types.js';
import { DEFAULT_FORMS_SETTINGS, JUDGEMENT_SCHEMES, type FormsSettings, type Theme } from './settings.js';

/** The header a trust's forms settings sit under: "Form setting | Value", on any sheet of theirs. */
export const FORM_SETTING_HEADER = 'Form setting';

interface At {
  sheet: string;
  cell: string;
}

const list = (text: string) => text.split(/[;\n]/).map((t) => t.trim()).filter(Boolean);

type Apply = (s: FormsSettings, text: string, at: At, issues: Issue[]) => void;

function count(path: (s: FormsSettings, n: number) => void, min = 0): Apply {
  return (s, text, at, issues) => {
    const n = parseNumber(text);
    if (n.ok && Number.isInteger(n.value) && n.value >= min) path(s, n.value);
    else issues.push({ ...at, severity: 'error', message: `${at.sheet}!${at.cell} should be a whole number of at least ${min}; the default was used.` });
  };
}

// Each setting a trust can write, by normaliseHeader of its name.
const SETTERS: Record<string, Apply> = {
  judgementareas: (s, text) => {
    const preset = JUDGEMENT_SCHEMES[text.trim() as '2015'];
    s.scheme = preset ? { ...preset } : { name: 'The trust\'s own areas', areas: list(text), scale: s.scheme.scale };
  },
  judgementscale: (s, text, at, issues) => {
    const words = list(text);
    // A drop-down's list is comma-separated and at most 255 characters in Excel.
    if (words.some((w) => w.includes(',')) || [...words, s.notJudged].join(',').length > 255) {
      issues.push({ ...at, severity: 'error', message: `${at.sheet}!${at.cell}: scale words cannot contain commas and must fit 255 characters together (Excel's drop-down limit); the default scale was used.` });
      return;
    }
    s.scheme = { ...s.scheme, scale: words };
  },
  judgements: (s, text, at, issues) => {
    const mode = text.trim().toLowerCase();
    if (mode === 'none' || mode === 'optional' || mode === 'required') s.judgements = mode;
    else issues.push({ ...at, severity: 'error', message: `${at.sheet}!${at.cell} should be none, optional or required; "optional" was used.` });
  },
  notjudged: (s, text) => {
    s.notJudged = text.trim();
  },
  smallestclass: count((s, n) => (s.classSize = { ...s.classSize, min: n })),
  largestclass: count((s, n) => (s.classSize = { ...s.classSize, max: n }), 1),
  coreqadays: count((s, n) => (s.qaDays = { ...s.qaDays, core: n })),
  optionalqadays: count((s, n) => (s.qaDays = { ...s.qaDays, optional: n })),
  themesshown: count((s, n) => (s.topThemes = n), 1),
};

/**
 * The trust's forms settings, from rows under a "Form setting | Value" header on any of its sheets:
 * judgement areas (2015, 2019, 2025 or a list), scale, whether judgements are required, class
 * size limits, QA days, and one "Theme: <name>" row per theme with its tag words.
 */
export function readFormsSettings(sheets: SheetGrid[]): { settings: FormsSettings; issues: Issue[] } {
  const settings: FormsSettings = { ...DEFAULT_FORMS_SETTINGS };
  const issues: Issue[] = [];
  const themes: Theme[] = [];
  for (const sheet of sheets) {
    const header = sheet.grid.slice(0, 10).findIndex((row) => row.some((c) => normaliseHeader(cellText(c)) === normaliseHeader(FORM_SETTING_HEADER)));
    if (header < 0) continue;
    const col = (sheet.grid[header] ?? []).findIndex((c) => normaliseHeader(cellText(c)) === normaliseHeader(FORM_SETTING_HEADER));
    for (let r = header + 1; r < sheet.grid.length; r++) {
      const name = cellText(sheet.grid[r]?.[col] ?? null);
      const value = cellText(sheet.grid[r]?.[col + 1] ?? null);
      const at = { sheet: sheet.name, cell: cellAddress(r, col + 1) };
      if (name === '' || value === '') continue;
      const theme = /^theme\s*:\s*(.+)$/i.exec(name);
      if (theme) themes.push({ theme: (theme[1] ?? '').trim(), words: list(value).map((w) => w.toLowerCase()) });
      else if (SETTERS[normaliseHeader(name)]) SETTERS[normaliseHeader(name)]?.(settings, value, at, issues);
      else issues.push({ sheet: sheet.name, cell: cellAddress(r, col), severity: 'warning', message: `"${name}" in ${sheet.name}!${cellAddress(r, col)} is not a form setting Pathway knows; it was ignored.` });
    }
    break;
  }
  if (themes.length) settings.themes = themes;
  return { settings, issues };
}
