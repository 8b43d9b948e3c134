import { describe, expect, it } from 'vitest';
import { entitiesOf, entityOf, mention } from './helpers.js';

describe('a party label and a seat before a name are its title', () => {
  it.each([['Conservative MP Michelle Rempel said the plan failed.', 'Michelle Rempel', 'Conservative MP']])(
    '%s',
    (text, name, title) => {
      const doc = entitiesOf(text);
      const m = mention(doc, name);
      expect(m?.type).toBe('person');
      expect(entityOf(doc, m!).titles).toEqual([title]);
    },
  );

  it('the family name of a person inside such a span supports its short form', () => {
    const doc = entitiesOf('Conservative MP Michelle Rempel Garner spoke. Later, Rempel Garner left.');
    expect(mention(doc, 'Rempel Garner')?.type).toBe('person');
  });
});

describe('a seat between a body and a name splits the span', () => {
  it.each<[string, string, string]>([
    ['TMC MP Mahua Moitra said the plan was wrong.', 'Mahua Moitra', 'TMC'],
    ['SNP MSP Kate Forbes objected on Tuesday.', 'Kate Forbes', 'SNP'],
  ])('%s', (text, name, body) => {
    const doc = entitiesOf(`Budget row\n\n${text}`);
    expect(mention(doc, name)?.type).toBe('person');
    expect(mention(doc, body)?.type).toBe('organization');
  });

  it('a seat after a name stays a post-nominal', () => {
    const doc = entitiesOf('Budget row\n\nThe plan was attacked by Jess Phillips MP on Tuesday.');
    expect(mention(doc, 'Jess Phillips')?.type).toBe('person');
  });

  it('"Leader of the Opposition" is one title', () => {
    const doc = entitiesOf('Budget row\n\nLeader of the Opposition Rahul Gandhi said it was late.');
    const m = mention(doc, 'Rahul Gandhi');
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toEqual(['Leader of the Opposition']);
  });
});
