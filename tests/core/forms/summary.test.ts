import { describe, expect, it } from 'vitest';
import { JUDGEMENT_SCHEMES } from '../../../core/forms/settings.js';
import { strandOfExcellence } from '../../../core/forms/excellence.js';
import { isFormsInputSheet } from '../../../core/forms/forms-input.js';
import { feedbackSheet } from '../../../core/forms/feedback-sheet.js';
import { qaDays } from '../../../core/forms/qa-days.js';
import { readQaAllocations } from '../../../core/forms/qa-days.js';
import { readSchedule } from '../../../core/forms/read-schedule.js';
import { formsSettings } from '../../../core/forms/settings.js';
import { evidenceSummarySheet, summariseEvidence } from '../../../core/forms/summarise.js';
import { themesIn, topThemes } from '../../../core/forms/themes.js';
import type { FormRecord } from '../../../core/forms/types.js';
import { scheduleSheet } from './fixtures.js';

function form(over: Partial<FormRecord>): FormRecord {
  return {
    id: 'X', sheet: 'Pathway Form X', school: 'Oakfield Primary', observer: 'J. Patel', date: '2025-11-10', from: null, to: null,
    activities: [], focus: '', yearClass: 'Y5', mixedAbility: '', subject: 'English', numberInClass: 28,
    notes: '', www: '', ebi: '', judgements: {}, excellence: '', completed: true, ...over,
  };
}

describe('themes', () => {
  it('matches whole words in any case, phrases included, once per text', () => {
    const themes = formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }).themes;
    expect(themesIn('Skilful QUESTIONING; questions probed. Check for understanding was regular.', themes)).toEqual(['Questioning', 'Assessment for learning']);
    expect(themesIn('Questionnaire handed out', themes)).toEqual([]);
  });
  it('ranks by count, ties in the trust\'s order', () => {
    const themes = [{ theme: 'A', words: ['alpha'] }, { theme: 'B', words: ['beta'] }, { theme: 'C', words: ['gamma'] }];
    expect(topThemes(['beta gamma', 'gamma', 'alpha beta'], themes, 2)).toEqual([{ theme: 'B', count: 2 }, { theme: 'C', count: 2 }]);
  });
});

describe('summariseEvidence', () => {
  const settings = formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] });
  const tla = 'Teaching, learning & assessment';
  const records = [
    form({ id: 'A', judgements: { [tla]: 'Good' }, www: 'Sharp questioning', ebi: 'Pace in the plenary', excellence: 'Phonics teaching in EYFS' }),
    form({ id: 'B', judgements: { [tla]: 'Good' }, www: 'Questioning and feedback', ebi: 'More stretch and challenge for higher attainers' }),
    form({ id: 'C', judgements: { [tla]: 'Not judged' }, ebi: 'Challenge' }),
    form({ id: 'D', judgements: { [tla]: 'Outstanding' }, completed: false }),
    form({ id: 'E', school: 'Riverside Academy', judgements: { [tla]: 'Requires improvement' }, excellence: 'Governors hold leaders to account' }),
  ];
  const summary = summariseEvidence(records, settings);
  it('counts judgements per school and area on completed forms only', () => {
    expect(summary.map((s) => [s.school, s.forms, s.completed, s.spread[tla]])).toEqual([
      ['Oakfield Primary', 4, 3, { Good: 2, 'Not judged': 1 }],
      ['Riverside Academy', 1, 1, { 'Requires improvement': 1 }],
    ]);
  });
  it('lists the most frequent WWW and EBI themes and the areas of excellence with their strand', () => {
    expect(summary[0]?.www).toEqual([{ theme: 'Questioning', count: 2 }, { theme: 'Feedback & marking', count: 1 }]);
    expect(summary[0]?.ebi[0]).toEqual({ theme: 'Challenge & stretch', count: 2 });
    expect(summary[0]?.excellence).toEqual([{ school: 'Oakfield Primary', strand: 'teaching', text: 'Phonics teaching in EYFS', formId: 'A' }]);
    expect(summary[1]?.excellence[0]?.strand).toBe('governance');
  });
  it('writes one row per school with the spread as words', () => {
    const sheet = evidenceSummarySheet(summary, settings, '2025-11-15');
    expect(sheet.rows[3]?.[3]).toBe('Good 2 · Not judged 1');
  });
});

describe('strandOfExcellence', () => {
  it.each([
    ['Attendance first-day calling', 'attendance'],
    ['Budget planning', 'finance'],
    ['Middle leaders coaching', 'leadership'],
    ['Behaviour routines at lunch', 'behaviour'],
    ['KS2 results in maths', 'outcomes'],
    ['Use of manipulatives', 'teaching'],
  ])('%s → %s', (text, strand) => expect(strandOfExcellence(text)).toBe(strand));
});

describe('qaDays', () => {
  it('counts one day per visit date, used up to the as-of date and booked after, against allocations or defaults', () => {
    const visits = readSchedule(scheduleSheet([
      ['Oakfield Primary', 'A. Lee', 'Head', 45971, 0.375, 0.5, 'Discussion', 'Same day, second reviewer', 'Y6', 'Maths', 30, 'N', 'Core'],
    ])).visits;
    const alloc = readQaAllocations([{ name: 'QA days', grid: [['School', 'Core days', 'Optional days'], ['Oakfield Primary', 1, 'two']] }]);
    expect(alloc.issues.map((i) => i.cell)).toEqual(['C2']);
    const rows = qaDays(visits, alloc.allocations, formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), '2025-11-15');
    expect(rows.map((r) => [r.school, r.offer, r.allocated, r.used, r.booked, r.left])).toEqual([
      ['Oakfield Primary', 'core', 1, 2, 0, -1],
      ['Oakfield Primary', 'optional', 3, 0, 0, 3],
      ['Riverside Academy', 'core', 3, 0, 0, 3],
      ['Riverside Academy', 'optional', 3, 0, 1, 2],
    ]);
  });
});

describe('feedbackSheet', () => {
  it('gathers every form\'s points under the three headings, neutralised, A4 portrait', () => {
    const sheet = feedbackSheet([
      form({ www: 'Warm relationships\n=1+1', ebi: 'Pace' }),
      form({ date: '2025-11-12', subject: 'Maths', yearClass: 'Y3', excellence: 'Reading corners' }),
      form({ school: 'Riverside Academy', completed: false, www: 'not yet' }),
    ]);
    const text = sheet.rows.map((r) => r[0]);
    expect(text).toEqual([
      'QA review feedback: Oakfield Primary',
      '2 forms, 10 Nov 2025 to 12 Nov 2025. Reviewers: J. Patel.',
      'What went well: our strengths',
      '• Warm relationships (Y5 English, 10 Nov 2025)',
      '• =1+1 (Y5 English, 10 Nov 2025)',
      'Even better if: where we can improve',
      '• Pace (Y5 English, 10 Nov 2025)',
      'Area of excellence: what we can share',
      '• Reading corners (Y3 Maths, 12 Nov 2025)',
      null,
    ]);
    expect(sheet.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: 1 });
  });
});

describe('isFormsInputSheet', () => {
  it.each([
    ['a visit schedule', scheduleSheet(), true],
    ['a QA days table', { name: 'QA', grid: [['School', 'Core days', 'Optional days'], ['Oakfield', 3, 3]] }, true],
    ['a list of schools', { name: 'Schools', grid: [['School', 'URN', 'Leadership', 'Last inspection date'], ['Oakfield', 1, 3, '01/02/2023']] }, false],
  ])('%s → %s', (_name, sheet, expected) => expect(isFormsInputSheet(sheet)).toBe(expected));
});
