import { describe, expect, it } from 'vitest';
import { analyzeDates } from './helpers.js';

describe('dates stage', () => {
  it('records offsets into the unchanged text, a rule and a confidence', () => {
    const text = 'Talks stalled last year.\nThe minister said Jan. 13 that work would resume.';
    const doc = analyzeDates(text, '2019-01-15');
    expect(doc.dates.map((d) => d.id)).toEqual(['d1', 'd2']);
    for (const d of doc.dates) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.rule).toMatch(/^dates\//);
      expect(d.confidence).toBeGreaterThan(0);
    }
    expect(doc.dates.map((d) => d.value)).toEqual(['2018', '2019-01-13']);
  });

  it.each([
    [
      'Mill Town Reopens Its Bridge\n\nMarch 4, 2020\n\nThe bridge reopened on Tuesday after two years of work.',
      'March 4, 2020',
    ],
    [
      'Mill Town Reopens Its Bridge\nMarch 4, 2020\nThe bridge reopened on Tuesday after two years of work.',
      'March 4, 2020',
    ],
    [
      'Mill Town Reopens Its Bridge\n\nBy Ann Lee\n\nUpdated 4 March 2020\n\nThe bridge reopened on Tuesday.',
      '4 March 2020',
    ],
  ])('mentions the dateline that gave the publication date, and only its date: %j', (text, dateline) => {
    const doc = analyzeDates(text);
    expect(doc.meta.dateline?.text).toBe(dateline);
    expect(doc.meta.published).toBe('2020-03-04');
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      [dateline, '2020-03-04'],
      ['Tuesday', '2020-03-03'],
      ...(text.includes('two years') ? [['two years', 'P2Y']] : []),
    ]);
  });

  it('still skips the dates of boilerplate and of a byline beyond the dateline', () => {
    const text =
      'Bridge reopens\n\nBy Ann Lee | March 4, 2020 | Updated March 5, 2020\n\nThe bridge reopened on Tuesday.\n\nSubscribe to our newsletter for 2020 updates. Privacy Policy';
    const doc = analyzeDates(text);
    expect(doc.dates.map((d) => d.text)).not.toContain('March 5, 2020');
    expect(doc.dates.map((d) => d.text)).toContain('Tuesday');
  });

  it('types fuzzy references as dates and vague stretches as durations', () => {
    const doc = analyzeDates('Demand is weak now after rising in recent weeks.', '2019-01-15');
    expect(doc.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['now', 'date', 'PRESENT_REF'],
      ['recent weeks', 'duration', 'PXW'],
    ]);
  });

  it('never invents a year without an anchor', () => {
    const doc = analyzeDates('Output fell last month and will recover next year.');
    expect(doc.dates.map((d) => d.value)).toEqual(['XXXX-XX', 'XXXX']);
  });

  it('ignores an invalid day', () => {
    expect(analyzeDates('The deadline was Feb. 30, 2019.', '2019-03-01').dates.map((d) => d.value)).not.toContain(
      '2019-02-30',
    );
  });

  it('runs on text without any date', () => {
    expect(analyzeDates('Nothing here but words.', '2019-01-15').dates).toEqual([]);
  });
});
