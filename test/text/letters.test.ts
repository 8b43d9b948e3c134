import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasLetter,
  hasUpperLetter,
  isCapitalizedWord,
  startsCapitalized,
  startsLetter,
  startsLower,
  startsUpper,
} from '../../src/text/letters.js';

/** Each helper and the regex it stands for; the helpers answer ASCII by character codes. */
const pairs: [string, (s: string) => boolean, RegExp][] = [
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['startsLetter', startsLetter, /^\p{L}/u],
  ['hasLetter', hasLetter, /\p{L}/u],
  ['hasUpperLetter', hasUpperLetter, /\p{Lu}/u],
  ['startsCapitalized', startsCapitalized, /^\p{Lu}\p{Ll}/u],
  ['isCapitalizedWord', isCapitalizedWord, /^\p{Lu}\p{Ll}+$/u],
];

const samples = [
  '',
  'A',
  'a',
  'Ab',
  'AB',
  'Ab1',
  'Éric',
  'Zürich',
  'ÖL',
  'Oslo’s',
  '1A',
  ' x',
  'Σοφία',
  '𝐀b',
  'İstanbul',
  'ß',
  'Ren',
  'RenŻ',
];

describe('letter tests answer as their regexes do', () => {
  it.each(pairs)('%s on hand-picked words', (_name, f, re) => {
    for (const s of samples) expect(f(s), s).toBe(re.test(s));
  });

  it.each(pairs)('%s on any string', (_name, f, re) => {
    const chars = fc.constantFrom('A', 'z', 'É', 'é', 'ß', 'Σ', 'ς', '1', ' ', '-', '’', '𝐀', '\uD800', 'İ');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        return f(s) === re.test(s);
      }),
      { numRuns: 2000 },
    );
  });
});
