import { describe, expect, it } from 'vitest';
import { datePairs } from './helpers.js';

/** Sentences (written for these tests) in which a date-like word is not a date. */
const notDates: string[] = [
  'Officials may consider a ban.',
  'Protesters march through the capital.',
  'Theresa May met the envoy.',
  'The Sunday Times reported the deal.',
  'Unionists said the Good Friday Agreement still held.',
  'The Bloody Sunday Inquiry reported after years of hearings.',
  'The crowd numbered 2,012 people.',
  'The tickets cost $2012 each.',
  'Flight 2012 landed safely.',
  'She bought 2000 shares of the firm.',
  'The final score was 10:30 in the club game.',
  'Leaves grow in spring, the gardener said.',
  'A 6-year-old boy was rescued.',
  'The show aired on 60 Minutes.',
  'He read This Week in Science.',
  'Jan Kowalski chaired the panel.',
  'The bill may pass.',
  'A quarter of the voters stayed home.',
  "He told the BBC's Today programme it was over.",
  'She writes for USA Today.',
  'Peter Kariuki told the Daily Nation that nothing had changed.',
  'Rates held at 2.25 percent.',
  'De Souza equalised early in the second half.',
  'Tatum scored 12 of his 31 points in the fourth quarter.',
  'The Bucks led by 10 after the first quarter.',
  'The week of talks ended.',
  'The H1 visa program grew.',
  'Revenue rose in H1.',
  'Fyodor and fy2 left.',
];

describe('words that look like dates but are not', () => {
  it.each(notDates)('%s', (sentence) => {
    expect(datePairs(sentence, '2019-01-15')).toEqual([]);
  });
});

describe('TimeML span conventions', () => {
  it('leaves the preposition out and keeps the modifier in', () => {
    expect(datePairs('The ban began in late August.', '2019-01-15')).toEqual([['late August', '2018-08']]);
    expect(datePairs('It happened on Tuesday.', '2019-01-17')).toEqual([['Tuesday', '2019-01-15']]);
  });
  it('keeps "last August" whole', () => {
    expect(datePairs('The agencies were barred last August.', '2019-01-15')).toEqual([['last August', '2018-08']]);
  });
  it('reads no range of days from a score or a count', () => {
    expect(datePairs('Arsenal won in May 3-1.', '2026-10-20')).toEqual([['May', '2026-05']]);
    expect(datePairs('The March 5-year plan failed.', '2026-10-20')).toEqual([
      ['March', '2026-03'],
      ['5-year', 'P5Y'],
    ]);
  });
  it('keeps May when it is the month', () => {
    expect(datePairs('Elections are due in May.', '2019-01-15')).toEqual([['May', '2019-05']]);
    expect(datePairs('The vote was held on May 5, 2018.', '2019-01-15')).toEqual([['May 5, 2018', '2018-05-05']]);
  });
});
