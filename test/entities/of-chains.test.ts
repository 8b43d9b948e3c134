import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('"X for Y" organization names', () => {
  it.each([
    ['In a statement, Media Matters for America called the threat frivolous.', 'Media Matters for America'],
    [
      'The Latino Partnership for Conservative Principles said the plan would fail.',
      'Latino Partnership for Conservative Principles',
    ],
  ])('an organization, "for" and a name before a verb or a comma are one name: %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(doc.entities.some((e) => e.type === 'country')).toBe(false);
  });

  it.each(['Lampard played Chelsea for England in 2004.', 'The deal left Acme Robotics for Germany without a buyer.'])(
    'a name after "for" that ends no subject stays apart: %s',
    (text) => {
      expect(entitiesOf(text).mentions.some((m) => m.rule === 'entities/join:for-name')).toBe(false);
    },
  );
});
