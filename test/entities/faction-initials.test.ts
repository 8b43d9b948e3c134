import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('party initials with a faction letter are one name', () => {
  it.each<[string, string]>([
    ['Lawmakers from the PML-N walked out of the session.', 'PML-N'],
    ['JUI-F chief Fazlur Rehman said his party would join.', 'JUI-F'],
    ["The MQM-P's leaders met on Sunday.", 'MQM-P'],
  ])('%s', (text, name) => {
    const doc = entitiesOf(`Session ends\n\n${text}`);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(mention(doc, name.slice(-1))).toBeUndefined();
  });

  it.each<[string, string]>([
    ['The show is rated TV-G in the United States.', 'TV-G'],
    ['Its COVID-19 ward was closed.', 'COVID-19'],
    ['The US-EU talks resumed in Brussels.', 'US-EU'],
  ])('not a rating, a disease or two bodies: %s', (text, name) => {
    expect(mention(entitiesOf(`Session ends\n\n${text}`), name)).toBeUndefined();
  });
});

describe('a country before a group name linked by particles opens it', () => {
  it.each<[string, string]>([
    ['Pakistan Tehreek-i-Insaf boycotted the session.', 'Pakistan Tehreek-i-Insaf'],
    ['Leaders of Pakistan Tehreek-e-Insaf said the vote was rigged.', 'Pakistan Tehreek-e-Insaf'],
  ])('%s', (text, name) => {
    const doc = entitiesOf(`Session ends\n\n${text}`);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(mention(doc, 'Pakistan')).toBeUndefined();
  });

  it("not across a possessive: Pakistan's Tehreek-e-Insaf", () => {
    const doc = entitiesOf("Session ends\n\nPakistan's Tehreek-e-Insaf said the vote was rigged.");
    expect(mention(doc, 'Pakistan')?.type).toBe('country');
  });
});

describe('parliaments named in their own language are bodies', () => {
  it.each(['Dáil', 'Sejm', 'Lok Sabha'])('%s', (name) => {
    const doc = entitiesOf(`Bill passes\n\nThe bill passed in the ${name} on Thursday after a long debate.`);
    expect(mention(doc, name)?.type).toBe('organization');
  });
});

describe('a name spelled out before its bracketed initials', () => {
  it('is an organization, and so is every bare use of the initials', () => {
    const doc = entitiesOf(
      'Budget vote\n\nThe Democratic Alliance (DA) said it would oppose the budget. The DA has 87 seats in parliament.',
    );
    expect(mention(doc, 'Democratic Alliance')?.type).toBe('organization');
    expect(mention(doc, 'DA', 1)?.type).toBe('organization');
    expect(mention(doc, 'DA', 1)?.entityId).toBe(mention(doc, 'Democratic Alliance')?.entityId);
  });

  it.each(['Bovine Spongiform Encephalopathy (BSE)', 'Comprehensive Test Ban Treaty (CTBT)'])(
    'not a disease or a treaty: %s',
    (name) => {
      const doc = entitiesOf(`Talks resume\n\nOfficials discussed the ${name} on Monday.`);
      expect(mention(doc, name.split(' (')[0]!)).toBeUndefined();
    },
  );
});
