import { describe, expect, it } from 'vitest';
import { plansResultView } from '../../../core/plans/view.js';
import { plansSheets } from '../../../core/plans/run-plans.js';
import { targetsSheets } from '../../../core/targets/run-targets.js';
import { targetsResultView } from '../../../core/targets/view.js';
import { ALL as PLAN_SHEETS } from '../plans/fixtures.js';
import { ALL } from './fixtures.js';

describe('result views for the panes (plain data)', () => {
  it('targets: band counts, latest trust rows, schools well below worst first', () => {
    const view = targetsResultView(targetsSheets(ALL, { asOf: '2026-01-15' }));
    expect(view.progress).toEqual({ above: 0, 'on track': 2, 'slightly below': 0, 'well below': 2 });
    expect(view.schoolsWellBelow.map((s) => [s.school, s.share])).toEqual([
      ['Elm Park Primary', 1],
      ['Riverside Academy', 1],
    ]);
    expect(view.cohorts).toEqual([{ measure: 'KS2 Reading', threshold: 100, share: 83.3, pupils: 6 }]);
    expect(view.mainSheet).toBe('Pathway Progress');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('plans: finding counts and themes by schools', () => {
    const view = plansResultView(plansSheets(PLAN_SHEETS, { asOf: '2025-11-20' }));
    expect(view.themes[0]).toEqual({ strategic: 'All our children enjoy their learning and make at least good progress', theme: 'Reading and Phonics', schools: 2 });
    expect(view.findings.Problem).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
