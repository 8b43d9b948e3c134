import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a title word that also names a body ends an organization name', () => {
  it.each<[string, string]>([
    ['A spokesman for the Health Service Executive said the hospital was full.', 'Health Service Executive'],
    ['The Acme Executive said so on Monday.', 'Acme Executive'],
  ])('%s → "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('organization');
  });
});

describe('negatives: the title still splits off before a name or a longer title', () => {
  it.each<[string, string, string]>([
    ['Aer Lingus Chief Executive Dermot Mannion said it was good.', 'Aer Lingus', 'organization'],
    ['Aer Lingus Chief Executive Dermot Mannion said it was good.', 'Dermot Mannion', 'person'],
    ['Boeing Executive Vice President Scott Carson replied on Monday.', 'Scott Carson', 'person'],
  ])('%s → "%s" %s', (text, surface, type) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe(type);
  });
});
