import { describe, expect, it } from 'vitest';
import { analyzeQuotes, expectQuoteRow, type QuoteRow } from './helpers.js';

/**
 * A passive cue with an "as" phrase: the subject and what it is taken for are the content, and no one is named as
 * the speaker. Sentences written for these tests; expected spans follow PolNeAR's conventions.
 */
const passiveAs: QuoteRow[] = [
  {
    text: 'The harbour is viewed as a shield against smugglers.',
    cue: 'is viewed',
    content: 'The harbour … as a shield against smugglers',
  },
  {
    text: 'Three of the drivers have been identified as local farmers.',
    cue: 'have been identified',
    content: 'Three of the drivers … as local farmers',
  },
  {
    text: 'Ms. Okafor has also been mentioned as a possible running mate.',
    cue: 'has also been mentioned',
    content: 'Ms. Okafor … as a possible running mate',
  },
  {
    // The "as" phrase ends at the comma: what follows is the sentence's own.
    text: 'Mr. Lund was projected as the winner of the runoff, with two networks calling the race.',
    cue: 'was projected',
    content: 'Mr. Lund … as the winner of the runoff',
  },
];

/** Passives whose "as" opens an adverbial, or with no "as" phrase at all: no quote of this rule. */
const notPassiveAs: { text: string; why: string }[] = [
  { text: 'The records were released as part of a lawsuit.', why: '"as part of" is an adverbial' },
  { text: 'The budget was approved as expected.', why: '"as expected" is an adverbial' },
  { text: 'The merger was announced on Monday.', why: 'no "as" phrase' },
  { text: 'The mayor was arrested as he left the hall.', why: '"arrested" is no cue' },
];

describe('quotes/indirect:passive-as', () => {
  it.each(passiveAs)('$text', (row) => {
    expectQuoteRow(row);
    const q = analyzeQuotes(row.text).quotes.find((x) => x.cue?.text === row.cue)!;
    expect(q.rule).toBe('quotes/indirect:passive-as');
    expect(q.speaker).toBeUndefined();
  });

  it.each(notPassiveAs)('$text ($why)', ({ text }) => {
    const rules = analyzeQuotes(text).quotes.map((q) => q.rule);
    expect(rules).not.toContain('quotes/indirect:passive-as');
  });

  it('leaves a passive inside another quote’s content to that quote', () => {
    const text = 'He says the idea that the town is viewed as a backwater "is going to fade."';
    const rules = analyzeQuotes(text).quotes.map((q) => q.rule);
    expect(rules).not.toContain('quotes/indirect:passive-as');
  });
});

/**
 * A verb that takes its object before its preposition ("accused him of"), written bare before that preposition, is a
 * reduced passive: the noun before it is accused, not accusing. Headline and reduced-relative shapes, written for
 * these tests.
 */
const reducedPassives: { text: string; cue: string; notSpeaker: string }[] = [
  { text: 'Senator Jo Hart accused of lying about expenses', cue: 'accused of', notSpeaker: 'Jo Hart' },
  { text: "Ministers accused of 'betrayal' over ferry cuts", cue: 'accused of', notSpeaker: 'Ministers' },
  { text: 'Mayor Ana Reyes criticized for delay in storm response', cue: 'criticized for', notSpeaker: 'Ana Reyes' },
  { text: 'Council blamed for flooding delays', cue: 'blamed for', notSpeaker: 'Council' },
  { text: 'Man charged over protest at embassy', cue: 'charged over', notSpeaker: 'Man' },
  { text: 'Coach Li Wei praised for calm under pressure', cue: 'praised for', notSpeaker: 'Li Wei' },
];

/** The same verbs in the active voice: their subject accuses. */
const activeAccusers: { text: string; cue: string; speaker: string }[] = [
  { text: 'Analysts accused the lender of misleading savers.', cue: 'accused', speaker: 'Analysts' },
  // The object moved away into a relative pronoun: "which … blamed for" is active.
  {
    text: 'The cartel, which Governor Ana Reyes blamed for the killings, denied any role.',
    cue: 'blamed for',
    speaker: 'Governor Ana Reyes',
  },
  { text: 'She praised the crews for their speed.', cue: 'praised', speaker: 'She' },
];

describe('reduced passives of object-first verbs', () => {
  it.each(reducedPassives)('$text', ({ text, cue, notSpeaker }) => {
    const q = analyzeQuotes(text).quotes.find((x) => x.cue?.text === cue);
    expect(q, 'the cue is found').toBeDefined();
    expect(q?.speaker?.span?.text ?? '').not.toContain(notSpeaker);
  });

  it.each(activeAccusers)('$text', ({ text, cue, speaker }) => {
    const q = analyzeQuotes(text).quotes.find((x) => x.cue?.text === cue);
    expect(q?.speaker?.span?.text).toBe(speaker);
  });
});
