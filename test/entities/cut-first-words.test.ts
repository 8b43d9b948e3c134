import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const names = (text: string) =>
  analyze(text)
    .mentions.filter((m) => m.form === 'name')
    .map((m) => m.text);

describe('a first word cut off a name where its capital proves nothing', () => {
  it.each([
    [
      'a headline word, when the body writes the whole name mid-sentence',
      'Home Office admits asylum backlog\n\nOn Thursday the Home Office admitted that the backlog had grown.',
      'Home Office',
    ],
    [
      "a sentence's first word",
      'Home Office figures showed a rise. Later, a spokesman for the Home Office said the data were new.',
      'Home Office',
    ],
  ])('%s joins it back', (_name, text, whole) => {
    expect(names(text).filter((n) => n === whole).length).toBe(2);
  });

  it.each([
    ['a title or honorific', 'Mr. Obama spoke first. Later, Mr. Obama and Ms. Rice met the press.', 'Obama'],
    [
      'an adjective mid-sentence, which the tagger saw and left out',
      'A Democratic Senate would act. Aides said a Democratic Senate was likely.',
      'Senate',
    ],
  ])('%s stays off', (_name, text, part) => {
    expect(names(text)).not.toContain(`Mr. ${part}`);
    expect(names(text).filter((n) => n.endsWith(part) && n !== part && !n.startsWith('Democratic'))).toEqual([]);
  });
});

describe("an adjective that opens company names, at a sentence's start", () => {
  const lead = 'Chip stocks rose on Monday.\n';
  it.each([
    ['Advanced Micro Devices said sales rose.', 'Advanced Micro Devices'],
    ['Allied Harbour Shipping said it would hire staff.', 'Allied Harbour Shipping'],
    ['Integrated Cargo Logistics said it had hired 300 drivers.', 'Integrated Cargo Logistics'],
  ])('stays on a name that ends in an organization suffix: %s', (text, name) => {
    expect(names(lead + text)).toContain(name);
  });

  it.each([
    ['Rival Intel said sales fell.', 'Rival Intel'],
    ['Troubled Acme Systems said sales fell.', 'Troubled Acme Systems'],
    ['Global Kenworth said sales fell.', 'Global Kenworth'],
  ])('a descriptive word, or a name with no suffix, stays off: %s', (text, joined) => {
    expect(names(lead + text)).not.toContain(joined);
  });
});

describe('a title word opening a company name', () => {
  it.each([
    ['General Electric Company said it would cut jobs.', 'General Electric Company'],
    ['Shares of General Dynamics rose after the contract.', 'General Dynamics'],
  ])('is no title when the name ends in a company suffix or is a known company: %s', (text, name) => {
    const doc = analyze(`Markets rose.\n${text}`);
    expect(doc.mentions.find((m) => m.text === name)?.type).toBe('organization');
  });

  it('a general before a person is still a title', () => {
    const doc = analyze('Troops moved north.\nGeneral Mark Milley said the army was ready.');
    expect(doc.mentions.find((m) => m.text === 'Mark Milley')?.type).toBe('person');
  });
});

describe('a last word cut off a name at a sentence start', () => {
  it('joins back when the two words are one name mid-sentence elsewhere, with that name’s type', () => {
    const doc = analyze(
      'Camping ban upheld\n\nGrants Pass, a city of 40,000 people, had argued that the rules kept parks safe. ' +
        'The mayor of Grants Pass said the city would move carefully.',
    );
    const first = doc.mentions.find((m) => m.start === doc.text.indexOf('Grants Pass'));
    expect(first?.text).toBe('Grants Pass');
    expect(doc.quotes.find((q) => q.cue?.text === 'had argued')?.speaker?.text).toBe('Grants Pass');
  });

  it('stays cut when no such name is written elsewhere', () => {
    const doc = analyze('Camping ban upheld\n\nGrants Pass judges met on Monday.');
    expect(doc.mentions.some((m) => m.text === 'Grants Pass judges')).toBe(false);
  });
});

describe("a capitalized word mid-sentence before a place's or a body's suffix", () => {
  it.each([
    ['The government plans a Special Economic Zone near the port.', 'Special Economic Zone'],
    ['Fishing fleets stay outside the Special Economic Zone.', 'Special Economic Zone'],
  ])('%s opens the name', (text, whole) => {
    expect(names(text)).toContain(whole);
  });

  it.each([
    // A name with no place's or body's suffix is the tagger's to read.
    ['Aides said a Democratic Senate was likely.', 'Democratic Senate'],
  ])('%s', (text, whole) => {
    expect(names(text)).not.toContain(whole);
  });
});
