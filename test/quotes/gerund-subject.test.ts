import { describe, it } from 'vitest';
import { expectQuoteRow, type QuoteRow } from './helpers.js';

/**
 * A "that" clause whose subject is a gerund, after a prepositional phrase of the cue: the "that" is the complement's,
 * not a relative pronoun on the phrase's noun. Sentences written for these tests; expected spans follow PolNeAR's
 * conventions.
 */
const gerundSubjects: QuoteRow[] = [
  {
    text: 'The senator said at the hearing that drafting the bill is an open process.',
    cue: 'said',
    content: 'that drafting the bill is an open process',
    speaker: 'The senator',
  },
  {
    text: 'The mayor said in the interview that raising taxes is not an option.',
    cue: 'said',
    content: 'that raising taxes is not an option',
    speaker: 'The mayor',
  },
  {
    text: 'Ms. Varga complained to the board that cutting the bus routes was unfair.',
    cue: 'complained',
    content: 'that cutting the bus routes was unfair',
    speaker: 'Ms. Varga',
  },
];

/** A relative clause on the phrase's noun stays out of the content. */
const relatives: QuoteRow[] = [
  {
    text: 'The driver spoke after the crash that injured three people, saying the brakes had failed.',
    cue: 'saying',
    content: 'the brakes had failed',
  },
];

describe('a gerund subject after "that"', () => {
  it.each(gerundSubjects)('$text', (row) => expectQuoteRow(row));
  it.each(relatives)('$text', (row) => expectQuoteRow(row));
});
