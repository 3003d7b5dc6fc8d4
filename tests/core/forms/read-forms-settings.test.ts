import { describe, expect, it } from 'vitest';
import { readFormsSettings } from '../../../core/forms/read-forms-settings.js';
import { DEFAULT_FORMS_SETTINGS, JUDGEMENT_SCHEMES } from '../../../core/forms/settings.js';
import type { Cell } from '../../../core/grid/types.js';

const sheet = (rows: Cell[][]) => [{ name: 'Schools', grid: [['School']] }, { name: 'Form settings', grid: [['Form setting', 'Value'], ...rows] }];

describe('readFormsSettings', () => {
  it('uses the defaults when the workbook has no form settings: 2025 report-card areas, judgements optional', () => {
    const { settings, issues } = readFormsSettings([{ name: 'Schools', grid: [['School']] }]);
    expect(settings).toEqual(DEFAULT_FORMS_SETTINGS);
    expect(settings.scheme).toBe(JUDGEMENT_SCHEMES['2025']);
    expect(settings.scheme.areaScales?.Safeguarding).toEqual(['Met', 'Not met']);
    expect(issues).toEqual([]);
  });

  it.each([
    ['2019', JUDGEMENT_SCHEMES['2019'].areas],
    ['2025', JUDGEMENT_SCHEMES['2025'].areas],
    ['Reading; Writing; Maths', ['Reading', 'Writing', 'Maths']],
  ])('judgement areas "%s"', (value, areas) => {
    expect(readFormsSettings(sheet([['Judgement areas', value]])).settings.scheme.areas).toEqual(areas);
  });

  it('reads the trust\'s own scale, requirement, class sizes, QA days and themes', () => {
    const { settings, issues } = readFormsSettings(sheet([
      ['Judgement areas', 'Teaching; Behaviour'],
      ['Judgement scale', 'Secure; Developing; Emerging'],
      ['Judgements', 'Required'],
      ['Largest class', 32],
      ['Core QA days', 4],
      ['Theme: Oracy', 'talk; discussion; oracy'],
      ['Theme: Retrieval', 'retrieval; recall'],
    ]));
    expect(issues).toEqual([]);
    expect(settings.scheme).toEqual({ name: 'The trust\'s own areas', areas: ['Teaching', 'Behaviour'], scale: ['Secure', 'Developing', 'Emerging'] });
    expect(settings.judgements).toBe('required');
    expect(settings.classSize).toEqual({ min: 1, max: 32 });
    expect(settings.qaDays).toEqual({ core: 4, optional: 3 });
    expect(settings.themes.map((t) => t.theme)).toEqual(['Oracy', 'Retrieval']);
  });

  it('reports a bad value or an unknown setting by cell and keeps the default', () => {
    const { settings, issues } = readFormsSettings(sheet([['Judgements', 'sometimes'], ['Largest class', 'big'], ['Colour', 'blue'], ['Judgement scale', 'Good, with strengths; Weak']]));
    expect(settings.judgements).toBe('optional');
    expect(settings.scheme.scale).toEqual(JUDGEMENT_SCHEMES['2025'].scale);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([['B2', 'error'], ['B3', 'error'], ['A4', 'warning'], ['B5', 'error']]);
  });
});
