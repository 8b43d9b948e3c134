import { describe, expect, it } from 'vitest';
import { analyzeQuotes, expectQuoteRow, type QuoteRow } from './helpers.js';

/**
 * A clause whose subject opens with a possessive, after a hearer ("told reporters her plan would work") or right
 * after a cue that may take one ("promised her whole plan would be paid for"). Sentences written for these tests;
 * expected spans follow PolNeAR's conventions.
 */
const possessiveClauses: QuoteRow[] = [
  {
    text: 'The mayor told reporters her budget would pass next week.',
    cue: 'told',
    content: 'her budget would pass next week',
    speaker: 'The mayor',
  },
  {
    text: 'Mr. Haddad told the council his office had no record of the payments.',
    cue: 'told',
    content: 'his office had no record of the payments',
    speaker: 'Mr. Haddad',
  },
  {
    text: 'The governor promised her entire road-building program would be paid for by the new toll.',
    cue: 'promised',
    content: 'her entire road-building program would be paid for by the new toll',
    speaker: 'The governor',
  },
];

/** The possessive belongs to the object when no clause follows. */
const objects: QuoteRow[] = [
  {
    text: 'The coach told the players their schedule.',
    cue: 'told',
    content: 'their schedule',
    speaker: 'The coach',
  },
];

describe('a possessive opens the clause after a hearer', () => {
  it.each(possessiveClauses)('$text', (row) => expectQuoteRow(row));
  it.each(objects)('$text', (row) => expectQuoteRow(row));

  it('keeps a possessive inside the hearer’s own name', () => {
    const q = analyzeQuotes("She told the paper's editors the story was true.").quotes[0];
    expect(q?.content.map((c) => c.text)).toEqual(['the story was true']);
  });
});
