import { describe, expect, it } from 'vitest';
import { analyzeQuotes, expectQuoteRow, type QuoteRow } from './helpers.js';

/**
 * A noun that names a proposition, with its owner, governs a "that" clause as a verb cue would: "the mayor's claim
 * that …". Sentences written for these tests.
 */
describe('an owned noun before a "that" clause is a cue', () => {
  const rows: QuoteRow[] = [
    {
      text: "Critics mocked the mayor's claim that the bridge would open in May.",
      cue: 'claim',
      content: 'that the bridge would open in May',
      speaker: 'the mayor',
    },
    {
      text: 'She repeated her assertion that the audit was rigged.',
      cue: 'assertion',
      content: 'that the audit was rigged',
      speaker: 'her',
    },
    {
      text: 'Voters shrugged off the governor’s latest suggestion that taxes could fall.',
      cue: 'suggestion',
      content: 'that taxes could fall',
      speaker: 'the governor',
    },
    {
      text: 'Their argument is that the law protects nobody.',
      cue: 'argument',
      content: 'that the law protects nobody',
      speaker: 'Their',
    },
    {
      text: 'The board rejected accusations from Acme Corp that its auditors had lied.',
      cue: 'accusations',
      content: 'that its auditors had lied',
      speaker: 'Acme Corp',
    },
  ];
  it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, row) => {
    expectQuoteRow({ ...row, kind: 'indirect' });
  });
});

describe('nouns before "that" that are no such cue', () => {
  it.each([
    ['no owner', 'The claim that the bridge would open in May was false.'],
    ['a noun that names no proposition', "The mayor's fact sheet said little. His plan that works is cheap."],
    ['a relative clause on the noun', 'His claim that was filed in May is pending.'],
    ['"that" as a determiner', 'He dropped his claim that year.'],
    ['inside a quotation', 'She said: “Your claim that I lied is absurd.”'],
  ])('%s', (_name, text) => {
    const rules = analyzeQuotes(text).quotes.map((q) => q.rule);
    expect(rules).not.toContain('quotes/indirect:noun-that');
  });
});
