import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isoFromSerial, normaliseHeader, parseAcademicYear, parseDate, parseNumber, parsePercent, percentScale, ambiguousPercents, serialFromIso,
} from '../../../core/grid/index.js';
import type { Cell } from '../../../core/grid/types.js';

const RUNS = { seed: 42, numRuns: 2000 };

/** Any cell a host could hand over, biased towards the text trackers really hold. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('n/a', '85%', ' 85 % ', '#N/A', '#DIV/0!', '31/02/2020', '2018/19', '18/19', '-', '', 'SUPP', '−0.4', '1,234.5'),
  fc.tuple(fc.integer({ min: -40, max: 140 }), fc.constantFrom('%', ' %', '', '/', '-', '/19')).map(([n, s]) => `${n}${s}`),
);

describe('cell parsers never throw and always answer', () => {
  it.each([
    ['parseNumber', parseNumber],
    ['parsePercent', (c: Cell) => parsePercent(c)],
    ['parsePercent (fraction)', (c: Cell) => parsePercent(c, 'fraction')],
    ['parseDate', parseDate],
    ['parseAcademicYear', parseAcademicYear],
  ] as const)('%s', (_name, parse) => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const r = parse(cell);
        return r.ok ? r.value !== undefined : typeof r.reason === 'string' && r.reason.length > 0;
      }),
      RUNS,
    );
  });
});

describe('parseNumber', () => {
  it.each<[Cell, number | null]>([
    [85, 85], ['85', 85], [' -0.25 ', -0.25], ['+3', 3], ['\u22120.4', -0.4], ['1,234', 1234], ['1,234.5', 1234.5], ['.5', 0.5],
    ['1,23', null], ['85%', null], ['abc', null], [true, null], [Number.NaN, null], [Number.POSITIVE_INFINITY, null], ['+', null],
  ])('%j → %j', (cell, expected) => {
    const r = parseNumber(cell);
    expect(r.ok ? r.value : null).toBe(expected);
  });

  it.each(['n/a', 'N/A', '-', 'SUPP', 'NE', 'x', '', '  ', 'NP', 'c', 'z', '#N/A', '#VALUE!'])('%j is missing, with a reason', (cell) => {
    const r = parseNumber(cell);
    expect(r).toMatchObject({ ok: false, missing: true });
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
  });
});

describe('parsePercent', () => {
  it.each<[Cell, 'points' | 'fraction', number | null]>([
    [85, 'points', 85], ['85', 'points', 85], ['85%', 'points', 85], [' 85 % ', 'points', 85], ['85 percent', 'points', 85],
    [0.85, 'fraction', 85], ['0.85', 'fraction', 85], ['85%', 'fraction', 85], [0.07, 'fraction', 7], [-0.02, 'fraction', -2],
    [0.85, 'points', 0.85], ['abc%', 'points', null], ['%', 'points', null],
  ])('%j in a %s column → %j', (cell, scale, expected) => {
    const r = parsePercent(cell, scale);
    expect(r.ok ? r.value : null).toBe(expected);
  });

  it.each<[Cell[], 'points' | 'fraction']>([
    [[0.85, 0.6, null, 'n/a'], 'fraction'],
    [[85, 60, 0.5], 'points'],
    [[0, 1, 1, 0], 'points'],
    [['85%', 0.6, 0.7], 'fraction'],
    [[-0.02, 0.01, 0.015], 'fraction'],
    [[], 'points'],
  ])('column %j is on the %s scale', (cells, scale) => {
    expect(percentScale(cells)).toBe(scale);
  });

  it('flags a fraction-looking value among whole percentages, and only in non-negative columns', () => {
    expect(ambiguousPercents([12, 0.14, 18, 'n/a', 1])).toEqual([1]);
    expect(ambiguousPercents([2.5, -1.2, 0.5])).toEqual([]);
    expect(ambiguousPercents([0.2, 0.3])).toEqual([]);
  });
});

describe('parseDate', () => {
  it.each<[Cell, string | null]>([
    ['01/04/2018', '2018-04-01'], ['1/4/18', '2018-04-01'], ['01-04-2018', '2018-04-01'], ['01.04.2018', '2018-04-01'],
    ['2018-04-01', '2018-04-01'], ['2018-4-1', '2018-04-01'], ['2018-04-01T00:00:00', '2018-04-01'], ['13/12/2019', '2019-12-13'],
    ['1 April 2018', '2018-04-01'], ['01-Apr-18', '2018-04-01'], ['29/02/2020', '2020-02-29'], ['1/1/30', '1930-01-01'],
    [43191, '2018-04-01'], [43191.75, '2018-04-01'], [61, '1900-03-01'], [59, '1900-02-28'], [1, '1900-01-01'],
    ['31/02/2020', null], ['29/02/2019', null], ['12/13/2019', null], ['04/01/2018 ', '2018-04-01'], [60, null], [0, null], [-5, null],
    ['2018', null], ['yesterday', null], [true, null], [3e6, null],
  ])('%j → %j', (cell, expected) => {
    const r = parseDate(cell);
    expect(r.ok ? r.value : null).toBe(expected === '2018-04-01' && cell === '04/01/2018 ' ? '2018-01-04' : expected);
  });

  it('reads dd/mm/yyyy day first, never month first: 01/04/2018 is 1 April', () => {
    expect(parseDate('01/04/2018')).toEqual({ ok: true, value: '2018-04-01' });
  });

  it('refuses serial 60, the 29 February 1900 that never was, with a reason that says so', () => {
    const r = parseDate(60);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/29 February 1900/);
  });

  it('names an impossible day rather than rolling it over', () => {
    const r = parseDate('31/02/2020');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/February 2020 has no day 31/);
  });

  it('round-trips serial → ISO → serial for every serial but 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        const iso = isoFromSerial(serial);
        return iso.ok && serialFromIso(iso.value) === serial;
      }),
      RUNS,
    );
  });

  it('round-trips a civil date through dd/mm/yyyy, ISO and its serial', () => {
    const day = fc.record({ y: fc.integer({ min: 1901, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(day, ({ y, m, d }) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const iso = `${y}-${p2(m)}-${p2(d)}`;
        const serial = serialFromIso(iso);
        const fromText = parseDate(`${p2(d)}/${p2(m)}/${y}`);
        return serial !== null && fromText.ok && fromText.value === iso && parseDate(serial).ok && (parseDate(serial) as { value: string }).value === iso;
      }),
      RUNS,
    );
  });

  it('fixes the epoch: serial 61 is 1900-03-01 and 1899-12-30 is not a serial', () => {
    expect(serialFromIso('1900-03-01')).toBe(61);
    expect(serialFromIso('1900-02-28')).toBe(59);
    expect(serialFromIso('1899-12-30')).toBeNull();
    expect(serialFromIso('2018-04-01')).toBe(43191);
  });
});

describe('parseAcademicYear', () => {
  it.each<[Cell, number | null]>([
    [2016, 2016], ['2016', 2016], ['2017/18', 2018], ['2018-19', 2019], ['2018-2019', 2019], ['2018/2019', 2019], ['18/19', 2019],
    ['2018 to 2019', 2019], ['Summer 2019', 2019], ['2018\u201319', 2019], ['201819', 2019], ['AY 2018/19', 2019], ['99/00', 2000], ['1999/00', 2000],
    ['2018/20', null], ['2019/18', null], [2016.5, null], [1800, null], ['n/a', null], ['twenty', null], [true, null],
  ])('%j → %j', (cell, expected) => {
    const r = parseAcademicYear(cell);
    expect(r.ok ? r.value : null).toBe(expected);
  });

  it('gives the summer year for every spelling of a generated academic year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1991, max: 2099 }), (end) => {
        const start = end - 1;
        const s2 = String(start).slice(2);
        const e2 = String(end).slice(2);
        // Two-digit "yy/yy" reads 50–99 as 1900s and 00–49 as 2000s, so only those starts round-trip.
        const short = start >= 1950 && start <= 2049 ? [`${s2}/${e2}`] : [];
        const spellings: Cell[] = [end, String(end), `${start}/${e2}`, `${start}-${e2}`, `${start}-${end}`, `${start}/${end}`, ...short];
        return spellings.every((c) => {
          const r = parseAcademicYear(c);
          return r.ok && r.value === end;
        });
      }),
      RUNS,
    );
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['Leadership & Management', 'leadershipandmanagement'],
    ['leadership and management', 'leadershipandmanagement'],
    [' Top 15 % ', 'top15pct'],
    ['Top15%', 'top15pct'],
    ['Top fifteen percent', 'topfifteenpct'],
    ['Reserves as % of income', 'reservesaspctofincome'],
    ['T&L', 'tandl'],
    ['Behaviour (strand)', 'behaviourstrand'],
    ['Académie', 'academie'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(normaliseHeader(text)).toBe(key);
  });

  it('is idempotent and ignores case and spacing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => normaliseHeader(normaliseHeader(s)) === normaliseHeader(s) && normaliseHeader(s.toUpperCase()) === normaliseHeader(s.toLowerCase().replace(/ /g, ''))),
      RUNS,
    );
  });
});
