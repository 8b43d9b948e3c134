import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.js';
import { entitiesOf, mention } from './helpers.js';

describe('a name that opens with a known company and goes on is no person', () => {
  it.each<[string, string]>([
    ['The phone supports Dolby Atmos and Dolby Vision.', 'Dolby Atmos'],
    ['Dolby Atmos is now supported on the new phones.', 'Dolby Atmos'],
    ['The earbuds support Spotify Connect out of the box.', 'Spotify Connect'],
  ])('%s → "%s" is an organization', (text, surface) => {
    const m = mention(entitiesOf(text), surface);
    expect(m?.type).toBe('organization');
    expect(m?.rule).toBe('entities/company-led-name');
  });
});

describe('negatives: a company name that is also a given name or an everyday word opens a person', () => {
  it.each<[string, string, EntityType]>([
    ['Kia Stevens said she would fight again in May.', 'Kia Stevens', 'person'],
    ['Delta Burke starred in the show for five seasons.', 'Delta Burke', 'person'],
  ])('%s → "%s" (%s)', (text, surface, type) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe(type);
  });
});
