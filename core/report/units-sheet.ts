import type { UnitResult } from '../categorise/types.js';
import type { Cell } from '../grid/types.js';
import { neutralise } from '../grid/neutralise.js';
import { CAPACITY_COLOURS, HEADER_FILL, HEADER_FONT, PHASE_COLOURS } from '../sheets/palette.js';
import { JOURNEY_NAMES } from '../sheets/labels.js';
import { tableSheet } from '../sheets/table.js';
import type { SheetSpec } from '../sheets/types.js';
import { formatIsoDate } from './dates.js';

export const UNITS_SHEET = 'Pathway Units';

/**
 * Per subject / year group / team: the list, then a school × unit matrix of phases below it,
 * so "maths in Improve while science is in Repair" reads across one row.
 */
export function unitsSheet(units: UnitResult[], asOf: string): SheetSpec {
  const spec = tableSheet({
    name: UNITS_SHEET,
    title: `Pathway: subjects, year groups and teams as of ${formatIsoDate(asOf)}`,
    note: units.length
      ? 'Each unit is judged on its own results against the same benchmarks as its school.'
      : 'No units found: add a Unit (subject, year group or team) column to a performance sheet to see them here.',
    columns: [
      { header: 'School', width: 30 },
      { header: 'URN', width: 9 },
      { header: 'Unit', width: 16 },
      { header: 'Measure', width: 16 },
      { header: 'Phase', width: 13, colours: PHASE_COLOURS },
      { header: 'Trajectory', width: 10 },
      { header: 'Journey', width: 20 },
      { header: 'Capacity', width: 9, colours: CAPACITY_COLOURS },
      { header: 'Reasons', width: 70, wrap: true },
    ],
    rows: units.map((u) => [
      u.school,
      u.urn,
      u.unit,
      u.measure,
      u.phase,
      u.trajectory,
      u.trajectory ? JOURNEY_NAMES[u.trajectory] : 'Too little data',
      u.capacity,
      u.reasons.join('\n'),
    ]),
  });
  if (units.length) appendMatrix(spec, units);
  return spec;
}

function appendMatrix(spec: SheetSpec, units: UnitResult[]): void {
  const unitNames = [...new Set(units.map((u) => u.unit))].sort();
  const schools = [...new Set(units.map((u) => u.school))];
  const width = Math.max(spec.rows[0]?.length ?? 0, unitNames.length + 1);
  const pad = (row: Cell[]): Cell[] => [...row, ...Array<Cell>(Math.max(0, width - row.length)).fill(null)];
  spec.rows = spec.rows.map(pad);
  const top = spec.rows.length + 1;
  spec.rows.push(pad([]));
  spec.rows.push(pad([neutralise('Phase by school and unit')]));
  spec.rows.push(pad(['School', ...unitNames.map(neutralise)]));
  // Each school and unit's phases gathered once: a trust's subjects make thousands of units.
  const phasesOf = new Map<string, string[]>();
  for (const u of units) {
    const id = `${u.school}\u0000${u.unit}`;
    const list = phasesOf.get(id);
    if (list) list.push(u.phase);
    else phasesOf.set(id, [u.phase]);
  }
  for (const school of schools) {
    const cells = unitNames.map((name) => {
      const phases = phasesOf.get(`${school}\u0000${name}`) ?? [];
      // A unit with several measures shows the lowest phase: support goes where it is weakest.
      return phases.length ? lowestPhase(phases) : null;
    });
    spec.rows.push(pad([neutralise(school), ...cells]));
  }
  spec.styles?.push(
    { row: top, col: 0, style: { bold: true } },
    { row: top + 1, col: 0, cols: unitNames.length + 1, style: { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT } },
  );
  for (const [equals, swatch] of Object.entries(PHASE_COLOURS)) {
    spec.conditional?.push({ range: { row: top + 2, col: 1, rows: schools.length, cols: unitNames.length }, equals, fill: swatch.fill, fontColor: swatch.font });
  }
}

const ORDER = ['Stabilise', 'Repair', 'Improve', 'Sustain', 'Insufficient evidence'];
function lowestPhase(phases: string[]): string {
  return [...phases].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0] ?? 'Insufficient evidence';
}
