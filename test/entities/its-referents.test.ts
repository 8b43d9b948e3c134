import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a name whose verb takes an object opening with "its" is an organization', () => {
  it.each<[string, string]>([
    ['Costa exporting its know-how was good news, Costa said.', 'Costa'],
    // A first name leads: "its" must come back to the name twice.
    ['Edward Jones cut its fees in March. Later Edward Jones raised its prices.', 'Edward Jones'],
  ])('%s → "%s" an organization', (text, surface) => {
    const doc = entitiesOf(text);
    expect(mention(doc, surface)?.type).toBe('organization');
    expect(mention(doc, surface, 1)?.type).toBe('organization');
  });
});

describe('negatives: people stay people', () => {
  it.each<[string, string]>([
    ['Jones said his firm had cut its fees.', 'Jones'],
    // An honorific says person.
    ['Mr. Costa exporting its know-how was good news, Costa said.', 'Costa'],
    // A first name and one "its", which may well be something else's ("began its tour": a band's).
    ['Anna Costa began its tour in May, Costa said.', 'Anna Costa'],
    ['Marta Costa exporting its know-how was good news, Costa said.', 'Marta Costa'],
  ])('%s → "%s" a person', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('person');
  });
});

describe('an Italian legal form ends an organization name', () => {
  it('"Castellani SpA chairman …" → an organization', () => {
    expect(mention(entitiesOf('Castellani SpA chairman Marco Rossi spoke on Monday.'), 'Castellani SpA')?.type).toBe(
      'organization',
    );
  });
});
