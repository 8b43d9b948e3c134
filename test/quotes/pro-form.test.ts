import { describe, expect, it } from 'vitest';
import { createTrace } from '../../src/pipeline/trace.js';
import { analyzeQuotes as runQuotes } from '../../src/quotes/stage.js';
import { quotesOnly } from './helpers.js';

const RULE = 'quotes/indirect:pro-form';

/** What the pro-form rule proposes in `text`, before the scorer keeps or drops it. */
function proposed(text: string): { cue: string; content: string; speaker?: string }[] {
  const doc = quotesOnly.analyze(text, { disable: ['quotes'] });
  const ctx = { options: {}, trace: createTrace(false), isDisabled: () => false };
  const out: { cue: string; content: string; speaker?: string }[] = [];
  const slice = (first: number, last: number) => text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
  runQuotes(doc, ctx, { threshold: 2, probability: () => 0 }, (c) => {
    if (c.rule !== RULE) return;
    out.push({
      cue: slice(c.cue.first, c.cue.last),
      content: c.content.map((f) => text.slice(f.start, f.end)).join(' … '),
      ...(c.source ? { speaker: slice(c.source[0], c.source[1]) } : {}),
    });
  });
  return out;
}

/** A word standing for a whole clause is the content of the verb before it. Sentences written for these tests. */
describe('"said yes", "think so": the word after the cue is its content', () => {
  it.each([
    ['Asked whether she would sign the bill, the governor said yes.', 'said', 'yes', 'the governor'],
    ['Most farmers think so too.', 'think', 'so', 'Most farmers'],
    ['Forty percent of parents said so in 2019, up from a third.', 'said', 'so', 'Forty percent of parents'],
    ['She answered yes, and the meeting ended.', 'answered', 'yes', 'She'],
    ['When asked about a second term, he said no.', 'said', 'no.', 'he'],
    ['The mayor does not believe so, aides said.', 'does not believe', 'so', 'The mayor'],
  ])('%s', (text, cue, content, speaker) => {
    expect(proposed(text)).toContainEqual({ cue, content, speaker });
  });
});

describe('"so", "yes" and "no" that are no whole content', () => {
  it.each([
    ['"no" opening a noun phrase', 'He said no one would be hurt.'],
    ['"no-one", hyphenated', 'Police said no-one was seriously hurt.'],
    ['"so far"', 'She said so far the plan had worked.'],
    ['"yes" before a noun', 'They said yes men run the company.'],
    ['"no to" what was refused', 'The council said no to the new stadium.'],
    ['"so" before an adverb', 'The report said so little about costs.'],
    ['"no." inside a sentence (the number abbreviation)', 'He said no. 5 would start on Sunday.'],
    ['inside a quotation', '“I think so,” the coach said.'],
    ['a verb that is no speech or thought', 'The river rose so quickly. He ran so.'],
  ])('%s', (_name, text) => {
    expect(proposed(text)).toEqual([]);
  });
});
