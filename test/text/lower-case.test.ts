import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../src/text/lower-case.js';

describe('lowerCase', () => {
  it.each([
    ['said', 'said'],
    ['Said', 'said'],
    ['U.S.', 'u.s.'],
    ['don’t', 'don’t'],
    ['ÉMILE', 'émile'],
    ['ΣΑΣ', 'σας'],
    ['', ''],
  ])('%j → %j', (s, lower) => {
    expect(lowerCase(s)).toBe(lower);
  });

  it('returns the same string when nothing changes', () => {
    const s = 'already lower-case, 42';
    expect(lowerCase(s)).toBe(s);
  });

  it('equals toLowerCase on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
        expect(lowerCase(a)).toBe(a.toLowerCase());
        expect(lowerCase(b)).toBe(b.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});
