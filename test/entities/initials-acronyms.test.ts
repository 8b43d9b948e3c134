import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { entitiesOf, mention } from './helpers.js';

const entityOf = (text: string, surface: string) => {
  const doc = analyze(text);
  const m = doc.mentions.find((x) => x.text === surface && x.form === 'name');
  return m && doc.entities.find((e) => e.id === m.entityId)?.name;
};

describe('an acronym of a body the document names in full', () => {
  it.each([
    [
      'a word in capitals the tagger leaves alone',
      'The World Health Organization urged a tax. A WHO spokesperson said the agency was reviewing it.',
      'WHO',
      'World Health Organization',
    ],
    [
      'an abbreviation never given in brackets',
      'Delegates of the American Federation of Teachers met on Monday. The AFT backed the plan.',
      'AFT',
      'American Federation of Teachers',
    ],
  ])('%s joins the body', (_name, text, acronym, body) => {
    expect(entityOf(text, acronym)).toBe(body);
  });

  it.each([
    ['a short everyday word in capitals', 'Growth in Western Europe slowed. WE ARE DONE, the banner read.', 'WE'],
    [
      'capitals no body of the document has as initials',
      'The World Health Organization met. The XYZ plan failed.',
      'XYZ',
    ],
  ])('%s is no mention of it', (_name, text, word) => {
    expect(analyze(text).mentions.find((m) => m.text === word && m.rule === 'entities/initials')).toBeUndefined();
  });
});

describe('an acronym in brackets after its spelled-out name', () => {
  it.each([
    ['Cattle can contract Bovine Spongiform Encephalopathy (BSE), officials said.', 'BSE'],
    ['India blocked the Comprehensive Test Ban Treaty (CTBT) at the talks.', 'CTBT'],
    ['He spoke of economic and monetary union (EMU) plans.', 'EMU'],
  ])('is no body when the name is none: %s', (text, acronym) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.filter((m) => m.text === acronym && m.form === 'name')).toEqual([]);
  });

  it('is a body when the name is one', () => {
    const doc = entitiesOf('Officials of the European Central Bank (ECB) met on Monday.');
    expect(mention(doc, 'ECB')?.type).toBe('organization');
  });
});
