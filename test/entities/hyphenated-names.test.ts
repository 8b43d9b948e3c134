import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

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
