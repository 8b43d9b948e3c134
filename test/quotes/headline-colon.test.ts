import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/** A title "Speaker: claim" whose speaker is more than a bare name. Titles written for these tests. */
const BODY =
  '\n\nThe statement came on Monday. Mayor Ana Ruiz and Councillor Tom Bell spoke to reporters at City Hall.';

describe('title-case words closing on a name, or a speaker before a topic, speak in a title', () => {
  it.each([
    ['Mayor Ana Ruiz: City Will Not Sell the Harbour', 'Mayor Ana Ruiz', 'City Will Not Sell the Harbour'],
    ['Ruiz on Harbour Sale Rumours: ‘We Are Not Selling.’', 'Ruiz', '‘We Are Not Selling.’'],
    ['Ruiz to City Council: The harbour stays public', 'Ruiz', 'The harbour stays public'],
    ['Councillor Tom Bell at Town Meeting: Taxes will not rise', 'Councillor Tom Bell', 'Taxes will not rise'],
  ])('%s', (title, speaker, content) => {
    const q = analyze(`${title}${BODY}`).quotes.find((x) => x.rule === 'quotes/indirect:headline-colon');
    expect(q?.speaker?.span?.text).toBe(speaker);
    expect(q?.content.map((c) => c.text)).toEqual([content]);
  });

  it.each([
    // What comes last in a label with a link word is a topic, not a speaker.
    'Harbour Plans On Ruiz: The city is divided',
    // A label that is a topic: a win for someone, two people, a verb naming its speaker first.
    'Big Win for Ruiz: Harbour Plan Clears Council',
    'Ruiz and Bell: A tortured partnership',
    'Tom Bell Endorses Ana Ruiz: Taxes will not rise',
    // A long label with no link word, a question and an explainer are no claims.
    'The Long Road Back From the Harbour Fire of Ruiz: The city rebuilds',
    'Ruiz on the Harbour: Will the city sell it?',
    'Ruiz on the Harbour: What we know so far',
  ])('no headline claim: %s', (title) => {
    expect(analyze(`${title}${BODY}`).quotes.filter((x) => x.rule === 'quotes/indirect:headline-colon')).toEqual([]);
  });
});

describe('a speaker, a verb of telling and its hearer before a title colon', () => {
  it.each([
    ['Ruiz Tells Council: The Harbour Stays Public', 'Ruiz', 'Tells', 'The Harbour Stays Public'],
    ['Mayor Ana Ruiz Warns Investors: Harbour Sale Is Off', 'Mayor Ana Ruiz', 'Warns', 'Harbour Sale Is Off'],
  ])('%s', (title, speaker, cue, content) => {
    const q = analyze(`${title}${BODY}`).quotes.find((x) => x.rule === 'quotes/indirect:headline-colon');
    expect(q?.speaker?.span?.text).toBe(speaker);
    expect(q?.cue?.text).toBe(cue);
    expect(q?.content.map((c) => c.text)).toEqual([content]);
  });

  // Negative rows: a verb that tells no one, or a hearer with a verb of its own, is no telling label.
  it.each(['Ruiz Endorses Bell: Taxes will not rise', 'Ruiz Tells Residents Who Lost Homes: The city will rebuild'])(
    'no telling frame: %s',
    (title) => {
      const q = analyze(`${title}${BODY}`).quotes.find((x) => x.rule === 'quotes/indirect:headline-colon');
      expect(['Tells', 'Endorses']).not.toContain(q?.cue?.text);
    },
  );
});
