import { describe, expect, it } from 'vitest';
import { JUDGEMENT_SCHEMES } from '../../../core/forms/settings.js';
import { evidenceIssuesSheet, evidenceSheet } from '../../../core/forms/evidence-sheet.js';
import { qaDaysSheet } from '../../../core/forms/qa-days.js';
import { formsSettings } from '../../../core/forms/settings.js';
import type { FormRecord } from '../../../core/forms/types.js';

const record: FormRecord = {
  id: 'OP-251110-abcd', sheet: 'Pathway Form OP-251110-abcd', school: '=Oakfield', observer: 'J. Patel, CEO', date: '2025-11-10', from: '09:00', to: '10:30',
  activities: ['Lesson observation', 'Discussion'], focus: 'Reading', yearClass: 'Y5', mixedAbility: 'Y', subject: 'English', numberInClass: 28,
  notes: '@SUM(A1)', www: 'Questioning', ebi: '', judgements: { 'Teaching, learning & assessment': 'Good', 'A trust area': 'Secure' }, excellence: '', completed: true,
};

describe('evidenceSheet', () => {
  const sheet = evidenceSheet([record], [{ sheet: record.sheet, cell: 'H7', severity: 'error', message: 'x' }, { sheet: 'other', cell: 'A1', severity: 'error', message: 'y' }], formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] }), '2025-11-15');
  const header = sheet.rows[2] ?? [];
  const row = sheet.rows[3] ?? [];
  const col = (name: string) => row[header.indexOf(name)];

  it('has a column per area of the trust\'s scheme, then any other area a form carried', () => {
    expect(header.slice(12, 17)).toEqual(['Teaching, learning & assessment', 'Personal development, behaviour & welfare', 'Leadership & management', 'Outcomes for pupils', 'A trust area']);
    expect(col('A trust area')).toBe('Secure');
    expect(col('Outcomes for pupils')).toBeNull();
  });

  it('writes dates and times as spreadsheet numbers and neutralises every text', () => {
    expect(col('Date')).toBe(45971);
    expect(col('From')).toBe(0.375);
    expect(col('School')).toBe('\'=Oakfield');
    expect(col('Notes')).toBe('\'@SUM(A1)');
    expect(col('Activities')).toBe('Lesson observation, Discussion');
  });

  it('gives each form its status and its own count of problems', () => {
    expect(col('Status')).toBe('Completed');
    expect(col('Problems')).toBe(1);
  });
});

describe('evidenceIssuesSheet and qaDaysSheet', () => {
  it('lists problems in sheet and cell order', () => {
    const sheet = evidenceIssuesSheet([
      { sheet: 'B', cell: 'A10', severity: 'warning', message: 'w' },
      { sheet: 'B', cell: 'A9', severity: 'error', message: 'e' },
      { sheet: 'A', cell: 'C1', severity: 'error', message: 'f' },
    ], '2025-11-15');
    expect(sheet.rows.slice(3).map((r) => `${r[0]}!${r[1]}`)).toEqual(['A!C1', 'B!A9', 'B!A10']);
  });

  it('shows the status of each school\'s days', () => {
    const sheet = qaDaysSheet([
      { school: 'A', offer: 'core', allocated: 3, used: 2, booked: 2, left: -1 },
      { school: 'A', offer: 'optional', allocated: 3, used: 3, booked: 0, left: 0 },
      { school: 'B', offer: 'core', allocated: 3, used: 1, booked: 0, left: 2 },
    ], '2025-11-15');
    expect(sheet.rows.slice(3).map((r) => [r[1], r[6]])).toEqual([['Core', 'Over allocation'], ['Optional', 'All allocated'], ['Core', 'Days left']]);
  });
});
