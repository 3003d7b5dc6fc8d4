import { cellAddress } from '../grid/address.js';
import { cellText, quoted } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Cell, Issue, SheetGrid } from '../grid/types.js';
import { lookUp, vocabulary } from '../tracker/_lib/vocabulary.js';
import { checkOrder } from './check-order.js';
import { findSheet } from './find-settings-sheet.js';
import { DEFAULT_SETTINGS } from './defaults.js';
import { measureEntry, measureRow, measureValue, PROP_LABEL } from './measure-rows.js';
import { getPath, setPath } from './paths.js';
import { SETTING_DEFS, type SettingDef } from './setting-defs.js';
import type { Settings } from './types.js';

/** One setting as the run used it: for the UI's settings view and for the template sheet. */
export interface SettingRow {
  label: string;
  path: string;
  value: unknown;
  source: 'sheet' | 'default';
  /** The value cell on the settings sheet, when the value came from there. */
  cell: string | null;
}

// Only to suggest a spelling in the message; a near miss is never applied as the setting.
const LABELS = vocabulary(Object.fromEntries(SETTING_DEFS.map((d) => [d.label, d.label])));
const BY_NAME = new Map<string, SettingDef>(SETTING_DEFS.flatMap((d) => [[normaliseHeader(d.label), d], [normaliseHeader(d.path), d]]));

/** Why a value is refused, in words a trust's data lead would use (null when it is allowed). */
function plainReason(def: SettingDef, value: number | string): string | null {
  return def.schema.check(value);
}

/** "yes", "y", "true" or a TRUE cell → yes; "no", "n", "false" or FALSE → no; anything else as typed (refused). */
function yesNoOf(cell: Cell): string {
  const key = typeof cell === 'boolean' ? String(cell) : normaliseHeader(cellText(cell));
  if (['yes', 'y', 'true'].includes(key)) return 'yes';
  if (['no', 'n', 'false'].includes(key)) return 'no';
  return cellText(cell);
}

function readValue(def: SettingDef, cell: Cell): { value: number | string } | { reason: string } {
  let value: number | string;
  if (def.type === 'text') value = cellText(cell);
  else if (def.type === 'yes/no') value = yesNoOf(cell);
  else {
    const text = cellText(cell);
    const pct = def.type === 'share' && /%$/.test(text);
    const n = parseNumber(pct ? text.slice(0, -1) : cell);
    if (!n.ok) return { reason: def.type === 'share' ? 'it must be a share such as 0.5 or 50%' : 'it must be a number' };
    value = pct ? n.value / 100 : n.value;
  }
  const reason = plainReason(def, value);
  return reason === null ? { value } : { reason };
}

function revert(settings: Settings, path: string): void {
  const measure = /^measures\.(.+)\.(lowerIsBetter|decimals|min|max)$/.exec(path);
  if (!measure) return setPath(settings, path, getPath(DEFAULT_SETTINGS, path));
  const [, name = '', prop = 'min'] = measure;
  const base = DEFAULT_SETTINGS.measures[name] ?? { lowerIsBetter: false, decimals: 1, min: null, max: null };
  const entry = settings.measures[name];
  if (entry) Object.assign(entry, { [prop]: base[prop as keyof typeof base] });
}

interface Reading {
  settings: Settings;
  issues: Issue[];
  /** path → value cell, for settings the sheet set. */
  fromSheet: Map<string, string>;
  sheet: string;
}

function say(read: Reading, cell: string, message: string, severity: Issue['severity'] = 'error'): void {
  read.issues.push({ sheet: read.sheet, cell, message, severity });
}

function applyMeasureRow(read: Reading, label: string, cell: Cell, at: string): void {
  const row = measureRow(label);
  if (!row || cellText(cell) === '') return;
  const got = measureValue(row.prop, label, cell);
  if ('reason' in got) {
    say(read, at, `${quoted(cell)} for "${label}" cannot be used: ${got.reason}. Pathway kept the default.`);
    return;
  }
  const { name, entry } = measureEntry(read.settings, row.measure);
  const path = `measures.${name}.${row.prop}`;
  if (read.fromSheet.has(path)) return say(read, at, `"${label}" is set twice (first at ${read.fromSheet.get(path)}). Pathway kept the first.`, 'warning');
  Object.assign(entry, { [row.prop]: got.value });
  read.fromSheet.set(path, at);
}

