import { describe, expect, it } from 'vitest';
import { analyzeQuotes, summary } from './helpers.js';

/** The quotes of a text, as strings, in text order. */
function quotesOf(text: string) {
  return analyzeQuotes(text).quotes.map(summary);
}

describe('"Asked …, X said …": the answer has the clause’s speaker, the question is no part of it', () => {
  it.each<[string, string, string, string]>([
    [
      'Asked about the merger, Lopez said the deal would close in June.',
      'said',
      'Lopez',
      'the deal would close in June',
    ],
    ['Asked whether the port would reopen, she replied that it would.', 'replied', 'she', 'that it would'],
    ['When asked about the talks, Hale said they were going well.', 'said', 'Hale', 'they were going well'],
    ['Asked about the strike, the minister declined to comment.', 'declined', 'the minister', 'to comment'],
    [
      'Asked if he would run again, Senator John Hale said: "I have not decided."',
      'said:',
      'Senator John Hale',
      '"I have not decided."',
    ],
    [
      'Pressed on the deal, the minister said it would be signed soon.',
      'said',
      'the minister',
      'it would be signed soon',
    ],
  ])('%s', (text, cue, speaker, content) => {
    const quotes = quotesOf(text);
    const answer = quotes.find((q) => q.cue === cue);
    expect(answer).toEqual({ kind: expect.any(String), cue, speaker, content });
    // The question, when it makes a quote of its own, has an asker the sentence does not name (PolNeAR leaves it empty).
    for (const q of quotes) if (q.cue !== undefined && q.cue !== cue) expect(q.speaker).toBeUndefined();
  });

  it.each<[string, string]>([
    // A poll: the share that answered is the speaker, and the question is not what it said.
    [
      'Asked if the plan was legal, 46 percent of voters said yes, compared with 23 percent who said it was not.',
      'Asked if the plan was legal',
    ],
    ['When asked about the vote, the council said nothing more.', 'When asked about the vote'],
  ])('%s: no quote has the question as its content', (text, question) => {
    for (const q of quotesOf(text)) expect(q.content.startsWith(question)).toBe(false);
  });
});

describe('negatives: an opening participle that is no question stays in the content', () => {
  it.each<[string, string]>([
    [
      'Delayed by months, the bridge will cost twice as much, officials said.',
      'Delayed by months, the bridge will cost twice as much',
    ],
    // A participle of questioning in a clause that goes on to its own subject and verb: all of it is what was said.
    [
      'Questioned for hours, the suspect was released on Monday, police said.',
      'Questioned for hours, the suspect was released on Monday',
    ],
    [
      'Pressed by rising costs, the firm will raise prices, analysts said.',
      'Pressed by rising costs, the firm will raise prices',
    ],
  ])('%s', (text, content) => {
    expect(quotesOf(text).find((q) => q.cue === 'said')?.content).toBe(content);
  });
});
