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
