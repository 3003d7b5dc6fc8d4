import { describe, expect, it } from 'vitest';
import { locateFields } from '../../../core/forms/locate-fields.js';
import type { Grid } from '../../../core/grid/types.js';

const AREAS = ['Teaching, learning & assessment', 'Outcomes for pupils'];

/** A hand-drawn form, the way a host hands one back: labels, values, blanks. */
function form(): Grid {
  return [
    ['Monitoring / evidence form', null, null, null, 'Pathway form id:', null, 'F-1'],
    ['School', 'Oakfield', null, null, 'Date', '10/11/2025'],
    ['Year / class', 'Y5', 'Mixed ability (Y/N)', 'Y', 'Subject', 'English', 'No. in class', 28],
    ['Notes'],
    ['first note'],
    [null, null, null, 'second note'],
    ['Evaluation'],
    ['Strengths (WWW)', null, null, null, 'Areas for development (EBI)'],
    ['www one', null, null, null, 'ebi one'],
    ['Judgements', null, null, null, 'Pick from the list; Not judged is allowed'],
    ['Teaching, learning & assessment', null, null, null, null, 'Good'],
    ['Outcomes for pupils'],
    ['Area of excellence (what can we share?)'],
    ['shared practice'],
    ['Pathway reads this form by its labels: move or add rows freely, but keep the label texts. Visit: row 3.'],
  ];
}

describe('locateFields', () => {
  it('reads inline values beside labels and boxes below them, in reading order', () => {
    const f = locateFields(form(), 'F', AREAS);
    expect(f.issues).toEqual([]);
    expect(f.inline.school).toEqual({ value: 'Oakfield', cell: 'B2' });
    expect(f.inline.numberInClass).toEqual({ value: 28, cell: 'H3' });
    expect(f.boxes.notes).toEqual({ text: 'first note\nsecond note', cell: 'A5' });
    expect(f.boxes.www?.text).toBe('www one');
    expect(f.boxes.ebi?.text).toBe('ebi one');
    expect(f.boxes.excellence?.text).toBe('shared practice');
    expect(f.judgements).toEqual([
      { area: 'Teaching, learning & assessment', value: 'Good', cell: 'F11' },
      { area: 'Outcomes for pupils', value: null, cell: 'B12' },
    ]);
  });

  it('keeps a merged box\'s text once when a host repeats it in every cell of the merge', () => {
    const g = form();
    g[4] = ['first note', 'first note', 'first note'];
    expect(locateFields(g, 'F', AREAS).boxes.notes?.text).toBe('first note\nsecond note');
  });

  it('reads a value typed under its label, and says so', () => {
    const g = form();
    g[1] = ['School', null, null, null, 'Date', '10/11/2025'];
    g.splice(2, 0, [null, 'Oakfield']);
    const f = locateFields(g, 'F', AREAS);
    expect(f.inline.school).toEqual({ value: 'Oakfield', cell: 'B3' });
    expect(f.issues.map((i) => [i.cell, i.severity])).toEqual([['B3', 'warning']]);
  });

  it('reports text in the judgements that names no area, a label that appears twice, and text beside it that no field reads', () => {
    const g = form();
    g.splice(11, 0, ['a stray remark']);
    g.push(['Notes', 'copied by mistake']);
    const f = locateFields(g, 'F', AREAS);
    expect(f.issues.map((i) => i.cell)).toEqual(['A17', 'A12', 'B17']);
    expect(f.boxes.notes?.text).toBe('first note\nsecond note');
  });

  it('names the fields whose labels are gone', () => {
    const g = form();
    g[0] = ['Monitoring / evidence form'];
    expect(locateFields(g, 'F', AREAS).missingLabels).toEqual(['formId', 'observer', 'from', 'to', 'lessonObservation', 'workAnalysis', 'discussion', 'other', 'focus']);
  });
});

describe('locateFields: nothing typed is lost silently', () => {
  it('warns about text between fields once the heading that owned it is gone', () => {
    const g = form();
    g[3] = [null];
    const f = locateFields(g, 'F', AREAS);
    expect(f.boxes.notes).toBeUndefined();
    expect(f.issues.map((i) => [i.cell, i.severity])).toEqual([['A5', 'warning'], ['D6', 'warning']]);
  });
});
