import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('a name opened by a word for an army, a front or supporters is a group', () => {
  it.each([
    ['Fighters from Ansar al-Sharia attacked the compound.', 'Ansar al-Sharia'],
    ['Ansar al-Sharia claimed the attack on Tuesday.', 'Ansar al-Sharia'],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it('no Arabic article or linking vowel: the name stays as tagged', () => {
    expect(mention(entitiesOf('Journalist Ansar Abbasi said so on Monday.'), 'Ansar Abbasi')?.type).toBe('person');
  });
});

describe('a party or movement named with a linking vowel or article between hyphens', () => {
  it.each([
    ['Leaders of Tehreek-e-Insaf met in Lahore on Friday.', 'Tehreek-e-Insaf'],
    ['Five members of the religious Jamaat-i-Islami party were hurt.', 'Jamaat-i-Islami'],
    ['He joined Hezb-i-Islami in 1994.', 'Hezb-i-Islami'],
    ['The banned Hizb-ut-Tahrir group held a rally.', 'Hizb-ut-Tahrir'],
    ['Members of the Jamiat Ulema-e-Islam walked out.', 'Jamiat Ulema-e-Islam'],
  ])('%s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it('a person named with a linking article stays a person', () => {
    expect(mention(entitiesOf('Former captain Inzamam-ul-Haq said the pitch was slow.'), 'Inzamam-ul-Haq')?.type).toBe(
      'person',
    );
  });
});
