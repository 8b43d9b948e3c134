import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('"X for Y" organization names', () => {
  it.each([
    ['In a statement, Media Matters for America called the threat frivolous.', 'Media Matters for America'],
    [
      'The Latino Partnership for Conservative Principles said the plan would fail.',
      'Latino Partnership for Conservative Principles',
    ],
  ])('an organization, "for" and a name before a verb or a comma are one name: %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(doc.entities.some((e) => e.type === 'country')).toBe(false);
  });

  it.each(['Lampard played Chelsea for England in 2004.', 'The deal left Acme Robotics for Germany without a buyer.'])(
    'a name after "for" that ends no subject stays apart: %s',
    (text) => {
      expect(entitiesOf(text).mentions.some((m) => m.rule === 'entities/join:for-name')).toBe(false);
    },
  );
});

describe('"Members for Y" group names', () => {
  const lead = 'Talks resumed on Monday after a week.\n';
  it.each([
    ['Americans for Prosperity said it would spend heavily on the race.', 'Americans for Prosperity'],
    ['Physicians for Human Rights said the report was accurate.', 'Physicians for Human Rights'],
    ['On Monday, Young Americans for Freedom met with students in Ohio.', 'Young Americans for Freedom'],
    [
      'Citizens for Responsibility and Ethics in Washington filed a complaint.',
      'Citizens for Responsibility and Ethics',
    ],
    [
      'The money went to Green Action and Iowa Citizens for Community Improvement Action Fund, the filing shows.',
      'Iowa Citizens for Community Improvement Action Fund',
    ],
  ])('a group named after its members and its cause is one organization: %s', (text, name) => {
    const doc = entitiesOf(lead + text);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(mention(doc, name)?.rule).toBe('entities/join:members-for-name');
  });

  it.each([
    ['Lawyers for Google said the claim was weak.', 'Google'],
    ['Muslim Americans for Smith rallied with voters on Sunday.', 'Smith'],
    ['Prayers for Ukraine were held on Sunday.', 'Ukraine'],
    ['Executives for Mondelez declined to comment.', 'Mondelez'],
  ])('jobs, supporters of a person and plain plurals make no group name: %s (%s)', (text, name) => {
    const doc = entitiesOf(lead + text);
    expect(doc.mentions.some((m) => m.text.includes(`for ${name}`))).toBe(false);
    expect(doc.mentions.some((m) => m.rule === 'entities/join:members-for-name')).toBe(false);
  });
});

describe('an "on" phrase with a hyphenated word', () => {
  it.each([
    [
      'A spokesperson for the Council on American-Islamic Relations said it was concerned.',
      'Council on American-Islamic Relations',
    ],
    ['The Committee on Anglo-Irish Affairs met on Monday.', 'Committee on Anglo-Irish Affairs'],
  ])('the hyphen glued between capitalized words goes on with the name: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });

  it('a spaced dash ends the phrase', () => {
    const doc = entitiesOf('The Council on Foreign Relations - a think tank - said it disagreed.');
    expect(doc.mentions.some((m) => m.text.includes('-'))).toBe(false);
  });
});

describe('a demonym opening a body named with "of"', () => {
  it.each([
    [
      'Researchers at the Australian Institute of Marine Science counted the corals.',
      'Australian Institute of Marine Science',
    ],
    ['A survey by the Chinese Academy of Sciences found more cases.', 'Chinese Academy of Sciences'],
    ['The Canadian Council on Animal Care issued new rules.', 'Canadian Council on Animal Care'],
  ])('the demonym is the first word of the name: %s', (text, name) => {
    const doc = entitiesOf(text);
    expect(mention(doc, name)?.type).toBe('organization');
    expect(doc.mentions.some((m) => m.form === 'demonym')).toBe(false);
  });

  it.each([
    ['Divers from Japan and Australia joined the Institute of Marine Science team.', 'Institute of Marine Science'],
    ['The Australian said the Institute of Marine Science had cut its staff.', 'Institute of Marine Science'],
  ])('a demonym not right before the head stays apart: %s', (text, name) => {
    expect(mention(entitiesOf(text), name)?.type).toBe('organization');
  });
});

describe('"House of" a chamber after a tagged legislature', () => {
  it.each([
    ['The Kogi State House of Assembly passed the budget on Monday.', 'Kogi State House of Assembly'],
    ['Members of the Lagos State House of Assembly criticised the plan.', 'Lagos State House of Assembly'],
  ])('%s', (text, whole) => {
    expect(mention(entitiesOf(text), whole)?.type).toBe('organization');
  });

  it.each([
    // A building is no chamber; the title of a show is the tagger's to read.
    ['Tourists crowded the Sydney Opera House of an evening.', 'Sydney Opera House of'],
    ['She watched House of Cards on Sunday.', 'House of Cards'],
  ])('not: %s', (text, whole) => {
    expect(mention(entitiesOf(text), whole)?.type).not.toBe('organization');
  });
});
