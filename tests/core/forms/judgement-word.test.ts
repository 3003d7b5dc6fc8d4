import { describe, expect, it } from 'vitest';
import { readJudgement, scaleFor } from '../../../core/forms/judgement-word.js';
import { formsSettings, JUDGEMENT_SCHEMES } from '../../../core/forms/settings.js';

const legacy = formsSettings({ scheme: JUDGEMENT_SCHEMES['2015'] });
const reportCard = formsSettings({ scheme: JUDGEMENT_SCHEMES['2025'] });

describe('readJudgement', () => {
  it.each([
    ['2015', 'Good', { kind: 'word', word: 'Good', assumed: false }],
    ['2015', ' requires   improvement ', { kind: 'word', word: 'Requires improvement', assumed: false }],
    ['2015', 'RI', { kind: 'word', word: 'Requires improvement', assumed: true }],
    ['2015', '1', { kind: 'word', word: 'Outstanding', assumed: true }],
    ['2015', '5', { kind: 'unknown', text: '5' }],
    ['2015', 'N/J', { kind: 'word', word: 'Not judged', assumed: false }],
    ['2015', 'not judged', { kind: 'word', word: 'Not judged', assumed: false }],
    ['2015', 'Strong standard', { kind: 'unknown', text: 'Strong standard' }],
    ['2015', '', { kind: 'blank' }],
    ['2025', 'exemplary', { kind: 'word', word: 'Exceptional', assumed: true }],
    ['2025', 'Secure', { kind: 'word', word: 'Expected standard', assumed: true }],
    ['2025', 'attention needed', { kind: 'word', word: 'Needs attention', assumed: true }],
    ['2025', 'Causing concern', { kind: 'word', word: 'Urgent improvement', assumed: true }],
    ['2025', 'RI', { kind: 'unknown', text: 'RI' }],
    ['2025', '5', { kind: 'word', word: 'Urgent improvement', assumed: true }],
  ])('%s scale: "%s"', (scheme, text, expected) => {
    expect(readJudgement(text, scheme === '2015' ? legacy : reportCard)).toEqual(expected);
  });

  it('uses the trust\'s own words and its own "not judged"', () => {
    const own = formsSettings({ scheme: { name: 'own', areas: ['Reading'], scale: ['Secure', 'Developing'] }, notJudged: 'Not seen' });
    expect(readJudgement('developing', own)).toEqual({ kind: 'word', word: 'Developing', assumed: false });
    expect(readJudgement('Not seen', own)).toEqual({ kind: 'word', word: 'Not seen', assumed: false });
    expect(readJudgement('Good', own)).toEqual({ kind: 'unknown', text: 'Good' });
  });
});

describe('scaleFor', () => {
  it.each([
    ['Outcomes for pupils', legacy, 'Outstanding'],
    ['Achievement', legacy, 'Exceptional'],
    ['Leadership & management', reportCard, 'Outstanding'],
    ['Inclusion', reportCard, 'Exceptional'],
    ['Something else', legacy, 'Outstanding'],
  ])('%s', (area, settings, best) => expect(scaleFor(area, settings)[0]).toBe(best));
});
