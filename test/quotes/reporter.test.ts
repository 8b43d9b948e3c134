import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** Which outlet reports a quote held by an "according to" source. Sentences written for these tests. */
describe('figures and records are no outlet', () => {
  it.each([
    'According to Halden Market data, the minister said exports would fall by half.',
    'According to data from Halden Research, the minister said exports would fall by half.',
    'According to a filing with the Securities and Exchange Commission, the chairman said exports would fall.',
    'According to court records, the minister told aides that exports would fall by half.',
  ])('the quote inside keeps the article’s outlet: %s', (text) => {
    const doc = analyze(`Exports\n\n${text}`, { outlet: 'The Ledger' });
    const inner = doc.quotes.find((q) => q.cue?.text === 'said' || q.cue?.text === 'told');
    expect(inner?.reportedBy?.text).toBe('The Ledger');
  });

  it.each([
    ['According to Reuters, the minister said exports would fall by half.', 'Reuters'],
    // An outlet that saw the documents reported what they hold.
    ['According to documents obtained by The Guardian, the minister said exports would fall.', 'The Guardian'],
  ])('an outlet, or one that saw the records, reports it: %s', (text, outlet) => {
    const doc = analyze(`Exports\n\n${text}`, { outlet: 'The Ledger' });
    expect(doc.quotes.find((q) => q.cue?.text === 'said')?.reportedBy?.text).toBe(outlet);
  });
});

describe('"was quoted by X as saying": X reported it', () => {
  it.each([
    ['Foreign Minister Lena Varga was quoted by Reuters as saying that talks would resume.', 'Reuters'],
    ['Foreign Minister Lena Varga was quoted by the state news agency Tanjug as saying talks would resume.', 'Tanjug'],
    ['Foreign Minister Lena Varga was quoted Friday by local media as saying talks would resume.', 'local media'],
    ['Foreign Minister Lena Varga was cited by state television as saying talks would resume.', 'state television'],
  ])('%s', (text, outlet) => {
    const doc = analyze(`Talks\n\n${text}`, { outlet: 'The Ledger' });
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0]!;
    expect(q.content[0]?.text).toMatch(/^(?:that )?talks would resume$/);
    expect(q.speaker?.text).toBe('Lena Varga');
    expect(q.reportedBy?.text).toBe(outlet);
  });

  it('a plain passive with an agent is still a quote of the agent’s', () => {
    const doc = analyze('Talks\n\nThe plan was criticized by opposition leaders.');
    expect(doc.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([
      ['opposition leaders', 'was criticized by'],
    ]);
  });
});

describe('a statement given to an outlet was reported by it', () => {
  it.each([
    'Felix said in an emailed statement to The Verge that the fault was fixed.',
    'Felix said in a written statement to Reuters that the fault was fixed.',
  ])('%s', (text) => {
    const doc = analyze(`Outage\n\n${text}`, { outlet: 'The Ledger' });
    expect(doc.quotes[0]?.reportedBy?.text).not.toBe('The Ledger');
    expect(['The Verge', 'Reuters']).toContain(doc.quotes[0]?.reportedBy?.text);
  });
});
