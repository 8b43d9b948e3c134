import { describe, expect, it } from 'vitest';
import { type CandidateFields, candidate } from '../../src/entities/candidates.js';

// One hidden class for every candidate: the same keys in the same order, whichever fields a rule gave.
const KEYS = [
  'first',
  'last',
  'type',
  'form',
  'rule',
  'confidence',
  'country',
  'titles',
  'organizationBefore',
  'withThe',
];
const base: CandidateFields = { first: 2, last: 3, type: 'person', form: 'name', rule: 'test/rule', confidence: 0.7 };

describe('candidate() builds every candidate with all fields, in one order', () => {
  it.each<[string, CandidateFields]>([
    ['the required fields only', base],
    ['a title', { ...base, titles: ['President'] }],
    ['the article', { withThe: true, ...base, type: 'organization' }],
    ['a whole-number confidence', { ...base, confidence: 1 }],
  ])('%s', (_, fields) => {
    expect(Object.keys(candidate(fields))).toEqual(KEYS);
  });

  it('a copy with changed fields keeps the order and the other values', () => {
    const c = candidate({ ...base, titles: ['Senator'] });
    const copy = candidate({ ...c, last: 5, rule: 'test/other' });
    expect(Object.keys(copy)).toEqual(KEYS);
    expect(copy).toMatchObject({ first: 2, last: 5, rule: 'test/other', titles: ['Senator'] });
    expect(copy).not.toBe(c);
  });
});

describe('negatives: a field a rule did not give is undefined, not missing or inherited', () => {
  it.each<[keyof CandidateFields]>([['country'], ['titles'], ['organizationBefore'], ['withThe']])('%s', (key) => {
    const c = candidate(base);
    expect(Object.hasOwn(c, key)).toBe(true);
    expect(c[key]).toBeUndefined();
  });
});
