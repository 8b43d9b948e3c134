import { describe, expect, it } from 'vitest';
import { entitiesOf, entityNamed, entityOf, mention } from './helpers.js';

const ROW = 'Roads row\n\n';

describe('a constituency before a seat title is a place', () => {
  it.each<[string, string, string]>([
    ['Mombasa MP Wycliffe Otieno said the county needed roads.', 'Wycliffe Otieno', 'Mombasa'],
    ['Hamilton Centre MPP Rosa Lindqvist called the plan cruel.', 'Rosa Lindqvist', 'Hamilton Centre'],
    ['Leeds North MP Harriet Cobb said the plan was fair.', 'Harriet Cobb', 'Leeds North'],
  ])('%s', (text, person, seat) => {
    const doc = entitiesOf(ROW + text);
    expect(mention(doc, person)?.type).toBe('person');
    expect(mention(doc, seat)?.type).toBe('location');
  });

  it.each<[string, string, string]>([
    ['SNP MP Callum Reid said the plan was unfair.', 'Callum Reid', 'SNP'],
    ['Labour MP Dawn Hollis agreed with him.', 'Dawn Hollis', 'Labour'],
    ['ODM MP Brian Wekesa walked out of the debate.', 'Brian Wekesa', 'ODM'],
  ])('a party stays a body: %s', (text, person, party) => {
    const doc = entitiesOf(ROW + text);
    expect(mention(doc, person)?.type).toBe('person');
    expect(mention(doc, party)?.type).not.toBe('location');
  });

  it('a seat title the tagger ran into the given name leaves no body behind', () => {
    const doc = entitiesOf(`${ROW}Kimilili MP Didmus Barasa said the county needed roads.`);
    expect(doc.mentions.filter((m) => m.text.startsWith('MP'))).toEqual([]);
    expect(entityNamed(doc, 'Didmus Barasa')?.type).toBe('person');
  });
});

describe('titles of South Asian offices', () => {
  it('"Chief Minister" is one title before a given name the lists lack', () => {
    const doc = entitiesOf(`${ROW}Punjab Chief Minister Maryam Nawaz said the province would cooperate.`);
    const m = mention(doc, 'Maryam Nawaz');
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toEqual(['Chief Minister']);
  });

  it.each<[string, string, string[] | undefined]>([
    ['PM Imran Baloch said he would wait for the result.', 'Imran Baloch', ['PM']],
    ['The vote is due at 3 PM Eastern, and Imran Baloch will wait.', 'Imran Baloch', undefined],
    ['By 11 PM Tuesday Imran Baloch had conceded.', 'Imran Baloch', undefined],
  ])('%s', (text, name, titles) => {
    const doc = entitiesOf(ROW + text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toEqual(titles);
  });
});
