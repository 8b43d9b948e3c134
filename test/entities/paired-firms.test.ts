import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('two words joined by "and" with a verb agreeing with one subject name one firm', () => {
  it.each<[string, string]>([
    ['Marks and Spencer said it would close 30 stores.', 'Marks and Spencer'],
    ['Shares rose after Marks and Spencer said it would close 30 stores.', 'Marks and Spencer'],
    ['Johnson and Johnson has recalled the pills.', 'Johnson and Johnson'],
    ['Barnes and Noble says its sales fell.', 'Barnes and Noble'],
  ])('%s → %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });
});

describe('negatives: two people, two places, two known firms, or the pair as an object', () => {
  it.each<[string, string]>([
    ['Smith and Jones said they would appeal.', 'Smith and Jones'],
    ['Obama and Biden said it was time.', 'Obama and Biden'],
    ['Kessler and Lindqvist said it would be close.', 'Kessler and Lindqvist'],
    ['The deal between Boeing and Aeroflot was revived.', 'Boeing and Aeroflot'],
    ['He railed against the rule of Kessler and Lindqvist has ended.', 'Kessler and Lindqvist'],
  ])('%s → no "%s"', (text, name) => {
    expect(mention(entitiesOf(text), name)).toBeUndefined();
  });

  it('a country named with "and" is the country, not a firm', () => {
    expect(mention(entitiesOf('Trinidad and Tobago is a small country.'), 'Trinidad and Tobago')?.type).toBe('country');
  });
});
