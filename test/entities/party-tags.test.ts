import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

describe('party and state tags after a legislator', () => {
  it.each([
    ['Rep. Jim Jordan, R-Ohio, said the case was political.', 'Jim Jordan', 'Ohio'],
    ['Sen. Chuck Schumer, D-N.Y., said the jury had weighed the evidence.', 'Chuck Schumer', 'N.Y.'],
    ['Sen. Bernie Sanders, I-Vt., disagreed.', 'Bernie Sanders', 'Vt.'],
    ['Rep. Nancy Mace (R-S.C.) said it.', 'Nancy Mace', 'S.C.'],
    ['Senator John McCain (R-AZ) said so.', 'John McCain', 'AZ'],
  ])('the tag in "%s" names no person and at most one place, the state', (text, person, state) => {
    const doc = entitiesOf(text);
    // The tagger need not see the state at all; when it does, it is the whole state, a place.
    const names = doc.mentions.filter((m) => m.form === 'name').map((m) => m.text);
    expect([[person], [person, state]]).toContainEqual(names);
    const place = doc.entities.find((e) => e.name === state);
    if (place) expect(place.type).toBe('location');
  });

  it.each([
    'The D-Day landings began in Normandy.',
    'The T-Mobile store in Ohio closed.',
    'He wrote to R-Ohio Holdings, a firm in Ohio.',
  ])('a capital and a hyphen elsewhere is no tag: %s', (text) => {
    const doc = entitiesOf(text);
    expect(doc.mentions.some((m) => m.rule === 'entities/party-tag-state')).toBe(false);
  });
});

describe('titles of several words before a name', () => {
  it.each([
    ['Trooper First Class Sarah Kowalski said troopers ended the pursuit.', 'Sarah Kowalski', 'Trooper First Class'],
    ['Petty Officer First Class John Doe said it.', 'John Doe', 'Petty Officer First Class'],
    ['Manhattan District Attorney Alvin Bragg defended the case.', 'Alvin Bragg', 'District Attorney'],
    ['Brooklyn District Attorney Eric Gonzalez said the case was closed.', 'Eric Gonzalez', 'District Attorney'],
  ])('"%s" names the person, titled', (text, name, title) => {
    const doc = entitiesOf(text);
    const person = doc.entities.find((e) => e.type === 'person');
    expect(person?.name).toBe(name);
    expect(person?.titles).toContain(title);
    expect(doc.entities.some((e) => e.type === 'organization' && e.name.includes(name))).toBe(false);
  });
});

describe("a party's name before its members", () => {
  it.each([
    ['Senior Labour MPs said the plan was dead.', 'Labour'],
    ['Senior Tory MPs said the plan was dead.', 'Tory'],
  ])('is the party, named without them: %s', (text, party) => {
    const doc = entitiesOf(text);
    expect(doc.entities.find((e) => e.name === party)?.type).toBe('organization');
    expect(doc.entities.some((e) => e.type === 'person')).toBe(false);
  });

  it("a party label before a name stays the person's", () => {
    const doc = entitiesOf('Republican Mike Pence said so.');
    expect(doc.entities.find((e) => e.name === 'Mike Pence')?.type).toBe('person');
  });
});
