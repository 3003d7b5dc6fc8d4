import type { SheetGrid } from '../../../core/grid/types.js';

// A small trust as a user lays it out: a title row above some headers, mixed % styles, a stray note.
export const BENCHMARKS: SheetGrid = {
  name: 'Benchmarks',
  grid: [
    ['Similar-schools benchmarks 2025', null, null, null, null, null, null],
    ['Measure', 'Method', 'National', 'P50', 'P75', 'P90', 'Pupil threshold'],
    ['KS2 RWM EXS %', 'Percentile', 61, 62, 68, 74, null],
    ['Attainment 8', 'Top quartile', 45.9, 46.5, 50.24, 55.1, null],
    ['Persistent absence %', 'national plus', 17.5, 18, 14, 10, null],
    ['KS2 Reading', null, null, 100, 104, 107, 100],
  ],
};

export const BASELINES: SheetGrid = {
  name: 'Baselines',
  grid: [
    ['School', 'URN', 'Measure', 'Baseline', 'Pupils'],
    ['Oakfield Primary', 100001, 'KS2 RWM EXS %', '58%', 60],
    ['Elm Park Primary', 100002, 'KS2 RWM EXS %', 71, 30],
    ['Oakfield Primary', 100001, 'Persistent absence %', 21.2, 400],
    ['Riverside Academy', 100003, 'Attainment 8', 41.3, 180],
  ],
};

export const DROPS: SheetGrid = {
  name: 'Data drops',
  grid: [
    ['School', 'URN', 'Measure', 'Drop', 'Date', 'Actual', 'Pupils'],
    ['Oakfield Primary', 100001, 'KS2 RWM EXS %', 'Autumn 2', '12/12/2025', 60, 60],
    ['Elm Park Primary', 100002, 'KS2 RWM EXS %', 'Autumn 2', '2025-12-12', 65, 30],
    ['Oakfield Primary', 100001, 'Persistent absence %', 'Autumn 2', 46003, 20.6, 400],
    ['Riverside Academy', 100003, 'Attainment 8', 'Spring 1', null, 39.8, 180],
  ],
};

export const PUPILS_OAK: SheetGrid = {
  name: 'Pupils Oakfield',
  grid: [
    ['Pupil', 'Class', 'School', 'Measure', 'Estimate P50', 'Estimate P80', 'Actual'],
    ['A1', '6O', 'Oakfield Primary', 'KS2 Reading', 98.2, 101.4, 103],
    ['A2', '6O', 'Oakfield Primary', 'KS2 Reading', 101, 104.2, 106],
    ['A3', '6O', 'Oakfield Primary', 'KS2 Reading', 95.5, 99.1, 99],
    ['A4', '6K', 'Oakfield Primary', 'KS2 Reading', 104, 107, 103],
  ],
};

export const PUPILS_ELM: SheetGrid = {
  name: 'Pupils Elm',
  grid: [
    ['Pupil', 'Class', 'School', 'Measure', 'FFT 50', 'FFT 80', 'Actual'],
    ['B1', '6E', 'Elm Park Primary', 'KS2 Reading', 100, 103, 106],
    ['B2', '6E', 'Elm Park Primary', 'KS2 Reading', 92, 96.3, 99],
  ],
};

export const ALL = [BENCHMARKS, BASELINES, DROPS, PUPILS_OAK, PUPILS_ELM];
