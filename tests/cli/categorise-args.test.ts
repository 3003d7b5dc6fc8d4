import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOutput, parseCategoriseArgs } from '../../cli/_lib/categorise-args.js';
import { summaryText } from '../../cli/_lib/categorise-text.js';
import { isIsoDate, todayIso } from '../../cli/_lib/iso-date.js';

const CWD = '/home/lead/trust';
const NOW = new Date(2025, 10, 3); // a fixed "today" (3 Nov 2025, local time)

describe('pathway categorise arguments', () => {
  it('defaults the output to out/<input>.categorise.xlsx and the date to today', () => {
    expect(parseCategoriseArgs(['tracker.xlsx'], CWD, NOW)).toEqual({
      kind: 'run',
      args: { input: join(CWD, 'tracker.xlsx'), output: join(CWD, 'out', 'tracker.categorise.xlsx'), asOf: '2025-11-03', json: false },
    });
  });

  it.each([
    [['t.xlsx', '--json', '-o', 'x/y.xlsx', '--as-of', '2024-02-29'], { json: true, output: join(CWD, 'x/y.xlsx'), asOf: '2024-02-29' }],
    [['--as-of=2025-09-01', '--output=r.xlsx', 't.xlsx'], { json: false, output: join(CWD, 'r.xlsx'), asOf: '2025-09-01' }],
    [['exports/'], { output: join(CWD, 'out', 'exports.categorise.xlsx') }],
    [['t.xlsx', '--json'], { json: true, output: null }],
  ])('reads %j', (argv, expected) => {
    const parsed = parseCategoriseArgs(argv, CWD, NOW);
    expect(parsed.kind).toBe('run');
    if (parsed.kind === 'run') expect(parsed.args).toMatchObject(expected);
  });

  it.each([['--help'], ['-h'], ['t.xlsx', '--help']])('shows help for %j', (...argv) => {
    expect(parseCategoriseArgs(argv, CWD, NOW)).toEqual({ kind: 'help' });
  });

  it.each<[string[], RegExp]>([
    [[], /Name a workbook/],
    [['a.xlsx', 'b.xlsx'], /Expected one input, got 2/],
    [['t.xlsx', '--as-of', '01/11/2025'], /"01\/11\/2025" is not a date written YYYY-MM-DD/],
    [['t.xlsx', '--as-of', '2025-02-29'], /not a date/],
    [['t.xlsx', '--as-of'], /--as-of needs a value/],
    [['t.xlsx', '-o', 'report.csv'], /must name an \.xlsx file/],
    [['t.xlsx', '-o', './t.xlsx'], /is the input file/],
    [['t.xlsx', '--force'], /Unknown option --force/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCategoriseArgs(argv, CWD, NOW);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('keeps a folder name with dots whole in the default output name', () => {
    expect(defaultOutput('exports.2025', CWD)).toBe(join(CWD, 'out', 'exports.2025.categorise.xlsx'));
  });

  it.each(['categorise', 'targets', 'plans', 'broker', 'forms'])('names the command %s in the default output, so one run never overwrites another', (command) => {
    const parsed = parseCategoriseArgs(['tracker.xlsx'], CWD, NOW, command);
    expect(parsed.kind === 'run' && parsed.args.output).toBe(join(CWD, 'out', `tracker.${command}.xlsx`));
  });
});

describe('ISO dates for --as-of (arithmetic, no JS date parser)', () => {
  it.each([
    ['2025-11-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-1-1', false],
    ['01/11/2025', false],
  ])('%s → %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });

  it('writes today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('the human summary', () => {
  const empty = { asOf: '2025-11-01', schools: 0, pupils: 0, schoolsWithoutRoll: 0, byPhase: [], byCategory: [], byTrajectory: [], byRisk: [], byCapacity: [], inspectionMismatches: 0, issues: { errors: 0, warnings: 0 } };

  it('says plainly when no school was found', () => {
    expect(summaryText(empty, 0, 'out/x.pathway.xlsx')).toMatch(/No schools were found/);
  });

  it('counts only the labels that occur', () => {
    const text = summaryText({ ...empty, schools: 2, byPhase: [{ label: 'Repair', schools: 2, pupils: 0 }, { label: 'Sustain', schools: 0, pupils: 0 }], issues: { errors: 1, warnings: 0 } }, 3, 'out/x.pathway.xlsx');
    expect(text).toContain('Phase:      Repair 2\n');
    expect(text).toContain('1 problem (1 not used, 0 warnings)');
    expect(text).not.toMatch(/No schools/);
  });
});
