import fc from 'fast-check';
import { JUDGEMENT_SCHEMES } from '../../../core/forms/settings.js';
import { describe, expect, it } from 'vitest';
import { formSheet } from '../../../core/forms/form-sheet.js';
import { parseTime } from '../../../core/forms/parse-time.js';
import { readForm } from '../../../core/forms/read-form.js';
import { formsSettings } from '../../../core/forms/settings.js';
import { ACTIVITIES, type Visit } from '../../../core/forms/types.js';
import { neutralise } from '../../../core/grid/neutralise.js';

const SEED = 42;
const pad = (n: number) => String(n).padStart(2, '0');

describe('parseTime (fast-check, seed 42)', () => {
  it('reads every way of writing a time to the same HH:MM', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const want = `${pad(h)}:${pad(m)}`;
        const h12 = h % 12 === 0 ? 12 : h % 12;
        for (const cell of [want, `${h}:${pad(m)}`, `${h}.${pad(m)}`, `${h12}:${pad(m)} ${h < 12 ? 'am' : 'pm'}`, (h * 60 + m) / 1440, 45000 + (h * 60 + m) / 1440]) {
          expect(parseTime(cell)).toEqual({ ok: true, value: want });
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
  it('never throws, whatever the cell', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (cell) => {
      const r = parseTime(cell);
      expect(typeof r.ok).toBe('boolean');
    }), { seed: SEED, numRuns: 2000 });
  });
});

// Text a reviewer or a schedule might hold, formula-like starts included. A leading apostrophe is
// the guard itself (Excel and Sheets never hand it over as part of a value), so it is left out.
const text = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => s.trim()).filter((s) => !s.startsWith("'")),
  fc.constantFrom('=1+1', '+44 7700', '-minus', '@user', '\uFF1Dcmd', 'Reading & phonics', 'Y5/6'),
);
const visitArb: fc.Arbitrary<Visit> = fc.record({
  id: fc.constant('T-1'),
  sheet: fc.constant('Visit schedule'),
  row: fc.integer({ min: 2, max: 500 }),
  school: text.filter((s) => s !== ''),
  observer: text,
  role: fc.constant(''),
  date: fc.option(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
  from: fc.option(fc.integer({ min: 0, max: 1439 }).map((m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`), { nil: null }),
  to: fc.constant(null),
  activities: fc.subarray([...ACTIVITIES]),
  focus: text,
  yearClass: text,
  subject: text,
  numberInClass: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  mixedAbility: fc.constantFrom<'Y' | 'N' | null>('Y', 'N', null),
  offer: fc.constant('core' as const),
});

describe('a generated form reads back as the visit it came from (fast-check, seed 42)', () => {
  it('round-trips every prefilled field, with every text cell neutralised on the sheet', () => {
    const settings = formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] });
    fc.assert(
      fc.property(visitArb, (visit) => {
        const spec = formSheet(visit, settings);
        for (const cell of spec.rows.flat()) expect(cell).toBe(neutralise(cell));
        const { record, issues } = readForm({ name: spec.name, grid: spec.rows }, settings);
        expect(issues).toEqual([]);
        expect(record).toMatchObject({
          id: 'T-1', school: visit.school, observer: visit.observer, date: visit.date, from: visit.from,
          activities: visit.activities, focus: visit.focus, yearClass: visit.yearClass, subject: visit.subject,
          numberInClass: visit.numberInClass, mixedAbility: visit.mixedAbility ?? '', completed: false,
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
