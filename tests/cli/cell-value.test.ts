import { describe, expect, it } from 'vitest';
import { dateToSerial, normaliseCellValue } from '../../cli/_lib/cell-value.js';

describe('normaliseCellValue (ExcelJS value → core Cell)', () => {
  it.each<[string, unknown, unknown]>([
    ['undefined', undefined, null],
    ['an empty string', '', null],
    ['spaces kept for the parser', '  ', '  '],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
    ['an invalid Date', new Date(Number.NaN), null],
    ['a shared formula with a text result', { sharedFormula: 'A1', result: 'Good' }, 'Good'],
    ['a formula whose result is an empty string', { formula: 'IF(1,"")', result: '' }, null],
    ['rich text with no runs', { richText: [] }, null],
    ['an object ExcelJS never produces', { checkbox: true }, null],
  ])('%s', (_what, value, expected) => {
    expect(normaliseCellValue(value)).toEqual(expected);
  });
});

describe('dateToSerial (1899-12-30 epoch, UTC)', () => {
  it.each<[string, Date, number]>([
    ['1 Jan 1900', new Date(Date.UTC(1900, 0, 1)), 2],
    ['1 Mar 1900', new Date(Date.UTC(1900, 2, 1)), 61],
    ['1 Apr 2018', new Date(Date.UTC(2018, 3, 1)), 43191],
    ['noon on 1 Apr 2018', new Date(Date.UTC(2018, 3, 1, 12)), 43191.5],
    ['one millisecond after midnight', new Date(Date.UTC(2018, 3, 1, 0, 0, 0, 1)), 43191 + 1 / 86_400_000],
  ])('%s', (_what, date, serial) => {
    expect(dateToSerial(date)).toBe(serial);
  });
});
