import { describe, expect, it } from 'vitest';
import type { SchoolResult } from '../../../core/categorise/types.js';
import type { Grid } from '../../../core/grid/types.js';
import { changeLine, changesSince, historySheet, previousSnapshot, readHistory, recordSnapshot, snapshotOf, type Snapshot } from '../../../core/pack/history.js';

function school(name: string, urn: string | null, category: SchoolResult['category'], risk: SchoolResult['risk'], score: number | null): SchoolResult {
  return {
    school: name, urn, educationPhase: 'primary', phase: category ? 'Improve' : 'Insufficient evidence', category, agreed: null, trajectory: 'E', trajectoryFeatures: null,
    capacity: null, strands: { leadership: 3, governance: 3, staffing: 3, attendance: 3, finance: 3, outcomes: 3, teaching: 3, behaviour: 3 }, strandSources: {},
    inspectionMismatch: false, risk, riskScore: score, reasons: [], headlineMeasure: null, pupils: 200,
  };
}

const SCHOOLS = [school('Ashby Primary', '100001', 'C', 'Low', 1), school('Barton School', null, 'D', 'High', 4)];

/** Write the sheet, then read its cells back as a host would hand them over. */
function roundTrip(history: Snapshot[], asOf: string): Snapshot[] {
  const grid: Grid = historySheet(history, asOf).rows;
  return readHistory(grid);
}

describe('Pathway History', () => {
  it('reads back exactly what it wrote', () => {
    const today = snapshotOf(SCHOOLS, '2026-02-13');
    expect(roundTrip(today, '2026-02-13')).toEqual(today);
  });

  it('running twice on the same date equals running once', () => {
    const once = recordSnapshot([], snapshotOf(SCHOOLS, '2026-03-31'));
    const twice = recordSnapshot(roundTrip(once, '2026-03-31'), snapshotOf(SCHOOLS, '2026-03-31'));
    expect(twice).toEqual(once);
    expect(historySheet(twice, '2026-03-31')).toEqual(historySheet(once, '2026-03-31'));
  });

  it('a rerun on the same date replaces that date, keeping earlier dates', () => {
    const first = recordSnapshot([], snapshotOf(SCHOOLS, '2026-02-13'));
    const second = recordSnapshot(first, snapshotOf(SCHOOLS, '2026-03-31'));
    const changed = [school('Ashby Primary', '100001', 'B', 'Low', 0), SCHOOLS[1]!];
    const rerun = recordSnapshot(roundTrip(second, '2026-03-31'), snapshotOf(changed, '2026-03-31'));
    expect(rerun.filter((s) => s.date === '2026-02-13')).toEqual(first);
    expect(rerun.filter((s) => s.date === '2026-03-31').map((s) => s.category)).toEqual(['B', 'D']);
    expect(rerun).toHaveLength(4);
  });

  it('a new date appends, oldest first, even when run out of order', () => {
    const later = recordSnapshot([], snapshotOf(SCHOOLS, '2026-03-31'));
    const both = recordSnapshot(later, snapshotOf(SCHOOLS, '2026-02-13'));
    expect(both.map((s) => s.date)).toEqual(['2026-02-13', '2026-02-13', '2026-03-31', '2026-03-31']);
  });

  it.each([
    ['before any snapshot', '2026-01-01', null],
    ['on the first date (a snapshot is never its own previous)', '2026-02-13', null],
    ['between the two', '2026-03-01', '2026-02-13'],
    ['on the second date', '2026-03-31', '2026-02-13'],
    ['after both', '2026-05-20', '2026-03-31'],
  ])('the previous snapshot %s is %s', (_, asOf, expected) => {
    const history = recordSnapshot(recordSnapshot([], snapshotOf(SCHOOLS, '2026-02-13')), snapshotOf(SCHOOLS, '2026-03-31'));
    expect(previousSnapshot(history, asOf).date).toBe(expected);
  });

  it('lists what moved since the previous snapshot, and new schools', () => {
    const before = new Map(snapshotOf(SCHOOLS, '2026-02-13').map((s) => [s.key, s]));
    const now = snapshotOf([school('Ashby Primary', '100001', 'B', 'Low', 0), SCHOOLS[1]!, school('Cole Academy', null, 'E', 'Critical', 6)], '2026-03-31');
    const changes = changesSince(before, now);
    expect(changes).toEqual([
      { school: 'Ashby Primary', what: 'Category', from: 'C', to: 'B' },
      { school: 'Ashby Primary', what: 'Risk score', from: 1, to: 0 },
      { school: 'Cole Academy', what: 'New school', from: null, to: null },
    ]);
    expect(changeLine(changes, 'Ashby Primary')).toBe('Category C → B');
    expect(changeLine(changes, 'Barton School')).toBe('No change');
  });

  it('ignores rows that are not snapshots (no date) and a sheet that is not a history', () => {
    const grid = historySheet(snapshotOf(SCHOOLS, '2026-02-13'), '2026-02-13').rows;
    grid.push([null, 'Stray note', null, null, null, null, null, null, null]);
    expect(readHistory(grid)).toHaveLength(2);
    expect(readHistory([['School', 'Category'], ['Ashby', 'C']])).toEqual([]);
    expect(readHistory(null)).toEqual([]);
  });
});
