import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../core/grid/types.js';
import { parseEducationPhase, parseInspection, parseSafeguarding, parseStrandScore, parseYesNo } from '../../../core/tracker/index.js';

const SRC = { sheet: 'Schools', cell: 'M2' };
const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'issue');

describe('strand cells', () => {
  it.each<[Cell, number | null | 'issue']>([
    [1, 1], [4, 4], ['3', 3], [' 2 ', 2], ['Stabilise', 1], ['stabilize', 1], ['STABILISING', 1], ['Repair', 2], ['improve', 3],
    ['Improving', 3], ['Sustain', 4], ['sustained', 4], ['3 - Improve', 3], ['Improve (3)', 3], ['Stablise', 1],
    [null, null], ['', null], ['n/a', null], ['-', null],
    [0, 'issue'], [5, 'issue'], [2.5, 'issue'], ['2.5', 'issue'], ['Good', 'issue'], ['2 - Sustain', 'issue'], [true, 'issue'], ['#N/A', 'issue'], ['1 2', 'issue'],
  ])('%j → %j', (cell, expected) => {
    expect(value(parseStrandScore(cell))).toBe(expected);
  });

  it('notes a near-miss spelling it accepted', () => {
    expect(parseStrandScore('Sustian')).toMatchObject({ ok: true, value: 4, note: expect.stringContaining('sustain') });
  });
});

describe('safeguarding cells', () => {
  it.each<[Cell, string | null]>([
    ['Effective', 'effective'], ['effective', 'effective'], ['Y', 'effective'], ['yes', 'effective'], ['Met', 'effective'], [true, 'effective'],
    ['Not effective', 'not effective'], ['Ineffective', 'not effective'], ['N', 'not effective'], ['not met', 'not effective'], [false, 'not effective'],
    [null, null], ['', null], ['Perhaps', 'issue'],
  ])('%j → %j', (cell, expected) => {
    expect(value(parseSafeguarding(cell))).toBe(expected);
  });
});

describe('phase of education cells', () => {
  it.each<[Cell, string | null]>([
    ['Primary', 'primary'], ['Infant', 'primary'], ['Junior', 'primary'], ['first school', 'primary'], ['Secondary', 'secondary'],
    ['High school', 'secondary'], ['All through', 'all-through'], ['All-through', 'all-through'], ['Special', 'special'], ['AP', 'alternative'],
    ['Alternative provision', 'alternative'], ['PRU', 'alternative'], ['Nursery', 'nursery'], ['Post-16', 'post-16'], ['16-19', 'post-16'],
    ['Secondery', 'secondary'], [null, null], ['University', 'issue'],
  ])('%j → %j', (cell, expected) => {
    expect(value(parseEducationPhase(cell))).toBe(expected);
  });
});

describe('yes/no cells', () => {
  it.each<[Cell, boolean | 'issue']>([['Y', true], ['yes', true], [true, true], ['N', false], [null, false], ['no', false], ['maybe', 'issue']])('%j → %j', (cell, expected) => {
    expect(value(parseYesNo(cell))).toBe(expected);
  });
});

