import type { Cell } from '../grid/types.js';
import { PROP_LABEL } from './measure-rows.js';
import { getPath } from './paths.js';
import { SETTING_DEFS } from './setting-defs.js';
import type { MeasureSettings, Settings } from './types.js';

const MEASURE_NOTES: Record<keyof MeasureSettings, string> = {
  lowerIsBetter: 'yes when a lower figure is better (absence); its benchmarks then fall from floor to top 15%.',
  decimals: 'Decimal places targets are rounded to.',
  min: 'Lowest possible value, or "none".',
  max: 'Highest possible value, or "none".',
};

function shown(value: unknown): Cell {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === undefined) return 'none';
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

/**
 * Rows for a template "Pathway Settings" sheet holding the given settings: a header, every
 * setting with its current value and what it does, then four rows per measure.
 */
export function settingsSheetRows(settings: Settings): Cell[][] {
  const rows: Cell[][] = [['Setting', 'Value', 'What it does']];
  for (const def of SETTING_DEFS) {
    const value = getPath(settings, def.path);
    rows.push([def.label, value === undefined ? (def.optional ? null : def.default) : shown(value), def.description]);
  }
  for (const [name, m] of Object.entries(settings.measures)) {
    for (const prop of ['lowerIsBetter', 'decimals', 'min', 'max'] as const) {
      rows.push([`Measure: ${name} ${PROP_LABEL[prop]}`, shown(m[prop]), MEASURE_NOTES[prop]]);
    }
  }
  return rows;
}
