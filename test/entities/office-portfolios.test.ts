import { describe, expect, it } from 'vitest';
import { entitiesOf, entityOf, mention } from './helpers.js';

const HEAD = 'Cabinet news\n\n';

describe('a portfolio before a title and a name', () => {
  // CoNLL marks a portfolio an organization, the ministry's name ("Minister of Finance", "Labour and Social Welfare
  // Minister"); the tagger made the first of two joined by "and" a person.
  it.each<[string, string, string]>([
    [
      'Municipal Affairs and Housing Minister Ronan Flint announced the cap on Wednesday.',
      'Municipal Affairs',
      'Ronan Flint',
    ],
    [
      'Natural Resources and Mines Minister Ada Pike said the licences would be reviewed.',
      'Natural Resources',
      'Ada Pike',
    ],
  ])('%s', (text, portfolio, person) => {
    const doc = entitiesOf(HEAD + text);
    const m = mention(doc, portfolio);
    if (m) expect(m.type).toBe('organization');
    expect(mention(doc, person)?.type).toBe('person');
  });

  it('the title keeps both portfolios', () => {
    const doc = entitiesOf(`${HEAD}Municipal Affairs and Housing Minister Ronan Flint announced the cap on Wednesday.`);
    expect(entityOf(doc, mention(doc, 'Ronan Flint')!).titles).toEqual(['Municipal Affairs and Housing Minister']);
  });

  it('a ministry named with its portfolio stays a body', () => {
    const doc = entitiesOf(`${HEAD}The Ministry of Foreign Affairs said the envoy had been recalled.`);
    expect(mention(doc, 'Ministry of Foreign Affairs')?.type).toBe('organization');
  });

  it('"the Special Adviser to the President" is a title, no body', () => {
    const doc = entitiesOf(
      `${HEAD}The Special Adviser to the President on Media, Bayo Adewale, said the list was final.`,
    );
    expect(mention(doc, 'Special Adviser')).toBeUndefined();
  });
});

describe('places of the people who live there', () => {
  it.each<[string, string]>([
    ['The army ordered residents of Beit Hanoun to leave their homes.', 'Beit Hanoun'],
    ['Villagers of Kalobeyei said the well had run dry.', 'Kalobeyei'],
  ])('%s', (text, place) => {
    const m = mention(entitiesOf(HEAD + text), place);
    expect(m?.type).toBe('location');
  });
});

describe('an amount in a currency letter is no name', () => {
  it.each<[string, string]>([
    ['The naira closed at N1,610 to the dollar on Thursday.', 'N1'],
    ['Farm workers earn R4,500 a month, the union said.', 'R4'],
  ])('%s', (text, head) => {
    expect(mention(entitiesOf(HEAD + text), head)).toBeUndefined();
  });

  it('a road before a comma and a word stays', () => {
    const doc = entitiesOf(`${HEAD}Traffic was slow on the N1, near Johannesburg, for hours.`);
    expect(mention(doc, 'N1')?.type).toBe('location');
  });
});

describe('roles after "its"', () => {
  it('"Its lawyer, X," is the lawyer of the body named before', () => {
    const doc = entitiesOf(
      `${HEAD}Brightwater Holdings denied the claims. Its lawyer, Jane Okafor, said it would appeal.`,
    );
    const e = entityOf(doc, mention(doc, 'Jane Okafor')!);
    const body = entityOf(doc, mention(doc, 'Brightwater Holdings')!);
    expect(e.roles?.map((r) => [r.title, r.of])).toEqual([['lawyer', body.id]]);
  });
});