describe('last inspection, shape 1: legacy overall grade', () => {
  it.each<[Cell, number]>([
    ['Outstanding', 1], ['Good', 2], ['Requires improvement', 3], ['Requires Improvement', 3], ['RI', 3], ['Inadequate', 4],
    ['Special measures', 4], ['Serious weaknesses', 4], [1, 1], ['2', 2], ['Grade 3', 3], ['2 - Good', 2], ['Good (2)', 2], ['Oustanding', 1],
  ])('%j → grade %i', (cell, grade) => {
    const read = parseInspection(cell, '2019-03-12', SRC);
    expect(read.inspection).toEqual({ kind: 'legacy-grade', grade, date: '2019-03-12', source: SRC });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('last inspection, shape 2: legacy sub-judgements', () => {
  it.each<[string, Record<string, number>]>([
    ['QoE: Good; B&A: Outstanding; PD: Good; L&M: Good; EY: Good', { qualityOfEducation: 2, behaviourAttitudes: 1, personalDevelopment: 2, leadershipManagement: 2, earlyYears: 2 }],
    ['Quality of education: Requires improvement; Behaviour and attitudes: Good; Personal development: Good; Leadership and management: Requires improvement; Sixth form: Good', { qualityOfEducation: 3, behaviourAttitudes: 2, personalDevelopment: 2, leadershipManagement: 3, sixthForm: 2 }],
    ['QoE = 2, B&A = 2, PD = 1, L&M = 2', { qualityOfEducation: 2, behaviourAttitudes: 2, personalDevelopment: 1, leadershipManagement: 2 }],
    ['QoE: Good\nB&A: Good', { qualityOfEducation: 2, behaviourAttitudes: 2 }],
  ])('%j', (text, judgements) => {
    const read = parseInspection(text, null, SRC);
    expect(read.problems).toEqual([]);
    expect(read.inspection).toEqual({ kind: 'legacy-subjudgements', judgements, date: null, source: SRC });
  });

  it('reports an unknown judgement and keeps the rest', () => {
    const read = parseInspection('QoE: Good; Vibes: Good; PD: Brilliant', null, SRC);
    expect(read.inspection).toMatchObject({ kind: 'legacy-subjudgements', judgements: { qualityOfEducation: 2 } });
    expect(read.problems.map((p) => p.severity)).toEqual(['error', 'error']);
  });
});

describe('last inspection, shape 3: report card', () => {
  const FULL = 'Inclusion: Strong standard; Curriculum and teaching: Expected standard; Achievement: Needs attention; Attendance and behaviour: Expected standard; Personal development and wellbeing: Strong standard; Leadership and governance: Expected standard; Safeguarding: Met';

  it('reads every area on its own five-point scale and safeguarding met', () => {
    const read = parseInspection(FULL, '2025-12-01', SRC);
    expect(read.problems).toEqual([]);
    expect(read.inspection).toEqual({
      kind: 'report-card',
      areas: { inclusion: 2, curriculumTeaching: 3, achievement: 4, attendanceBehaviour: 3, personalDevelopment: 2, leadershipGovernance: 3 },
      safeguardingMet: true,
      date: '2025-12-01',
      source: SRC,
    });
  });

  it.each<[string, number]>([
    ['Exceptional', 1], ['Exemplary', 1], ['Strong', 2], ['Strong standard', 2], ['Secure', 3], ['Expected', 3], ['Attention needed', 4],
    ['Needs attention', 4], ['Causing concern', 5], ['Urgent improvement', 5], ['Urgent improvment', 5], ['Expected standrad', 3], ['Exceptonal', 1],
  ])('Achievement: %s → %i', (word, grade) => {
    const read = parseInspection(`Inclusion: Expected standard; Achievement: ${word}`, null, SRC);
    expect(read.inspection).toMatchObject({ kind: 'report-card', areas: { achievement: grade } });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('warns when it reads a misspelling', () => {
    const read = parseInspection('Achievement: Urgent improvment', null, SRC);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('reads early years and sixth form as report card areas when the words are report card words', () => {
    const read = parseInspection('Early years: Strong standard; Sixth form: Exceptional; Safeguarding: Not met', null, SRC);
    expect(read.inspection).toMatchObject({ kind: 'report-card', areas: { earlyYears: 2, sixthForm: 1 }, safeguardingMet: false });
  });

  it('reports a report card word given as an overall grade, since report cards have none', () => {
    const read = parseInspection('Strong standard', null, SRC);
    expect(read.inspection).toBeNull();
    expect(read.problems[0]?.message).toMatch(/no overall grade/);
  });
});

describe('last inspection: blanks and unknown words', () => {
  it.each<Cell>([null, '', 'n/a'])('%j is no inspection and no issue', (cell) => {
    expect(parseInspection(cell, null, SRC)).toEqual({ inspection: null, problems: [] });
  });
  it.each<Cell>(['Marvellous', 5, 'Inclusion: Superb', '#REF!'])('%j is an issue', (cell) => {
    const read = parseInspection(cell, null, SRC);
    expect(read.problems.some((p) => p.severity === 'error')).toBe(true);
  });
});

describe('last inspection with the date written in the grade cell', () => {
  it.each<[string, string | null, number, string | null]>([
    ['Good (2019)', null, 2, null],
    ['Outstanding - 12/03/2013', null, 1, '2013-03-12'],
    ['Requires improvement, 01/04/2018', '2018-05-01', 3, '2018-05-01'],
    ['Inadequate 2017', null, 4, null],
  ])('%j (date column %j) → grade %i, date %j', (text, column, grade, date) => {
    expect(parseInspection(text, column, SRC)).toEqual({ inspection: { kind: 'legacy-grade', grade, date, source: SRC }, problems: [] });
  });
});
