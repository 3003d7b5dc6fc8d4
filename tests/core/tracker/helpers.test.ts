import { describe, expect, it } from 'vitest';
import { isNoteLabel, isTotalsLabel } from '../../../core/tracker/_lib/sheet-read.js';
import { sortIssues } from '../../../core/tracker/_lib/sort-issues.js';
import { measureKey, MeasureNames, monotone } from '../../../core/tracker/index.js';
import { isPercentMeasure } from '../../../core/tracker/read-performance.js';

describe('measureKey', () => {
  it.each([
    ['KS2 RWM EXS %', 'ks2 rwm exs%'],
    ['KS2 RWM EXS %', ' KS2  RWM-EXS percent '],
    ['Progress 8', 'progress8'],
    ['Attainment 8', 'ATTAINMENT 8'],
  ])('%j and %j are the same measure', (a, b) => {
    expect(measureKey(a)).toBe(measureKey(b));
  });

  it.each([
    ['KS2 RWM EXS %', 'KS2 RWM GDS %'],
    ['Progress 8', 'Attainment 8'],
  ])('%j and %j are different measures', (a, b) => {
    expect(measureKey(a)).not.toBe(measureKey(b));
  });

  it('keeps the first spelling seen as the display name', () => {
    const names = new MeasureNames();
    expect(names.display('  ks2 rwm  exs% ')).toBe('ks2 rwm exs%');
    expect(names.display('KS2 RWM EXS %')).toBe('ks2 rwm exs%');
    expect(names.display('Progress 8')).toBe('Progress 8');
  });
});

describe('isPercentMeasure', () => {
  it.each<[string, boolean]>([
    ['KS2 RWM EXS %', true], ['Persistent absence percentage', true], ['Exclusion rate', true], ['KS4 EBacc entry pct', true],
    ['Progress 8', false], ['Attainment 8', false], ['Reading scaled score', false],
  ])('%j → %j', (name, expected) => {
    expect(isPercentMeasure(name)).toBe(expected);
  });
});

describe('totals labels', () => {
  it.each<[string, boolean]>([
    ['Total', true], ['TOTALS', true], ['Trust', true], ['Trust total', true], ['Trust average', true], ['Average', true],
    ['Mean', true], ['All schools', true], ['Grand total', true], ['Overall', true], ['Total (all schools)', true], ['Total:', true],
    ['Trust Primary Academy', false], ['Average Hill School', false], ['Oak Primary', false], ['Meanwood Primary', false], ['', false],
  ])('%j → %j', (label, expected) => {
    expect(isTotalsLabel(label)).toBe(expected);
  });
});

describe('note labels', () => {
  it.each<[string, boolean]>([
    ['Source: DfE performance tables', true], ['Note: 2020 and 2021 have no tests', true], ['Notes - see tab 2', true], ['* provisional', true],
    ['Key: 1 = Stabilise', true], ['Last updated: 01/09/2025', true], ['Oak Primary', false], ['Keyworth Primary', false], ['Sources Academy', false],
  ])('%j → %j', (label, expected) => {
    expect(isNoteLabel(label)).toBe(expected);
  });
});

describe('monotone thresholds', () => {
  it.each<[number[], boolean]>([
    [[45, 55, 65, 80], true], [[25, 18, 13, 8], true], [[-0.5, -0.2, 0, 0.5], true],
    [[-0.5, 0.1, 0, 0.5], false], [[45, 55, 55, 80], false], [[1, 1, 1, 1], false], [[10, 5, 8, 2], false],
  ])('%j → %j', (values, expected) => {
    expect(monotone(values)).toBe(expected);
  });
});

describe('sortIssues', () => {
  it('orders by sheet, then row, then column (AA after Z), keeping ties stable', () => {
    const mk = (sheet: string, cell: string, message = '') => ({ sheet, cell, message, severity: 'error' as const });
    const sheets = [{ name: 'B', grid: [] }, { name: 'A', grid: [] }];
    const sorted = sortIssues([mk('A', 'B2'), mk('B', 'AA3'), mk('B', 'Z3'), mk('A', ''), mk('B', 'C10'), mk('X', 'A1'), mk('B', 'C10', 'second')], sheets);
    expect(sorted.map((i) => `${i.sheet}!${i.cell}${i.message}`)).toEqual(['B!Z3', 'B!AA3', 'B!C10', 'B!C10second', 'A!', 'A!B2', 'X!A1']);
  });
});
