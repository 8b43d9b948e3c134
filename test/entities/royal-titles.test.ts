import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.js';
import { entitiesOf, entityOf, mention } from './helpers.js';

describe('a royal title before a name gives a person with that title', () => {
  it.each<[string, string, string, [string, EntityType]?]>([
    ['Queen Rania of Jordan spoke at the forum.', 'Rania', 'Queen', ['Jordan', 'country']],
    ['Queen Mathilde of Belgium opened the exhibition.', 'Mathilde', 'Queen', ['Belgium', 'country']],
    ['Queen Rania and King Abdullah visited the camp.', 'Rania', 'Queen'],
    ['Queen Elizabeth II opened the bridge.', 'Elizabeth II', 'Queen'],
    ['Sheikha Moza opened the school.', 'Moza', 'Sheikha'],
    ['Empress Masako waved to the crowd.', 'Masako', 'Empress'],
  ])('%s → %s (%s)', (text, name, title, place) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m?.start).toBe(text.indexOf(name));
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toContain(title);
    if (place) expect(mention(doc, place[0])?.type).toBe(place[1]);
  });
});

describe('negatives: places and bodies named after royals keep their names', () => {
  it.each<[string, string]>([
    ['The ferry docked at Prince Rupert on Friday.', 'Prince Rupert'],
    ['The tanker ran aground in Prince William Sound.', 'Prince William Sound'],
    ['He flew to Prince Edward Island.', 'Prince Edward Island'],
    ['She was treated at Queen Elizabeth Hospital in Birmingham.', 'Queen Elizabeth Hospital'],
    ['Queen Mary University of London won the grant.', 'Queen Mary University of London'],
  ])('%s → "%s" is no person', (text, name) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m, name).toBeDefined();
    expect(m!.type).not.toBe('person');
  });
});
