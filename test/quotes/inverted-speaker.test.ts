import { describe, expect, it } from 'vitest';
import { analyzeQuotes, expectQuoteRow, type QuoteRow } from './helpers.js';

/**
 * An inverted frame's speaker is no content (src/quotes/inverted-speaker.ts): after a comma or a closing quotation
 * mark, with no subject before it, "said Ann Roe, head of the union" names who spoke. Sentences written for these
 * tests.
 */
describe('the noun phrase after an inverted verb of saying is its speaker, not its content', () => {
  // Negative: no quote has the speaker as its content.
  it.each([
    [
      'a clause before a name',
      'Rather than letting costs rise further, said Mia Park, a vice president for policy, the firm wants a cap.',
      'Mia Park',
    ],
    ['a name and a title', '“We are thrilled” with the ruling, said Ann Roe, head of the teachers union.', 'Ann Roe'],
    ['a group', 'A quieter campaign may suit him better, say some longtime aides.', 'some longtime aides'],
    ['"wrote" and a title', 'The plan is a gift to landlords, wrote Ben Cole, editor of the Harbor Times.', 'Ben Cole'],
  ])('%s', (_name, text, speaker) => {
    const doc = analyzeQuotes(text);
    expect(doc.quotes.filter((q) => q.content.some((c) => c.text.startsWith(speaker)))).toEqual([]);
  });

  // Positive: a subject before the comma, or a clause after the verb, is an ordinary frame.
  const rows: QuoteRow[] = [
    { text: 'The mayor, a Democrat, said the budget was balanced.', cue: 'said', content: 'the budget was balanced' },
    { text: 'Ann Roe, head of the union, said the strike would end.', cue: 'said', content: 'the strike would end' },
    {
      text: 'Officials, speaking after the vote, said the bridge would reopen.',
      cue: 'said',
      content: 'the bridge would reopen',
    },
  ];
  it.each(rows)('$text', (row) => expectQuoteRow(row));
});

/**
 * Only a verb of saying inverts after a clause it frames. A verb of doing after a comma has its subject on the left
 * and its object on the right ("…, the mayor, a Democrat, opposed the plan"). Sentences written for these tests.
 */
describe('a verb of doing after a comma is no inverted frame', () => {
  const rows: QuoteRow[] = [
    {
      text: 'But the senator, keen all night to needle her rivals, attacked Lee for dodging the question.',
      cue: 'attacked',
      content: 'Lee for dodging the question',
    },
    {
      text: 'Lee backed the bill and Park, as she has in the past, opposed the measure.',
      cue: 'opposed',
      content: 'the measure',
    },
    // Positive rows: a verb of saying, or any cue after a quotation, still inverts.
    {
      text: 'Rents will rise again next year, added Mia Park.',
      cue: 'added',
      content: 'Rents will rise again next year',
    },
    {
      text: 'The bridge was never safe, recalled Ben Cole, the former city engineer.',
      cue: 'recalled',
      content: 'The bridge was never safe',
    },
    { text: '“We will win in the end,” scoffed Ann Roe.', cue: 'scoffed', content: '“We will win in the end,”' },
  ];
  it.each(rows)('$text', (row) => expectQuoteRow(row));
});
