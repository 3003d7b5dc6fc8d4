import { readJudgement, scaleFor } from '../../../core/forms/judgement-word.js';
import { describe, expect, it } from 'vitest';
import { collateForms } from '../../../core/forms/collate.js';
import { planForms } from '../../../core/forms/generate.js';
import { formsSettings, JUDGEMENT_SCHEMES } from '../../../core/forms/settings.js';
import type { Cell, Grid, SheetGrid } from '../../../core/grid/types.js';
import { scheduleSheet } from './fixtures.js';

const AS_OF = '2025-11-15';

/** Forms as plain grids, the way a host reads them back before anyone has typed in them. */
function generated(settings = formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] })): SheetGrid[] {
  const plan = planForms([scheduleSheet()], [], settings);
  return plan.sheets.map((s) => ({ name: s.name, grid: s.rows.map((r) => [...r]) }));
}

function rowOf(grid: Grid, label: string): number {
  const r = grid.findIndex((row) => row.some((c) => c === label));
  if (r < 0) throw new Error(`no label ${label}`);
  return r;
}

function put(grid: Grid, row: number, col: number, value: Cell): void {
  while (grid.length <= row) grid.push([]);
  const r = grid[row] ?? [];
  while (r.length <= col) r.push(null);
  r[col] = value;
  grid[row] = r;
}

describe('planForms', () => {
  it('makes one form per visit, named within Excel\'s 31 characters, A4 portrait one page wide', () => {
    const plan = planForms([scheduleSheet()], [], formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }));
    expect(plan.sheets).toHaveLength(3);
    for (const s of plan.sheets) {
      expect(s.name.startsWith('Pathway Form ')).toBe(true);
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
      expect(s.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: 1 });
    }
  });

  it('leaves forms that exist alone and adds only the new visits', () => {
    const first = planForms([scheduleSheet()], [], formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }));
    const existing = [first.sheets[0]?.name ?? ''];
    const again = planForms([scheduleSheet()], existing, formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }));
    expect(again.kept).toEqual(existing);
    expect(again.sheets.map((s) => s.name)).toEqual(first.sheets.slice(1).map((s) => s.name));
  });

  it('neutralises schedule text it copies onto a form', () => {
    const plan = planForms([scheduleSheet()], [], formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }));
    const riverside = plan.sheets[2];
    const texts = riverside?.rows.flat().filter((c): c is string => typeof c === 'string') ?? [];
    expect(texts).toContain('\'=HYPERLINK("http://x","click")');
    expect(texts.some((t) => t.startsWith('='))).toBe(false);
  });

  it('offers drop-downs for the activities, Y/N and every scale word plus Not judged', () => {
    const spec = planForms([scheduleSheet()], [], formsSettings({ scheme: JUDGEMENT_SCHEMES['2025'] })).sheets[0];
    const lists = spec?.validations?.map((v) => v.list.join('|')) ?? [];
    expect(lists.filter((l) => l === 'Y|N')).toHaveLength(5);
    // Eight report-card areas on the five-point scale (early years and sixth form where applicable)…
    expect(lists.filter((l) => l === 'Exceptional|Strong standard|Expected standard|Needs attention|Urgent improvement|Not judged')).toHaveLength(8);
    // …and safeguarding on its own: met or not met.
    expect(lists.filter((l) => l === 'Met|Not met|Not judged')).toHaveLength(1);
  });

  it('says when there is no schedule at all', () => {
    const plan = planForms([{ name: 'Schools', grid: [['School', 'URN']] }], [], formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }));
    expect(plan.sheets).toEqual([]);
    expect(plan.issues[0]?.message).toMatch(/No visit schedule/);
  });
});

