import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

/** The name mentions' surfaces, in order. */
function names(text: string): string[] {
  return entitiesOf(text)
    .mentions.filter((m) => m.form === 'name')
    .map((m) => m.text);
}

describe('a kinship or time compound glued to a name stays off it', () => {
  it.each<[string, string[]]>([
    ['Anna Berg-in-law said no.', ['Anna Berg']],
    ['Police spoke to Mark Olsen-to-be on Friday.', ['Mark Olsen']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('negatives: a romanized two-syllable given name keeps its second syllable', () => {
  it.each<[string, string[]]>([
    ['Moon Jae-in said he would visit Tokyo.', ['Moon Jae-in', 'Tokyo']],
    ['Lee Jae-myung won the vote.', ['Lee Jae-myung']],
    ['His daughter-in-law Anna Berg-Olsen said no.', ['Anna Berg-Olsen']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('hyphenated Arabic, Persian and Urdu names', () => {
  const lead = 'Talks resumed on Monday after a week.\n';
  it.each([
    ['General Zia-ul-Haq ruled the country for a decade.', 'Zia-ul-Haq', 'person'],
    ['The pace bowler Naveed-ul-Hasan took three wickets on Friday.', 'Naveed-ul-Hasan', 'person'],
    ['Salah-ud-Din Ahmed spoke to reporters in the capital.', 'Salah-ud-Din Ahmed', 'person'],
  ])('a name glued by "ul", "ur", "ud" or "e" is one name: %s', (text, name, type) => {
    expect(mention(entitiesOf(lead + text), name)?.type).toBe(type);
  });

  it.each([
    ['The bill drew a pro-al-Assad crowd.', 'al'],
    ['She sold her mother-in-law a house in Leeds.', 'in'],
  ])('a compound that is no name stays apart: %s', (text) => {
    const doc = entitiesOf(lead + text);
    expect(doc.mentions.some((m) => m.rule === 'entities/hyphenated-name' && /^[a-z]/.test(m.text))).toBe(false);
  });
});
