import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Radio stations the outlet lexicons do not know, named by their form. Sentences written for these tests. */
describe('radio stations as the outlet spoken to', () => {
  it.each([
    ['The premier told 3AW on Friday that the curfew would stay.', '3AW', 'that the curfew would stay'],
    ['The opposition leader told 2GB the rules were cruel.', '2GB', 'the rules were cruel'],
    [
      'The health minister told Today FM that schools would reopen in March.',
      'Today FM',
      'that schools would reopen in March',
    ],
    ['The mayor told Harbour City FM that the road would close.', 'Harbour City FM', 'that the road would close'],
    ['The premier told 774 ABC Melbourne he had no regrets.', 'ABC Melbourne', 'he had no regrets'],
  ])('%s', (text, outlet, content) => {
    const q = analyze(`Lockdown\n\n${text}`, { outlet: 'The Ledger' }).quotes.find((x) => x.cue?.text === 'told');
    expect(q?.reportedBy?.text).toBe(outlet);
    expect(q?.content.map((c) => c.text)).toEqual([content]);
  });

  it.each([
    // A company whose name is a digit and a capital, a figure with a unit, and a body of three capitals.
    'The chairman told 3M shareholders that the plant would close.',
    'The engineer told 40 GB of data had gone missing.',
    'The minister told WHO officials that the outbreak was under control.',
  ])('no station: %s', (text) => {
    const q = analyze(`Plant\n\n${text}`, { outlet: 'The Ledger' }).quotes[0];
    expect(q?.reportedBy?.text ?? 'The Ledger').toBe('The Ledger');
  });
});

describe('a known outlet the tagger missed or cut badly', () => {
  it.each([
    ["'My kids cannot play outside,' Kerry Dawson told The Sun.", 'The Sun'],
    ["'My kids cannot play outside,' Kerry Dawson told the Sun.", 'the Sun'],
    ["Ann Whitby told MailOnline: 'I have had dozens of complaints.'", 'MailOnline'],
  ])('%s', (text, outlet) => {
    const q = analyze(`Bins\n\n${text}`, { outlet: 'The Ledger' }).quotes.find((x) => x.cue?.text === 'told');
    expect(q?.reportedBy?.text).toBe(outlet);
  });

  it('a known name that goes on in capitals is part of another ("told Punch Brothers fans")', () => {
    const text = 'Bins\n\nThe mayor told Punch Brothers fans that the bins would be emptied.';
    expect(analyze(text, { outlet: 'The Ledger' }).quotes[0]?.reportedBy?.text).toBe('The Ledger');
  });
});

describe('a programme named by a date word ("the Today show")', () => {
  it.each([
    ['The treasurer told the Today show that rates would rise.', 'that rates would rise'],
    ['The treasurer told the Sunday programme that rates would rise.', 'that rates would rise'],
    // A date before the clause is still a date.
    ['The treasurer told reporters Monday the show would go on.', 'the show would go on'],
  ])('%s', (text, content) => {
    const q = analyze(`Rates\n\n${text}`).quotes.find((x) => x.cue?.text === 'told');
    expect(q?.content.map((c) => c.text)).toEqual([content]);
  });

  it('"show" after a programme’s name is no cue ("host of the Today show")', () => {
    const doc = analyze(
      'Rates\n\nThe treasurer told Jane Doe, host of the Today show, on Thursday that rates would rise.',
    );
    expect(doc.quotes.filter((q) => q.cue?.text === 'show')).toEqual([]);
    expect(doc.quotes.find((q) => q.cue?.text === 'told')?.content.map((c) => c.text)).toEqual([
      'that rates would rise',
    ]);
  });
});

describe('"show" after a name that is no day', () => {
  it('stays a cue ("the Republicans show how …")', () => {
    const doc = analyze('Debates\n\nWith each debate, the Republicans show how divided they are.');
    expect(doc.quotes.find((q) => q.cue?.text === 'show')?.content.map((c) => c.text)).toEqual([
      'how divided they are',
    ]);
  });
});
