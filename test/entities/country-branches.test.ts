import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a name right before a country code is a body', () => {
  it.each<[string, string]>([
    ['Bowel Research UK said screening rates had fallen.', 'Bowel Research UK'],
    ['A spokesman for Amazon UK declined to comment.', 'Amazon UK'],
    ['The campaign group Progress Forward USA spent $4 million.', 'Progress Forward USA'],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(`Charity row\n\n${text}`), name)?.type).toBe('organization');
  });

  it.each<[string, string]>([
    ['Officials in the UK disagreed on Monday.', 'UK'],
    ['Schools UK wide were closed.', 'UK'],
    // A title the code opens, a party label and a title's first word before it.
    ['Assistant U.S. Attorney Maya Okafor argued the case.', 'U.S.'],
    ['She met Prime Minister Starmer on Tuesday in London, UK officials said.', 'UK'],
    // An adverb of plain English names a kind of place, no body.
    ['The documentary Anywhere U.S.A. was shot in small towns.', 'U.S.A.'],
  ])('not: %s', (text, code) => {
    expect(mention(entitiesOf(`Charity row\n\n${text}`), code)?.type).toBe('country');
  });

  it('a party label is no part of the name', () => {
    const doc = entitiesOf('Charity row\n\nThree Democrat U.S. Senate candidates spoke.');
    expect(doc.mentions.some((m) => m.text.startsWith('Democrat U.S.'))).toBe(false);
  });
});
