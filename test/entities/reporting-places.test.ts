import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

const entity = (text: string, name: string) => entitiesOf(text).entities.find((e) => e.name === name);

describe('where a correspondent reports from', () => {
  it.each([
    ['Our correspondent, reporting from Khan Younis, said the strikes continued.', 'Khan Younis'],
    ['Hani Mahmoud, reporting from Deir el-Balah, said the bombardment continued.', 'Deir el-Balah'],
    ['Speaking from Kharkiv, the mayor said the power was back.', 'Kharkiv'],
  ])('is a place: %s', (text, place) => {
    expect(entity(text, place)?.type).toBe('location');
  });

  it.each([
    ['The story was written with reporting from Darren Samuelsohn.', 'Darren Samuelsohn'],
    ['The paper ran it with additional reporting from Jane Doe.', 'Jane Doe'],
  ])('a reporter credited for reporting stays a person: %s', (text, person) => {
    expect(entity(text, person)?.type).toBe('person');
  });
});

describe('names opened by a lower-case Arabic article', () => {
  it.each([
    ['Fighting raged in Deir el-Balah on Monday.', 'Deir el-Balah'],
    ['Egyptian President Abdel Fattah el-Sisi said so.', 'Abdel Fattah el-Sisi'],
  ])('keep the word before the article: %s', (text, name) => {
    expect(entity(text, name)).toBeDefined();
  });

  it('a sentence-opening word is not taken in', () => {
    const doc = entitiesOf('Meanwhile al-Shabaab fighters attacked a base.');
    expect(doc.mentions.some((m) => m.text.startsWith('Meanwhile'))).toBe(false);
  });
});
