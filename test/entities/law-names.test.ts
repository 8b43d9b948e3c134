import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('laws and bills are no entity', () => {
  it.each<[string, string[]]>([
    ['The Senate passed the Clean Water Restoration Act on Monday.', ['Clean Water Restoration Act', 'Clean Water']],
    ['Ministers defended the Online Harms Bill in Parliament.', ['Online Harms Bill', 'Online Harms']],
    ['The Lok Sabha passed the Seed Credit (Amendment) Bill.', ['Seed Credit', 'Amendment', 'Bill']],
    ['Gun groups cited the Second Amendment again.', ['Second Amendment']],
    ['Reporters sued under the Freedom of Information Act (FOIA) in May.', ['Freedom of Information Act', 'FOIA']],
    ['Lawyers used the Access to Records Act twice.', ['Access to Records Act', 'Access']],
  ])('%s', (text, absent) => {
    const doc = entitiesOf(`Law roundup\n\n${text}`);
    for (const name of absent) expect(mention(doc, name), name).toBeUndefined();
  });

  it.each<[string, string, string]>([
    // A given name, before a family name or a particle.
    ['Senator Bill Cassidy spoke about the Clean Water Restoration Act.', 'Bill Cassidy', 'person'],
    ['New York City Mayor Bill de Blasio spoke on Friday.', 'Bill de Blasio', 'person'],
    // Two things joined by "and", the first a person.
    ['Trump criticized Hillary Clinton and Second Amendment groups.', 'Hillary Clinton', 'person'],
    ['The Senate passed the Clean Water Restoration Act on Monday.', 'Senate', 'organization'],
  ])('%s: keeps %s', (text, name, type) => {
    const doc = entitiesOf(`Law roundup\n\n${text}`);
    expect(mention(doc, name)?.type).toBe(type);
  });

  it('a sentence\'s first word is capitalized whatever it is: "When" opens no law\'s name', () => {
    expect(mention(entitiesOf('Law roundup\n\nWhen Bill was governor, we went every year.'), 'Bill')).toBeDefined();
  });

  it('"Patriot Act" makes no "PA" of Pennsylvania', () => {
    const doc = entitiesOf('Law roundup\n\nThe Patriot Act was renewed. Voters in PA were split.');
    expect(mention(doc, 'PA')).toBeDefined();
  });
});
