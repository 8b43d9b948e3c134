import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a team nickname after "the" is an organization', () => {
  it.each<[string, string]>([
    ['The Patriots beat the Jets on Sunday.', 'Jets'],
    ['Fans booed when the Dodgers lost again.', 'Dodgers'],
  ])('%s → "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('organization');
  });
});

describe('negatives: plurals that are no team', () => {
  it.each<[string, string]>([
    ['The nations of Europe met in Rome.', 'nations'],
    ['The cardinals met in Rome on Monday.', 'cardinals'],
    // A word no known team ends with.
    ['She thanked the Volunteers for their help.', 'Volunteers'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
});
