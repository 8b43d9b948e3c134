import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

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

describe('a name read as a person right after "in" is a place', () => {
  it.each([
    ['Doctors at a clinic in Deir el-Balah said the wards were full.', 'Deir el-Balah'],
    ['Police fired tear gas in Ras al-Ain on Friday, witnesses said.', 'Ras al-Ain'],
  ])('%s', (text, name) => {
    const m = mention(entitiesOf(`Strikes continue\n\n${text}`), name);
    expect(m?.type).toBe('location');
  });

  it.each([
    ["In Maria Lopez's view, the plan was sound.", 'Maria Lopez'],
    ['Voters believed in Donald Trump more than in his party.', 'Donald Trump'],
    ['Party leaders saw a unifier in Mitt Romney.', 'Mitt Romney'],
  ])('not: %s', (text, name) => {
    expect(mention(entitiesOf(`Strikes continue\n\n${text}`), name)?.type).toBe('person');
  });
});
