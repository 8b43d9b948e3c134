import { describe, expect, it } from 'vitest';
import { entitiesOf, entityOf, mention } from './helpers.js';

describe("a male honorific before a woman's name is part of her name", () => {
  it.each<[string, string, string[]]>([
    ['Prime Minister Sheikh Hasina said she would resign.', 'Sheikh Hasina', ['Prime Minister']],
    ['Sheikh Hasina resigned on Monday. Ms Hasina left the country.', 'Sheikh Hasina', ['Ms']],
    ['Sheikh Hasina fled the country. Hasina said she would return.', 'Sheikh Hasina', []],
  ])('%s → "%s"', (text, name, titles) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(m?.rule).toBe('entities/honorific-in-name');
    expect(entityOf(doc, m!).titles ?? []).toEqual(titles);
    // Her other mentions are the same woman.
    expect(doc.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });
});

describe('negatives: the honorific stays a title', () => {
  it.each<[string, string, string]>([
    // A man's given name: "she" is someone else.
    ['Sheikh Mohammed met the queen. Sheikh Mohammed said she was welcome.', 'Mohammed', 'Sheikh'],
    ['Sheikh Mohammed bin Rashid said he would visit.', 'Mohammed bin Rashid', 'Sheikh'],
    // Nothing says who the bearer is: the title reading (CoNLL's) stands.
    ['Sheikh Hasina won the election.', 'Hasina', 'Sheikh'],
    // "Mr." goes before a family name a wife shares.
    ['Mr. Obama spoke first. Mrs. Obama said she was proud.', 'Obama', 'Mr.'],
  ])('%s → "%s" titled %s', (text, name, title) => {
    const doc = entitiesOf(text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(entityOf(doc, m!).titles).toContain(title);
  });
});
