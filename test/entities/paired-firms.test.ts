import { describe, expect, it } from 'vitest';
import { entitiesOf, entityOf, mention } from './helpers.js';

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

describe('a body two places share: "Devon and Cornwall Police"', () => {
  it.each<[string, string]>([
    ['Devon and Cornwall Police said the road was closed.', 'Devon and Cornwall Police'],
    ['Officers from Avon and Somerset Constabulary arrested two men.', 'Avon and Somerset Constabulary'],
  ])('%s → %s', (text, name) => {
    const doc = entitiesOf(`Crash\n\n${text}`);
    expect(mention(doc, name)?.type).toBe('organization');
  });

  it.each<[string, string]>([
    ['Mr Carey and Kent Police disagreed about the timing.', 'Kent Police'],
    ['Officers spoke to Ellen Carey. Carey and Kent Police disagreed about the timing.', 'Kent Police'],
  ])('a person before "and" stays apart: %s', (text, name) => {
    const doc = entitiesOf(`Crash\n\n${text}`);
    expect(mention(doc, name)?.type).toBe('organization');
  });
});

describe('British police ranks written without full stops are titles', () => {
  it.each<[string, string, string]>([
    ['Det Insp Karen Doyle said the inquiry was ongoing.', 'Karen Doyle', 'Det Insp'],
    ['The search was led by DCI Sarah Lane.', 'Sarah Lane', 'DCI'],
    ['Ch Supt Amir Khan said: "We are grateful."', 'Amir Khan', 'Ch Supt'],
    ['PCSO Jane Wood found the car near the station.', 'Jane Wood', 'PCSO'],
    ['Sgt Paul Reed said the car was stolen.', 'Paul Reed', 'Sgt'],
  ])('%s', (text, name, title) => {
    const doc = entitiesOf(`Police appeal\n\n${text}`);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toEqual([title]);
  });
});
