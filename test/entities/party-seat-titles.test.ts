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