describe('collateForms', () => {
  // Forms made under the old default (2015 headings, four-point words) stay readable now that the
  // default is the 2025 report card (issue 12).
  it.each<[string, string, string]>([
    ['Teaching, learning & assessment', 'Good', 'Good'],
    ['Leadership & management', 'RI', 'Requires improvement'],
    ['Safeguarding', 'not met', 'Not met'],
    ['Curriculum & teaching', 'secure', 'Expected standard'],
  ])('reads %s "%s" as %s under the default settings', (area, typed, word) => {
    const read = readJudgement(typed, formsSettings(), scaleFor(area, formsSettings()));
    expect(read).toMatchObject({ kind: 'word', word });
  });

  it('reads back exactly what the schedule prefilled, as "Not started"', () => {
    const { records, issues } = collateForms(generated(), formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), AS_OF);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.school, r.date, r.from, r.to, r.activities, r.subject, r.numberInClass, r.completed])).toEqual([
      ['Oakfield Primary', '2025-11-10', '09:00', '10:00', ['Lesson observation'], 'English', 28, false],
      ['Oakfield Primary', '2025-11-12', '13:30', '14:30', ['Work analysis', 'Discussion'], 'Maths', 30, false],
      ['Riverside Academy', '2025-11-20', '09:00', '10:15', ['Lesson observation'], 'Science', 26, false],
    ]);
    expect(records[0]?.observer).toBe('J. Patel, CEO');
    expect(records[2]?.focus).toBe('=HYPERLINK("http://x","click")');
  });

  it('finds fields after rows are inserted and text is typed beside or below a box', () => {
    const forms = generated();
    const grid = forms[0]?.grid ?? [];
    const added = rowOf(grid, 'Year / class');
    grid.splice(added, 0, [null, 'a row the reviewer added']);
    put(grid, rowOf(grid, 'Notes'), 3, 'Typed on the heading row');
    put(grid, rowOf(grid, 'Notes') + 1, 0, '=cmd|\' /C calc\'!A0');
    const www = rowOf(grid, 'Strengths (WWW)');
    put(grid, www + 1, 0, 'Clear modelling of inference questions');
    grid.splice(www + 2, 0, [null, null, 'Pupils keen to answer']);
    put(grid, www + 1, 4, 'Pace dropped in the plenary');
    const tla = rowOf(grid, 'Teaching, learning & assessment');
    put(grid, tla, 5, 'Good');
    put(grid, tla + 1, 5, 'RI');
    put(grid, tla + 2, 5, 'Brilliant');
    put(grid, rowOf(grid, 'Area of excellence (what can we share?)') + 2, 0, 'Reading for pleasure');
    const { records, issues } = collateForms(forms, formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), AS_OF);
    const r = records[0];
    expect(r?.notes).toBe('Typed on the heading row\n=cmd|\' /C calc\'!A0');
    expect(r?.www).toBe('Clear modelling of inference questions\nPupils keen to answer');
    expect(r?.ebi).toBe('Pace dropped in the plenary');
    expect(r?.excellence).toBe('Reading for pleasure');
    expect(r?.subject).toBe('English');
    expect(r?.judgements).toEqual({
      'Teaching, learning & assessment': 'Good',
      'Personal development, behaviour & welfare': 'Requires improvement',
      'Leadership & management': 'Brilliant',
      'Outcomes for pupils': '',
    });
    expect(r?.completed).toBe(true);
    const sheet = forms[0]?.name ?? '';
    expect(issues.map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      [sheet, `B${added + 1}`, 'warning'],
      [sheet, `F${tla + 2}`, 'warning'],
      [sheet, `F${tla + 3}`, 'error'],
    ]);
    expect(issues[0]?.message).toMatch(/"a row the reviewer added" outside every field/);
  });

  it.each([
    ['class size 0', 'numberInClass', 0, /not a possible class size/],
    ['class size 41', 'numberInClass', 41, /not a possible class size/],
    ['end before start', 'to', 0.3, /ends at 07:12/],
  ])('reports %s at the cell', (_name, field, value, message) => {
    const forms = generated();
    const grid = forms[1]?.grid ?? [];
    const label = field === 'to' ? 'Time to' : 'No. in class';
    const r = rowOf(grid, label);
    const c = (grid[r] ?? []).indexOf(label) + 1;
    put(grid, r, c, value);
    const { issues } = collateForms(forms, formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), AS_OF);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: forms[1]?.name, cell: `${'ABCDEFGH'[c]}${r + 1}`, severity: 'error' });
    expect(issues[0]?.message).toMatch(message);
  });

  it('reports a completed form dated after the as-of date, and missing judgements when the trust requires them', () => {
    const settings = formsSettings({ judgements: 'required', scheme: JUDGEMENT_SCHEMES['2015'] });
    const forms = generated(settings);
    const grid = forms[2]?.grid ?? [];
    put(grid, rowOf(grid, 'Notes') + 1, 0, 'Calm start');
    put(grid, rowOf(grid, 'Teaching, learning & assessment'), 5, 'Not judged');
    const { issues } = collateForms(forms, settings, AS_OF);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/dated 20 Nov 2025 .* after 15 Nov 2025/),
      expect.stringMatching(/^Personal development, behaviour & welfare has no judgement/),
      expect.stringMatching(/^Leadership & management has no judgement/),
      expect.stringMatching(/^Outcomes for pupils has no judgement/),
    ]);
  });

  it('reads a copied form once and says so', () => {
    const forms = generated();
    const copy = { name: `${forms[0]?.name} (2)`.slice(0, 31), grid: forms[0]?.grid ?? [] };
    const { records, issues } = collateForms([...forms, copy], formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), AS_OF);
    expect(records).toHaveLength(3);
    expect(issues[0]?.message).toMatch(/same form id/);
  });
});

describe('forms made under other settings', () => {
  it('reads a 2025 report-card form on its own scale when the trust now uses the 2015 headings', () => {
    const forms = generated(formsSettings({ scheme: JUDGEMENT_SCHEMES['2025'] }));
    const grid = forms[0]?.grid ?? [];
    put(grid, rowOf(grid, 'Inclusion'), 5, 'Strong standard');
    put(grid, rowOf(grid, 'Achievement'), 5, 'Good');
    const { records, issues } = collateForms(forms, formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), AS_OF);
    expect(records[0]?.judgements).toMatchObject({ Inclusion: 'Strong standard', Achievement: 'Good' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^"Good" .* use one of: Exceptional, Strong standard, Expected standard, Needs attention, Urgent improvement, Not judged/);
  });
});
