import { describe, expect, it } from 'vitest';
import countries from '../../data/countries.json' with { type: 'json' };
import { countryByCode, countryByDemonym, countryByName } from '../../src/entities/lexicon.js';
import { entitiesOf, entityOf, mention } from './helpers.js';

/** ISO 3166-1 alpha-2, every officially assigned code (249). */
const ISO_ALPHA2 =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE
NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT
ZA ZM ZW`.split(/\s+/);

describe('data/countries.json', () => {
  it('covers every ISO 3166-1 alpha-2 code, each with a name', () => {
    expect(ISO_ALPHA2).toHaveLength(249);
    const codes = new Set(countries.countries.map((c) => c.code));
    for (const code of ISO_ALPHA2) {
      expect(codes.has(code), code).toBe(true);
      expect(countryByCode.get(code)?.name, code).toMatch(/\S/);
    }
  });

  it.each([
    ['U.S.', 'US'],
    ['US', 'US'],
    ['United States', 'US'],
    ['America', 'US'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['United Kingdom', 'GB'],
    ['China', 'CN'],
    ['New Zealand', 'NZ'],
    ['South Korea', 'KR'],
  ])('variant %s → %s', (variant, code) => {
    expect(countryByName.get(variant)?.code).toBe(code);
  });

  it.each([
    ['Chinese', 'CN'],
    ['Polish', 'PL'],
    ['Australian', 'AU'],
    ['Australians', 'AU'],
    ['British', 'GB'],
    ['American', 'US'],
  ])('demonym %s → %s', (demonym, code) => {
    expect(countryByDemonym.get(demonym)?.code).toBe(code);
  });
});

describe('country mentions', () => {
  it.each([
    ['Officials in the U.S. met their counterparts from Britain.', 'U.S.', 'US', 'United States'],
    ['Officials in the U.S. met their counterparts from Britain.', 'Britain', 'GB', 'United Kingdom'],
    ['Trade between Japan and New Zealand grew last year.', 'New Zealand', 'NZ', 'New Zealand'],
    // A country named with "and", however the tagger typed its parts.
    ['Antigua and Barbuda has a new leader.', 'Antigua and Barbuda', 'AG', 'Antigua and Barbuda'],
    ['Trinidad and Tobago said it would vote.', 'Trinidad and Tobago', 'TT', 'Trinidad and Tobago'],
    ['Bosnia and Herzegovina has a new leader.', 'Bosnia and Herzegovina', 'BA', 'Bosnia and Herzegovina'],
    [
      'Saint Vincent and the Grenadines voted.',
      'Saint Vincent and the Grenadines',
      'VC',
      'Saint Vincent and the Grenadines',
    ],
    // The tagger calls this "Canada" a person; with no support for a person, a country's name is the country.
    ["Canada's government will act, he said. Kinder Morgan Canada Ltd said it would appeal.", 'Canada', 'CA', 'Canada'],
  ])('%s: %s is a country (%s, %s)', (text, surface, code, name) => {
    const doc = entitiesOf(text);
    const m = mention(doc, surface);
    expect(m?.type).toBe('country');
    expect(m?.form).toBe('name');
    const e = entityOf(doc, m!);
    expect(e.countryCode).toBe(code);
    expect(e.name).toBe(name);
  });

  it('two countries joined by "and" stay two', () => {
    const doc = entitiesOf('France and Germany agreed on the budget.');
    expect(mention(doc, 'France')?.type).toBe('country');
    expect(mention(doc, 'Germany')?.type).toBe('country');
    expect(mention(doc, 'France and Germany')).toBeUndefined();
  });

  it('joins variants of one country into one entity', () => {
    const doc = entitiesOf('The United States imposed tariffs. U.S. farmers protested the move.');
    const a = mention(doc, 'United States')!;
    const b = mention(doc, 'U.S.')!;
    expect(a.entityId).toBe(b.entityId);
    expect(entityOf(doc, a).aliases).toContain('U.S.');
  });

  it.each([
    ['Polish officials met Australian diplomats in Warsaw.', 'Polish', 'PL'],
    ['Polish officials met Australian diplomats in Warsaw.', 'Australian', 'AU'],
    ['A Chinese company bought the plant.', 'Chinese', 'CN'],
  ])('%s: demonym %s links to %s', (text, surface, code) => {
    const doc = entitiesOf(text);
    const m = mention(doc, surface);
    expect(m?.form).toBe('demonym');
    expect(entityOf(doc, m!).countryCode).toBe(code);
  });
});

describe('a demonym that names a language', () => {
  it.each(['Mélanie Hubert said, speaking in French.', 'The letter was translated from Arabic.'])('%s', (text) => {
    expect(entitiesOf(text).mentions.filter((m) => m.form === 'demonym')).toEqual([]);
  });

  it('a demonym before a noun is still the country', () => {
    const doc = entitiesOf('Investors in French banks lost money.');
    expect(mention(doc, 'French')?.form).toBe('demonym');
  });
});

describe('a country before an acronym says whose body it is', () => {
  it.each([
    ['Brazil CVRD sale approved by senators.', 'Brazil', 'CVRD'],
    ['Officials said India RBI would cut the ratio.', 'India', 'RBI'],
  ])('%s', (text, country, acronym) => {
    const doc = entitiesOf(text);
    expect(mention(doc, country)?.type).toBe('country');
    expect(mention(doc, acronym)?.type).toBe('organization');
  });

  it('a country before a worded name opens it', () => {
    expect(
      mention(entitiesOf('The United States Air Force said it would respond.'), 'United States Air Force')?.type,
    ).toBe('organization');
  });
});
