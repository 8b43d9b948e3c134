import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('acronyms of common nouns are no names', () => {
  it.each<[string, string]>([
    ['Police said the driver of the SUV was arrested for DUII after the crash.', 'SUV'],
    ['Police said the driver of the SUV was arrested for DUII after the crash.', 'DUII'],
    ['The screen uses an LCD panel and runs its own OS.', 'LCD'],
    ['Two ATMs were robbed on Monday.', 'ATMs'],
    ['The phone maker said its IPO (initial public offering) would raise $2 billion.', 'IPO'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
});

describe('negatives: acronyms of bodies stay names', () => {
  it.each<[string, string]>([
    ['The Lowell Company (LCO) said sales rose.', 'LCO'],
    ['NATO said on Monday that its troops would stay.', 'NATO'],
    ['The FBI said the suspect had fled.', 'FBI'],
  ])('%s → "%s" an organization', (text, surface) => {
    expect(mention(entitiesOf(text), surface)?.type).toBe('organization');
  });
});
