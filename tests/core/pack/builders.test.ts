import { describe, expect, it } from 'vitest';
import type { DeliveryRow } from '../../../core/plans/types.js';
import { alignmentSheet, FOCUS_AREAS, whereItSits, type AlignmentAnswer, type Position } from '../../../core/pack/alignment.js';
import { deliveryRag } from '../../../core/pack/delivery-rag.js';
import { reviewStatus, reviewsSheet, type ReviewRow } from '../../../core/pack/reviews.js';
import { wrappedLines } from '../../../core/pack/_lib/page.js';
import type { TrustProgressRow } from '../../../core/targets/trust-progress.js';

const AS_OF = '2026-03-31';
const review = (due: string | null, done: string | null): ReviewRow => ({ school: 'Ashby', year: '2025/26', review: 'SEND', due, done });

describe('review status', () => {
  it.each([
    ['done before the as-of date', review('2026-02-01', '2026-02-03'), 'Done'],
    ['done on the as-of date', review('2026-03-31', '2026-03-31'), 'Done'],
    ['done date still ahead (booked, not yet done)', review('2026-03-01', '2026-04-10'), 'Overdue'],
    ['due date passed, not done', review('2026-03-01', null), 'Overdue'],
    ['due later', review('2026-05-01', null), 'Due'],
    ['due today', review('2026-03-31', null), 'Due'],
    ['a row with no dates', review(null, null), 'Not booked'],
    ['no row at all', undefined, 'Not booked'],
  ])('%s → %s', (_, row, status) => {
    expect(reviewStatus(row, AS_OF)).toBe(status);
  });

  it('gives every school a row, even with no reviews and no QA days', () => {
    const spec = reviewsSheet(['Ashby', 'Barton'], [review('2026-03-01', null)], [], AS_OF);
    const barton = spec.rows.find((r) => r[0] === 'Barton');
    expect(barton?.slice(2, 8)).toEqual(Array(6).fill('Not booked'));
    expect(barton?.slice(9)).toEqual(['None booked', 'None booked']);
    expect(spec.rows.find((r) => r[0] === 'Ashby')?.[4]).toBe('Overdue');
  });
});

const answers = (positions: (Position | null)[]): AlignmentAnswer[] => positions.map((position, i) => ({ area: 'Finance', feature: `F${i}`, position, notes: '' }));

describe('where the trust sits on a focus area', () => {
  it.each([
    [['Standardised', 'Standardised', 'Aligned'], 'Standardised'],
    [['Standardised', 'Aligned'], 'Standardised'],
    [['Standardised', 'Autonomous'], 'Aligned'],
    [['Aligned', 'Aligned', 'Autonomous'], 'Aligned'],
    [['Autonomous', 'Autonomous', 'Aligned'], 'Autonomous'],
    [[null, null], null],
  ] as [(Position | null)[], Position | null][])('%j → %s', (positions, sits) => {
    expect(whereItSits(answers(positions)).sits).toBe(sits);
  });

  it('writes the template of all four areas, unmarked, when the trust has no answers', () => {
    const spec = alignmentSheet(null, AS_OF);
    const features = FOCUS_AREAS.flatMap((a) => a.features);
    for (const f of features) expect(spec.rows.some((r) => r[1] === f && r[2] === null)).toBe(true);
    expect(spec.rows.filter((r) => r[2] === 'Not marked')).toHaveLength(4);
  });
});

const trust = (measure: string, status: TrustProgressRow['status']): TrustProgressRow => ({ measure, period: 'Spring 1', date: '2026-02-13', schools: 10, pupils: 500, actual: 70, milestone: 71, status, leftOut: 0 });
const line = (what: string, measure: string | null, outcome: string | null = null): DeliveryRow => ({
  theme: 'T', what, how: null, outcome, lead: 'Lead', measure, rag: { autumn: 'Green', spring: 'Amber', summer: null }, source: { sheet: 'Delivery plan', row: 1 },
});

describe('delivery plan RAG from the figures', () => {
  it.each([
    ['named measure on track', line('Reading', 'KS2 RWM EXS %'), [trust('KS2 RWM EXS %', 'on track')], 'Green'],
    ['named measure above', line('Reading', 'KS2 RWM EXS %'), [trust('KS2 RWM EXS %', 'above')], 'Green'],
    ['named measure slightly below', line('Reading', 'KS2 RWM EXS %'), [trust('KS2 RWM EXS %', 'slightly below')], 'Amber'],
    ['named measure well below', line('Reading', 'KS2 RWM EXS %'), [trust('KS2 RWM EXS %', 'well below')], 'Red'],
    ['measure written in the aim', line('Persistent absence falls everywhere', null), [trust('Persistent absence %', 'well below')], 'Red'],
    ['named measure without drops', line('Reading', 'Phonics %'), [trust('KS2 RWM EXS %', 'above')], null],
    ['no measure at all', line('Oracy', null, 'ELG above national'), [trust('KS2 RWM EXS %', 'above')], null],
  ])('%s → %s', (_, row, rows, computed) => {
    const [d] = deliveryRag([row], rows);
    expect(d?.computed).toBe(computed);
    expect(d?.typed).toBe('Amber');
    expect(d?.term).toBe('Spring');
  });
});

describe('wrapped row heights', () => {
  it.each([
    ['', 10, 1],
    ['short', 10, 1],
    ['a'.repeat(23), 10, 3],
    ['one\ntwo\nthree', 40, 3],
  ])('%j in %i characters takes %i lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});
