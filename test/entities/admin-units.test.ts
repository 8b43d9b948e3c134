import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a name ending in a local government unit is a place', () => {
  it.each<[string, string]>([
    // The unit word alone after a word that is also a title.
    ['King County officials said the bridge would stay closed.', 'King County'],
    ['Wake County and Lee County were flooded.', 'Wake County'],
    ['Wake County and Lee County were flooded.', 'Lee County'],
    ['He moved to Orleans Parish last year.', 'Orleans Parish'],
  ])('%s → "%s" a location', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('location');
  });
});

describe('negatives: bodies named for an area, and the common noun', () => {
  it('"King Charles visited the county" → Charles stays a person', () => {
    expect(mention(entitiesOf('King Charles visited the county on Monday.'), 'Charles')?.type).toBe('person');
  });
  it('"The Notts County manager" → the club stays an organization', () => {
    expect(mention(entitiesOf('The Notts County manager was sacked on Monday.'), 'Notts County')?.type).toBe(
      'organization',
    );
  });
  it.each<[string, string]>([['The county said the bridge would stay closed.', 'county']])(
    '%s → no mention "%s"',
    (text, surface) => {
      expect(mention(entitiesOf(text), surface)).toBeUndefined();
    },
  );
});
