import { describe, expect, it } from 'vitest';
import { expectSameEntity as check, entitiesOf, mention, type SameEntityRow as Row } from './helpers.js';

describe('family names: a bare family name goes where the text says, not to a default', () => {
  it.each<Row>([
    // The title before the bare name picks the relative written with a title of the same head.
    [
      'Former President Bill Clinton toured Iowa. Hillary Clinton stayed in Ohio. President Clinton spoke of jobs.',
      ['Bill Clinton', 0],
      ['Clinton', 0],
      true,
    ],
    [
      'Governor Mark Dayton spoke first. His son Andrew Dayton spoke next. Governor Dayton then left the hall.',
      ['Mark Dayton', 0],
      ['Dayton', 0],
      true,
    ],
    // The pronouns after the bare name say it is not the only full name, of the other gender.
    [
      'Former President Bill Clinton campaigned in Iowa. Clinton is under fire for her remarks on trade. ' +
        'Clinton defended her record in Ohio.',
      ['Clinton', 0],
      ['Clinton', 1],
      true,
    ],
  ])('%s: %j and %j same entity: %s', check);
});

describe('negatives: the bare name does not join the wrong relative', () => {
  it.each<Row>([
    [
      'Former President Bill Clinton toured Iowa. Hillary Clinton stayed in Ohio. President Clinton spoke of jobs.',
      ['Hillary Clinton', 0],
      ['Clinton', 0],
      false,
    ],
    [
      'Former President Bill Clinton campaigned in Iowa. Clinton is under fire for her remarks on trade. ' +
        'Clinton defended her record in Ohio.',
      ['Bill Clinton', 0],
      ['Clinton', 0],
      false,
    ],
    // "Mrs." does not join the husband's full name, nor a bare name that went to him.
    [
      'Former President Bill Clinton campaigned in Iowa. Clinton spoke of the economy. Mrs. Clinton spoke later.',
      ['Bill Clinton', 0],
      ['Clinton', 1],
      false,
    ],
  ])('%s: %j and %j same entity: %s', check);

  // With another woman named, "her" after the bare name may be hers: one man's family name stays his.
  it.each<Row>([
    [
      'Senator Bernie Sanders spoke in Ohio. Jane Smith won the vote. Sanders trailed her lead in Iowa. ' +
        'Sanders cut her margin in Ohio.',
      ['Bernie Sanders', 0],
      ['Sanders', 0],
      true,
    ],
    // One pronoun is no evidence.
    [
      'Former President Bill Clinton campaigned in Iowa. Clinton defended her record in Ohio.',
      ['Bill Clinton', 0],
      ['Clinton', 0],
      true,
    ],
  ])('%s: %j and %j same entity: %s', check);
});

describe('pronouns: a short form of a given name tells its gender', () => {
  it.each<[string, string, string | undefined]>([
    // "Bill" is William's: "she" does not go to him.
    ['Bill Clinton spoke in Iowa on Monday. She said the plan was fair.', 'She', undefined],
    ['Bill Clinton spoke in Iowa on Monday. He said the plan was fair.', 'He', 'Bill Clinton'],
  ])('%s: %s → %s', (text, pronoun, name) => {
    const doc = entitiesOf(text);
    const m = mention(doc, pronoun);
    const e = m ? doc.entities.find((x) => x.id === m.entityId) : undefined;
    expect(e?.name).toBe(name);
  });
});
