import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Initials } from '../../src/text/initials.js';

const words = ['Interstate', 'Route', 'Élysée', 'route'];
const initials = new Initials(words);

describe('Initials', () => {
  it.each([
    ['Interstate', true],
    ['Inter', true], // a word with a listed initial goes on to the lookup
    ['Route', true],
    ['route', true],
    ['Élan', true], // outside ASCII: always left to the lookup
    ['', true],
  ])('%s may be a word: %s', (s, expected) => {
    expect(initials.mayBe(s)).toBe(expected);
  });

  it.each([['the'], ['Highway'], ['said'], ['42'], ['"']])('%s is none of the words', (s) => {
    expect(initials.mayBe(s)).toBe(false);
  });

  it('never rules out a word of the list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), fc.nat(), (list, k) => {
        expect(new Initials(list).mayBe(list[k % list.length]!)).toBe(true);
      }),
    );
  });
});
