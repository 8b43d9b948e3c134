import { describe, expect, it } from 'vitest';
import { entitiesOf, entityOf, mention } from './helpers.js';

// A place named before a plain noun for its people: the tagger read it as an employer, an organization.
const FLOODS = [
  'Flood payments delayed',
  '',
  'Residents say they are still waiting for disaster payments, nine months on.',
  '',
  'Toowoomba resident Greg Hollis, 67, said he had lodged his claim in March.',
  '',
  'Toowoomba Regional Council Mayor Geoff Marsh said many residents were underinsured.',
].join('\n');

describe('a name before a noun for local people is a place', () => {
  it('"Toowoomba resident" is the town, not the council named after it', () => {
    const doc = entitiesOf(FLOODS);
    const town = entityOf(doc, mention(doc, 'Toowoomba')!);
    const council = entityOf(doc, mention(doc, 'Toowoomba Regional Council')!);
    expect(town.type).toBe('location');
    expect(town.id).not.toBe(council.id);
  });

  it('a surname before "family" stays what it was', () => {
    const doc = entitiesOf('Shares sold\n\nThe firm sold shares to the McAlpine family interests for $1 million.');
    const m = mention(doc, 'McAlpine');
    if (m) expect(entityOf(doc, m).type).not.toBe('location');
  });
});

describe('a name before a plain noun for a kind of place is that place', () => {
  it.each([
    ['Trucks waited at the Kerem Shalom crossing for six hours on Monday.', 'Kerem Shalom'],
    ['Families in the Jabalia refugee camp fled south overnight.', 'Jabalia'],
    ['Shelling hit the Khan Younis area before dawn.', 'Khan Younis'],
    ['Flights were diverted from Charles de Gaulle airport after the strike began.', 'Charles de Gaulle'],
    ['Traders at the Tanjung Priok port said exports had slowed.', 'Tanjung Priok'],
  ])('%s', (text, name) => {
    const doc = entitiesOf(`Report\n\n${text}`);
    expect(entityOf(doc, mention(doc, name)!).type).toBe('location');
  });

  it.each([
    ['The Biden camp said it would respond to the report within days.', 'Biden', 'person'],
    ['NATO said on Monday that the NATO area must be defended.', 'NATO', 'organization'],
    ['Hamas fighters trained at a camp near the border, the army said.', 'Hamas', 'organization'],
  ])('not: %s', (text, name, type) => {
    const doc = entitiesOf(`Report\n\n${text}`);
    expect(entityOf(doc, mention(doc, name)!).type).toBe(type);
  });
});
