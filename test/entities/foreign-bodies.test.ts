import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('names of bodies in other languages', () => {
  const lead = 'Talks resumed on Monday.\n';
  it.each([
    ['Voters backed the Alternative für Deutschland in the east.', 'Alternative für Deutschland'],
    ['Output at Petróleos Mexicanos fell again.', 'Petróleos Mexicanos'],
    ['The Banco de la Nación Argentina cut its rates.', 'Banco de la Nación Argentina'],
    ['Members of the Partido dos Trabalhadores marched.', 'Partido dos Trabalhadores'],
  ])('a head word and the words it links are one organization: %s', (text, name) => {
    expect(mention(entitiesOf(lead + text), name)?.type).toBe('organization');
  });

  it.each([
    ['Ministra Marina Silva said the rules were strict.', 'Marina Silva', 'person'],
    ['The tribunal heard the case in Paris.', 'Paris', 'location'],
  ])('a person with a given name, or a lower-case head, stays as it is: %s', (text, name, type) => {
    const doc = entitiesOf(lead + text);
    expect(mention(doc, name)?.type).toBe(type);
    expect(doc.mentions.some((m) => m.rule === 'entities/foreign-body')).toBe(false);
  });
});
