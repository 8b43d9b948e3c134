import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

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
