import { cellText } from '../grid/cell-text.js';
import { normaliseHeader } from '../grid/normalise-header.js';
import { parseNumber } from '../grid/parse-number.js';
import type { Cell } from '../grid/types.js';
import { measureKey } from '../tracker/measure-key.js';
import type { MeasureSettings, Settings } from './types.js';

export type MeasureProp = keyof MeasureSettings;

/** The words after the measure's name in a "Measure: <name> <property>" row. */
const PROPS: [RegExp, MeasureProp][] = [
  [/\s+(lower is better|higher is better|direction)$/i, 'lowerIsBetter'],
  [/\s+(decimals|decimal places|dp)$/i, 'decimals'],
  [/\s+(min|minimum)$/i, 'min'],
  [/\s+(max|maximum)$/i, 'max'],
];

export const PROP_LABEL: Record<MeasureProp, string> = { lowerIsBetter: 'lower is better', decimals: 'decimals', min: 'min', max: 'max' };

/**
 * Read a measure row's Setting text: "Measure: Progress 8 decimals" or the path form
 * "measures.Progress 8.decimals". Returns null when the text is not a measure row.
 */
export function measureRow(label: string): { measure: string; prop: MeasureProp } | null {
  const path = /^measures\.(.+)\.(lowerIsBetter|decimals|min|max)$/.exec(label.trim());
  if (path) return { measure: (path[1] ?? '').trim(), prop: path[2] as MeasureProp };
  const friendly = /^measure\s*:\s*(.+)$/i.exec(label.trim());
  if (!friendly) return null;
  for (const [re, prop] of PROPS) {
    const m = re.exec(friendly[1] ?? '');
    if (m) return { measure: (friendly[1] ?? '').slice(0, m.index).trim(), prop };
  }
  return null;
}

/** The settings entry for a measure, matched by measureKey; created with neutral defaults if new. */
export function measureEntry(settings: Settings, name: string): { name: string; entry: MeasureSettings } {
  const known = Object.keys(settings.measures).find((k) => measureKey(k) === measureKey(name));
  const key = known ?? name;
  settings.measures[key] ??= { lowerIsBetter: false, decimals: 1, min: null, max: null };
  return { name: key, entry: settings.measures[key] };
}

/** A measure property's value from its cell, or the reason it cannot be used. */
export function measureValue(prop: MeasureProp, label: string, cell: Cell): { value: boolean | number | null } | { reason: string } {
  if (prop === 'lowerIsBetter') {
    const key = typeof cell === 'boolean' ? String(cell) : normaliseHeader(cellText(cell));
    if (key === 'lower' || key === 'lowerisbetter') return { value: true };
    if (key === 'higher' || key === 'higherisbetter') return { value: false };
    const yes = ['yes', 'y', 'true'].includes(key);
    if (!yes && !['no', 'n', 'false'].includes(key)) return { reason: 'it should be yes or no (or lower / higher)' };
    return { value: yes !== /higher is better$/i.test(label.trim()) };
  }
  if ((prop === 'min' || prop === 'max') && /^(|none|no limit|n\/a|-)$/i.test(cellText(cell))) return { value: null };
  const n = parseNumber(cell);
  if (!n.ok) return { reason: 'it should be a number' };
  if (prop === 'decimals' && !(Number.isInteger(n.value) && n.value >= 0 && n.value <= 6)) return { reason: 'decimals must be a whole number from 0 to 6' };
  return { value: n.value };
}
