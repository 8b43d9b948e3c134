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

describe('a listed company the tagger cut short or typed a person is the whole company', () => {
  it.each<[string, string]>([
    ['Kinder Morgan said on Monday it would expand the pipeline.', 'Kinder Morgan'],
    ['Northrop Grumman said it would bid for the contract.', 'Northrop Grumman'],
    ['Novo Nordisk shares fell on Tuesday.', 'Novo Nordisk'],
    ['Charles Schwab cut its fees.', 'Charles Schwab'],
    ['Meta Platforms said scams on its marketplace had fallen.', 'Meta Platforms'],
  ])('%s → "%s" (organization)', (text, surface) => {
    const m = mention(entitiesOf(text), surface);
    expect(m?.start).toBe(text.indexOf(surface));
    expect(m?.type).toBe('organization');
  });
});

describe('negatives: the founder with a title or a "he" stays a person', () => {
  it.each<[string, string]>([
    ['Analyst Charles Schwab said he was wrong.', 'Charles Schwab'],
    ['Charles Schwab said he would retire next year.', 'Charles Schwab'],
  ])('%s → "%s" (person)', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('person');
  });
});
