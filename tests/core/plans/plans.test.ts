import { describe, expect, it } from 'vitest';
import { checkPlans } from '../../../core/plans/check-plans.js';
import { collateThemes, UNMATCHED } from '../../../core/plans/collate-themes.js';
import { parseRag } from '../../../core/plans/read-delivery.js';
import { readPlanSheet } from '../../../core/plans/read-plan.js';
import { plansSheets } from '../../../core/plans/run-plans.js';
import { themeWords } from '../../../core/plans/theme-words.js';
import type { PlanPriority } from '../../../core/plans/types.js';
import { ALL, DELIVERY, ELM_PLAN, OAK_PLAN } from './fixtures.js';

const out = plansSheets(ALL, { asOf: '2025-11-20' });

describe('reading improvement plans', () => {
  it('carries a priority down to the actions below it and reads budgets in pounds', () => {
    const read = readPlanSheet(OAK_PLAN);
    expect(read?.priorities.map((p) => p.priority)).toEqual(['Raise attainment in reading across KS2', 'Improve attendance of disadvantaged pupils', 'Oracy and communication in EYFS']);
    expect(read?.actions.map((a) => [a.priority.slice(0, 5), a.budget, a.needsCpd])).toEqual([
      ['Raise', 1200, true],
      ['Raise', null, false],
      ['Raise', null, false],
      ['Impro', 500, false],
      ['Oracy', 2500, true],
    ]);
    expect(read?.issues).toEqual([]);
  });

  it('a priority repeated on each row is one priority; without a School column the sheet name is the school', () => {
    const read = readPlanSheet(ELM_PLAN);
    expect(read?.priorities).toHaveLength(6);
    expect(read?.priorities[0]?.school).toBe('SIP Elm');
    expect(read?.priorities[0]?.impactMeasures).toEqual(['Phonics screening 90%']);
    expect(read?.issues).toEqual([{ sheet: 'SIP Elm', cell: 'D8', severity: 'error', message: expect.stringMatching(/Due date: "32\/01\/2026" is not a real date/) }]);
  });
});

describe('plan checks (FRAMEWORK.md section 8)', () => {
  const findings = out.findings.map((f) => [f.level, f.school, f.sheet, f.cell, f.message.split(':')[0]]);
  it.each([
    ['no owner', ['Problem', 'Oakfield Primary', 'SIP Oakfield', 'G4', 'No owner']],
    ['no due date', ['Problem', 'Oakfield Primary', 'SIP Oakfield', 'I5', 'No due date']],
    ['no impact measure for a priority', ['Problem', 'Oakfield Primary', 'SIP Oakfield', 'B6', 'No impact measure']],
    ['an action due before the as-of date and not done is overdue', ['Overdue', 'Oakfield Primary', 'SIP Oakfield', 'I4', 'Due 15/11/2025 and not marked done.']],
    ['an action needing CPD goes to the training annex', ['CPD', 'Oakfield Primary', 'SIP Oakfield', 'K7', 'Training annex']],
    ['more than five priorities is a warning', ['Warning', 'SIP Elm', 'SIP Elm', 'A2', '6 priorities']],
    ['no lift pitch is a warning', ['Warning', 'Oakfield Primary', 'SIP Oakfield', 'B6', 'No lift pitch']],
  ])('%s', (_, expected) => {
    expect(findings).toContainEqual(expected);
  });

  it('an action marked done is not overdue, however old', () => {
    expect(out.findings.filter((f) => f.level === 'Overdue').map((f) => f.action)).toEqual(['Reading leader audits book bands']);
  });

  it.each([
    [5, 1],
    [6, 0],
    [4, 1],
  ])('with at most %i priorities allowed, SIP Elm gets %i warnings for the count', (max, warnings) => {
    const read = readPlanSheet(ELM_PLAN);
    const f = checkPlans(read?.priorities ?? [], read?.actions ?? [], { asOf: '2025-09-01', maxPriorities: max });
    expect(f.filter((x) => /priorities: plans work best/.test(x.message))).toHaveLength(warnings);
  });
});

describe('trust themes and the delivery plan', () => {
  it('collates school priorities into the trust themes with counts and schools', () => {
    const rows = Object.fromEntries(out.themes.map((t) => [t.theme, t.schools]));
    expect(rows['Reading and Phonics']).toEqual(['Oakfield Primary', 'SIP Elm']);
    expect(rows['Communication and Oracy']).toEqual(['Oakfield Primary']);
    expect(rows['Careers, transition']).toEqual(['SIP Elm']);
    expect(rows['Quality Assurance']).toEqual([]);
  });

  it('groups priorities no theme claims by their meaning words', () => {
    const loose = (school: string, priority: string): PlanPriority => ({ school, priority, liftPitch: null, impactMeasures: [], source: { sheet: 's', row: 0 }, col: 0 });
    const rows = collateThemes([loose('A', 'Improve maths mastery'), loose('B', 'Maths Mastery'), loose('C', 'SEND provision')], []);
    expect(rows.map((r) => [r.strategic, r.theme, r.schools.length])).toEqual([
      [UNMATCHED, 'Improve maths mastery', 2],
      [UNMATCHED, 'SEND provision', 1],
    ]);
  });

  it.each([
    ['Improving Reading & Phonics for all pupils', ['reading', 'phonic']],
    ['Careers, transition', ['career', 'transition']],
    ['Communities', ['community']],
  ])('meaning words of "%s"', (text, words) => {
    expect(themeWords(text)).toEqual(words);
  });

  it.each([
    ['G', 'Green'],
    ['amber', 'Amber'],
    [' RED ', 'Red'],
  ])('RAG %j reads as %s', (cell, rag) => {
    expect(parseRag(cell)).toEqual({ ok: true, value: rag });
  });

  it('a bad RAG and a line with no lead are cell-addressed issues', () => {
    expect(out.issues).toEqual(
      expect.arrayContaining([
        { sheet: DELIVERY.name, cell: 'G3', severity: 'error', message: expect.stringMatching(/Spring RAG: "purple" is not a RAG rating/) },
        { sheet: DELIVERY.name, cell: 'E3', severity: 'warning', message: expect.stringMatching(/no lead/) },
      ]),
    );
  });

  it('writes Plan Checks (problems first) and Themes (with RAG drop-downs)', () => {
    expect(out.sheets.map((s) => s.name)).toEqual(['Pathway Plan Checks', 'Pathway Themes']);
    const checks = out.sheets[0];
    expect(checks?.rows[3]?.[0]).toBe('Problem');
    expect(checks?.rows[checks.rows.length - 1]?.[0]).toBe('CPD');
    const themes = out.sheets[1];
    expect(themes?.validations?.[0]?.list).toEqual(['Green', 'Amber', 'Red']);
    const reading = themes?.rows.find((r) => r[1] === 'Reading and Phonics');
    expect(reading?.slice(2, 12)).toEqual([2, 'Oakfield Primary, SIP Elm', 'Head of Oakfield', 'Every school teaches one validated phonics scheme', 'Network meetings each half term', 'Phonics screening ≥ 85% in every school', 'Head of Oakfield', 'Green', 'Amber', null]);
    expect(out.budget).toBe(4200);
  });
});