function applyRow(read: Reading, label: string, cell: Cell, labelAt: string, at: string): void {
  if (measureRow(label)) return applyMeasureRow(read, label, cell, at);
  const def = BY_NAME.get(normaliseHeader(label));
  if (!def) {
    const near = lookUp(LABELS, label);
    const hint = near ? `Did you mean "${near.correctedFrom ?? near.value}"?` : 'Check the spelling against the settings list (docs/reference/settings.md) or a fresh template.';
    return say(read, labelAt, `"${label}" is not a setting Pathway knows. Pathway ignored this row. ${hint}`);
  }
  if (read.fromSheet.has(def.path)) return say(read, at, `"${def.label}" is set twice (first at ${read.fromSheet.get(def.path)}). Pathway kept the first.`, 'warning');
  if (cellText(cell) === '') {
    if (def.optional) {
      setPath(read.settings, def.path, undefined);
      read.fromSheet.set(def.path, at);
    }
    return;
  }
  const got = readValue(def, cell);
  if ('reason' in got) return say(read, at, `${quoted(cell)} for "${def.label}" cannot be used: ${got.reason}. Pathway kept the default (${String(def.default)}).`);
  setPath(read.settings, def.path, got.value);
  read.fromSheet.set(def.path, at);
}

/** Undo sheet values that break an ordering rule, reporting each on its cell, until none is broken. */
function enforceOrder(read: Reading): void {
  for (let round = 0; round < 5; round++) {
    const broken = checkOrder(read.settings).filter((b) => b.paths.some((p) => read.fromSheet.has(p)));
    if (broken.length === 0) return;
    for (const b of broken) {
      for (const path of b.paths.filter((p) => read.fromSheet.has(p))) {
        say(read, read.fromSheet.get(path) ?? '', `These settings are out of order: ${b.message}. Pathway used the default for this one.`);
        revert(read.settings, path);
        read.fromSheet.delete(path);
      }
    }
  }
}

function rowsOf(read: Reading): SettingRow[] {
  const row = (label: string, path: string, value: unknown): SettingRow => {
    const cell = read.fromSheet.get(path) ?? null;
    return { label, path, value, source: cell === null ? 'default' : 'sheet', cell };
  };
  // An unset risk point counts as 0; an unset optional headline measure is shown as not set.
  const rows = SETTING_DEFS.map((d) => row(d.label, d.path, getPath(read.settings, d.path) ?? (d.optional ? null : d.default)));
  for (const [name, m] of Object.entries(read.settings.measures)) {
    for (const prop of ['lowerIsBetter', 'decimals', 'min', 'max'] as const) {
      rows.push(row(`Measure: ${name} ${PROP_LABEL[prop]}`, `measures.${name}.${prop}`, m[prop]));
    }
  }
  return rows;
}

/**
 * Read the trust's settings from its "Pathway Settings" sheet (or any sheet headed Setting |
 * Value). Every row is checked; an unknown setting or a bad value is reported on its cell and
 * the default kept. No settings sheet means the defaults, with no issue.
 */
export function readSettings(sheets: SheetGrid[]): { settings: Settings; issues: Issue[]; rows: SettingRow[] } {
  const issues: Issue[] = [];
  const settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
  const found = findSheet(sheets, issues);
  const read: Reading = { settings, issues, fromSheet: new Map(), sheet: found?.sheet.name ?? '' };
  if (found) {
    for (let r = found.headerRow + 1; r < found.sheet.grid.length; r++) {
      const cells = found.sheet.grid[r] ?? [];
      const label = cellText(cells[found.settingCol] ?? null);
      const value = cells[found.valueCol] ?? null;
      const at = cellAddress(r, found.valueCol);
      if (label === '') {
        if (cellText(value) !== '') say(read, at, `Row ${r + 1} has a value but no setting name. Pathway ignored it.`, 'warning');
        continue;
      }
      applyRow(read, label, value, cellAddress(r, found.settingCol), at);
    }
    enforceOrder(read);
  }
  return { settings, issues, rows: rowsOf(read) };
}
