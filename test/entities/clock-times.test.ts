import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a clock with its time zone is no name', () => {
  it.each([
    ['The change was rolled back at 11:42AM ET on Tuesday.', '11:42AM ET'],
    ['Service returned at 9PM EST.', '9PM EST'],
    ['Service returned at 9 PM EST.', '9 PM EST'],
  ])('%s', (text, clock) => {
    const doc = entitiesOf(`Outage\n\n${text}`);
    expect(doc.mentions.filter((m) => m.text.includes(clock.split(' ')[0]!))).toEqual([]);
    expect(mention(doc, clock)).toBeUndefined();
  });

  it('a name after a clock is still a name', () => {
    const doc = entitiesOf('Outage\n\nAt 9 a.m. Nadia Volkov told staff the system was down.');
    expect(mention(doc, 'Nadia Volkov')?.type).toBe('person');
  });
});

describe('acronyms of common nouns are no names', () => {
  it('"the API" is no organization', () => {
    const doc = entitiesOf('Outage\n\nShe runs a startup that relies on the API and a VPN.');
    expect(mention(doc, 'API')).toBeUndefined();
  });
});
