import { describe, expect, it } from 'vitest';
import { findScheduleSheet, readSchedule } from '../../../core/forms/read-schedule.js';
import { parseRows } from '../../../core/forms/generate.js';
import { parseTime } from '../../../core/forms/parse-time.js';
import { readActivities } from '../../../core/forms/read-activities.js';
import { scheduleSheet } from './fixtures.js';

describe('readSchedule', () => {
  it('reads every visit below the header, whatever way dates and times were typed', () => {
    const { visits, issues } = readSchedule(scheduleSheet());
    expect(issues).toEqual([]);
    expect(visits.map((v) => [v.school, v.date, v.from, v.to, v.row])).toEqual([
      ['Oakfield Primary', '2025-11-10', '09:00', '10:00', 3],
      ['Oakfield Primary', '2025-11-12', '13:30', '14:30', 4],
      ['Riverside Academy', '2025-11-20', '09:00', '10:15', 5],
    ]);
    expect(visits[1]?.activities).toEqual(['Work analysis', 'Discussion']);
    expect(visits[2]?.offer).toBe('optional');
    expect(visits[0]?.mixedAbility).toBe('Y');
  });

  it('keeps ids when rows move: the id comes from the visit, not its row', () => {
    const before = readSchedule(scheduleSheet()).visits.map((v) => v.id);
    const sheet = scheduleSheet();
    sheet.grid.splice(2, 0, ['Hillside School', 'A. Lee', 'Head', 45980, 0.5, 0.55, 'Other', 'Lunch', 'Y1', 'PE', 20, 'N']);
    const after = readSchedule(sheet).visits.map((v) => v.id);
    expect(after.slice(1)).toEqual(before);
    expect(new Set(after).size).toBe(4);
    for (const id of after) expect(id.length).toBeLessThanOrEqual(18);
  });

  it('picks rows by their sheet numbers and says which rows hold no visit', () => {
    const { visits, issues } = readSchedule(scheduleSheet(), [4, 9]);
    expect(visits.map((v) => v.row)).toEqual([4]);
    expect(issues).toEqual([]);
    const header = readSchedule(scheduleSheet(), [2]);
    expect(header.issues[0]?.cell).toBe('A2');
  });

  it('reports a row repeating a visit and a date it cannot read, by cell', () => {
    const sheet = scheduleSheet([
      ['Oakfield Primary', 'J. Patel', 'CEO', 45971, 0.375, 0.416666666667, 'Lesson obs', 'Again', 'Y5', 'English', 28, 'Y'],
      ['Riverside Academy', 'A. Lee', 'Head', '31/02/2026', '10:00', '11:00', 'Discussion', '', '', '', '', ''],
    ]);
    const { visits, issues } = readSchedule(sheet);
    expect(visits).toHaveLength(4);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ['A6', 'warning'],
      ['D7', 'warning'],
    ]);
    expect(issues[1]?.message).toMatch(/February 2026 has no day 31/);
  });

  it('finds the schedule among other sheets by its headers', () => {
    const other = { name: 'Schools', grid: [['School', 'URN'], ['Oakfield', 1]] };
    expect(findScheduleSheet([other, scheduleSheet()])?.name).toBe('Visit schedule');
  });
});

describe('parseRows', () => {
  it.each([
    ['2-9', [2, 3, 4, 5, 6, 7, 8, 9]],
    ['3, 5-6', [3, 5, 6]],
    ['7', [7]],
    ['9-2', null],
    ['a-b', null],
    ['', null],
  ])('%s', (text, expected) => expect(parseRows(text)).toEqual(expected));
});

describe('parseTime', () => {
  it.each([
    [0.375, '09:00'],
    [45972.5625, '13:30'],
    [9, '09:00'],
    ['9:05', '09:05'],
    ['13.30', '13:30'],
    ['1:30 pm', '13:30'],
    ['12am', '00:00'],
    ['1330', '13:30'],
  ])('%s → %s', (cell, expected) => expect(parseTime(cell)).toEqual({ ok: true, value: expected }));
  it.each(['25:00', '13pm', 'lunch', true])('%s is refused with a reason', (cell) => {
    const r = parseTime(cell);
    expect(r.ok).toBe(false);
  });
});

describe('readActivities', () => {
  it.each([
    ['Lesson obs', ['Lesson observation']],
    ['Book look and pupil voice', ['Work analysis', 'Discussion']],
    ['Learning walk', ['Other']],
    ['', []],
  ])('%s', (text, expected) => expect(readActivities(text)).toEqual(expected));
});
