import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceClitics, tokenizeChunk } from '../../src/adapters/wink.js';

/** The global replace spaceClitics stands in for: a space wherever a clitic follows a letter or digit. */
const CLITIC_START = /(?<=[\p{L}\p{N}])(?=(?:n['’]t|['’](?:s|re|ve|ll|d|m))(?![\p{L}\p{N}]))/giu;

describe('spaceClitics', () => {
  it.each([
    ["didn't", "did n't"],
    ['Party’s', 'Party ’s'],
    ["they're here, we've been, I'm, she'd, he'll", "they 're here, we 've been, I 'm, she 'd, he 'll"],
    ["DON'T", "DO N'T"],
    ["rock 'n' roll", "rock 'n' roll"],
    ["'s alone", "'s alone"],
    ["the 1990's", "the 1990 's"],
    ["it's'", "it 's'"],
    ["o'sullivan", "o'sullivan"],
  ])('%s', (text, expected) => {
    expect(spaceClitics(text)).toBe(expected);
    expect(spaceClitics(text)).toBe(text.replace(CLITIC_START, ' '));
  });

  it('returns the input itself when there is nothing to split', () => {
    const text = 'No clitics here.';
    expect(spaceClitics(text)).toBe(text);
  });

  it('equals the global replace on any mix of letters, apostrophes and clitic letters', () => {
    const piece = fc.constantFrom(
      "'",
      '’',
      'n',
      'N',
      't',
      'T',
      's',
      'S',
      're',
      've',
      'll',
      'd',
      'm',
      ' ',
      'a',
      '1',
      'é',
      '𝐀',
      "n't",
      // Outside ASCII: a letter, a long s and a Kelvin sign (which fold to s and k), a dash, a lone surrogate.
      'É',
      'ſ',
      'K',
      '—',
      '\uD835',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(spaceClitics(text)).toBe(text.replace(CLITIC_START, ' '));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenizeChunk lemmas', () => {
  const lemmasOf = (text: string): Map<string, string> => {
    const out = new Map<string, string>();
    tokenizeChunk(text, 0, text.length, (start, end, _pos, lemma) => out.set(text.slice(start, end), lemma));
    return out;
  };
  // The lemmatizer's answers are remembered (wink-model.ts): a word met again, or met after wink learned new
  // words, gets the answer it got the first time.
  const cases: [string, string][] = [
    ['cities', 'city'],
    ['studying', 'study'],
    ['older', 'old'],
    ['wolves', 'wolf'],
    ['watched', 'watch'],
    // Not in wink's lexicon: no suffix is stripped, however often it is met.
    ['zorbles', 'zorbles'],
    ['glimmered', 'glimmer'],
  ];
  const text = 'The cities were studying older maps, and the zorbles glimmered while two wolves watched.';
  it.each([0, 1, 2])('reads the same lemmas on reading %i', () => {
    const lemmas = lemmasOf(text);
    for (const [word, lemma] of cases) expect(lemmas.get(word)).toBe(lemma);
  });
});

describe('tokenizeChunk tags of numbers', () => {
  const tagOf = (text: string, word: string): string | undefined => {
    let tag: string | undefined;
    tokenizeChunk(text, 0, text.length, (start, end, pos) => {
      if (text.slice(start, end) === word) tag = pos;
    });
    return tag;
  };
  // wink remembers a word's type from its first text: "4817" split off "SEP.4817" is a word to it from then on.
  it('tags digits NUM whatever text wink read before', () => {
    tagOf('PAY DATE 24.SEP.4817 and 24.SEP.4818', '4817');
    const later = 'The Formula 4817 driver and 4818 others waited.';
    expect([tagOf(later, '4817'), tagOf(later, '4818')]).toEqual(['NUM', 'NUM']);
  });
});
