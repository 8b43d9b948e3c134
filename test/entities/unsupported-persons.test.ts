import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('unsupported one-word persons', () => {
  it.each([
    ['Results on Saturday:\nRivertown 1 (Okonkwo 58th minute) Lakeside 0.', 'Okonkwo'],
    ['Results on Saturday:\nHillford 2 (Vandermeer 23rd, Castellanos 30th) Eastport 0.', 'Castellanos'],
    ['Results on Saturday:\nHillford 2 (Vandermeer 23rd, Castellanos 30th) Eastport 0.', 'Vandermeer'],
    ['Scorers on Sunday:\nHillford - Brzezinski (5th and 89th minutes), Eastport - Laurentiu (73rd)', 'Brzezinski'],
  ])('a name followed by the minute it scored in stays a person: %s (%s)', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('person');
  });

  it.each([
    ['Sales fell on Monday.\nThe index put Brzezinski 3rd. Brzezinski makes tyres.', 'Brzezinski'],
    ['Sales fell on Monday.\nShares of Castellanos rose, and Vandermeer 3rd said the index.', 'Vandermeer'],
  ])('an ordinal that ends a sentence or goes on in prose is a rank, no minute: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.rule).toBe('entities/unsupported-person');
  });
});

describe('lists of persons by nationality', () => {
  it('a one-word entry of a list whose full names carry a country in parentheses is a person', () => {
    const doc = entitiesOf(
      'Golf scores on Sunday:\n65 Ai Tanaka (Japan), Vandermeer (Netherlands), Paul Okafor (Nigeria)',
    );
    expect(mention(doc, 'Vandermeer')?.type).toBe('person');
  });

  it('without a full person name in the list, a one-word entry is re-decided', () => {
    const doc = entitiesOf('Golf scores on Sunday:\n65 Vandermeer (Netherlands), Castellanos (Spain)');
    expect(mention(doc, 'Vandermeer')?.rule).toBe('entities/unsupported-person');
  });
});
