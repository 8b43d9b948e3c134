import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesTitleKey, titleKey } from '../../src/article/title.js';

// Characters where the streaming comparison must agree with titleKey: ASCII letters, spaces and a backquote, and
// others that make it fall back (curly quotes, a non-breaking space, a final sigma, a dotted capital I).
const CHARS = ['a', 'B', 'z', 'Q', ' ', '\t', '\n', '`', "'", '’', '“', '"', '\u00a0', 'Σ', 'σ', 'İ', '.', '1'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

describe('matchesTitleKey', () => {
  it.each([
    ['City Council Approves Bike Lanes', '  city council  approves bike lanes\n', true],
    ['Don`t Stop', "don't stop", true],
    ['Trump’s Wall', "trump's wall", true],
    ['Trump’s Wall', 'trump“s wall', false],
    ['A Title', 'A Title Longer', false],
    ['A Title Longer', 'A Title', false],
  ])('%j repeats %j: %s', (title, body, same) => {
    expect(matchesTitleKey(body, titleKey(title))).toBe(same);
  });

  it('agrees with comparing titleKey on any pair of strings', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(matchesTitleKey(b, titleKey(a))).toBe(titleKey(b) === titleKey(a));
        expect(matchesTitleKey(a, titleKey(a))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
