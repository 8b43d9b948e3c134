import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a name the text calls a body of people is an organization', () => {
  it.each<[string, string, string]>([
    [
      'Kisan Ekta Manch, an umbrella body of farm unions, said it would march on Friday.',
      'Kisan Ekta Manch',
      'organization',
    ],
    ['Ghar Sahyog Samiti, a coalition of tenant groups, filed the petition.', 'Ghar Sahyog Samiti', 'organization'],
    // A list of people goes on with names, no article.
    ["He broke with Pol Pot, Ta Mok, Son Sen's group, on Monday.", 'Ta Mok', 'person'],
    // A person's appositive names a role, not a body.
    ['Jane Okafor, a member of the coalition, said it would march.', 'Jane Okafor', 'person'],
  ])('%s', (text, name, type) => {
    expect(mention(entitiesOf(`Farm protest\n\n${text}`), name)?.type).toBe(type);
  });
});

describe('an untagged name an appositive calls a body', () => {
  it.each<[string, string]>([
    ["Numsa, the country's largest metalworkers' union, said the plan would cost jobs.", 'Numsa'],
    ['Afrivote, a coalition of civic groups, said turnout was low.', 'Afrivote'],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(`Union row\n\n${text}`), name)?.type).toBe('organization');
  });

  it.each([
    'In late September, a group of parents sent a letter to the board.',
    'On Tuesday, the union said the plan would cost jobs.',
  ])('not: %s', (text) => {
    expect(entitiesOf(`Union row\n\n${text}`).mentions.some((m) => m.rule === 'entities/described-body')).toBe(false);
  });
});
