import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.js';
import { entitiesOf, mention } from './helpers.js';

describe('a name that speaks of itself as "he" or "she" is a person', () => {
  it.each<[string, string, EntityType]>([
    ['Suharto ruled Indonesia for 31 years. Suharto said he would not resign.', 'Suharto', 'person'],
    ["Sinéad O'Connor told reporters she was moved.", "Sinéad O'Connor", 'person'],
    ["Sinéad O'Connor sang at the concert. She was 56.", "Sinéad O'Connor", 'person'],
    ['Tshabalala said on Monday he would appeal.', 'Tshabalala', 'person'],
    // A verb only a person does.
    ['Suharto ruled Indonesia for 31 years. Suharto died in 2008.', 'Suharto', 'person'],
    ['Suharto ruled Indonesia for 31 years. Suharto was born in Java.', 'Suharto', 'person'],
  ])('%s → %s (%s)', (text, surface, type) => {
    const doc = entitiesOf(text);
    const m = mention(doc, surface);
    expect(m, surface).toBeDefined();
    expect(m!.type).toBe(type);
  });
});

describe('negatives: a body, or a name that is not the subject', () => {
  it.each<[string, string]>([
    // A body named with its head word, or that speaks as "it".
    ['Vantorix Group said he had resigned from the board.', 'Vantorix Group'],
    ['Vantorix said it would cut jobs. Vantorix said he was not replaced.', 'Vantorix'],
    // A body may resign from a league; "the" before the name says it is no person.
    ['Vantorix Group resigned from the league.', 'Vantorix Group'],
    ['The Vantorix sang the anthem.', 'Vantorix'],
    // After a preposition the name is not who "he" is.
    ['Paul Krueger of Vantorix Holdings said he would leave.', 'Vantorix Holdings'],
    // "She" may go back to the person named just before.
    ['Maria Lund quit on Monday. Vantorix Holdings hired a new chief. She was 56.', 'Vantorix Holdings'],
  ])('%s → %s stays no person', (text, surface) => {
    const doc = entitiesOf(text);
    const m = mention(doc, surface);
    expect(m?.type ?? 'none').not.toBe('person');
  });
});

describe('a name the tagger left out is a person when it acts or speaks as one', () => {
  it.each<[string, string]>([
    ['Okonkwo was born in Enugu.', 'Okonkwo'],
    ['Zorvath died on Sunday at his home.', 'Zorvath'],
    ['Okonkwo said he would appeal the ruling.', 'Okonkwo'],
  ])('%s → %s (person)', (text, surface) => {
    const m = mention(entitiesOf(text), surface);
    expect(m?.type).toBe('person');
    expect(m?.start).toBe(text.indexOf(surface));
  });
});

describe('negatives: no person from a plural, a noun for people or part of a longer name', () => {
  it.each<[string, string]>([
    ['Hundreds died in the flood.', 'Hundreds'],
    ['Critics said he was wrong.', 'Critics'],
    ['Officials said she had resigned.', 'Officials'],
    // Only the whole hyphenated name could be the person.
    ['The court heard that Har-Vashti said she had left.', 'Vashti'],
  ])('%s → no "%s"', (text, surface) => {
    expect(mention(entitiesOf(text), surface)).toBeUndefined();
  });
});

describe('a title and a known first name before a name nobody tagged', () => {
  const lead = 'Talks resumed on Monday.\n';
  it.each([
    ['Grand Chief Mandy Gull-Masty of the council said talks would go on.', 'Mandy Gull-Masty', 'Grand Chief'],
    ['The bill was signed by Gov. Mary Okwuosa of the state on Friday.', 'Mary Okwuosa', 'Gov.'],
  ])('is a person with that title: %s', (text, name, title) => {
    const doc = entitiesOf(lead + text);
    const m = mention(doc, name);
    expect(m?.type).toBe('person');
    expect(doc.entities.find((e) => e.id === m?.entityId)?.titles).toContain(title);
  });

  it.each([
    ['The Chief Executive Office of the firm said nothing.', 'Executive Office'],
    ['Grand Chief Council Hall was closed on Friday.', 'Council Hall'],
  ])('no first name, no person: %s', (text, part) => {
    const doc = entitiesOf(lead + text);
    expect(doc.mentions.some((m) => m.text.includes(part) && m.rule === 'entities/titled-untagged')).toBe(false);
  });
});
