/**
 * Generates data/countries.json from the world-countries package: for every ISO 3166-1 alpha-2 code, the
 * canonical English name, the variants a news text uses for it, its demonyms and its capitals.
 * Deterministic: run `npx tsx scripts/build-countries.ts` after upgrading world-countries.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { asciiJson } from './ascii-json.js';

// world-countries ships CommonJS whose default export NodeNext types as the module: read it through require.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

/** Names news writers use that world-countries does not list (or lists only as an official name). */
const EXTRA_VARIANTS: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
  RU: ['Russian Federation'],
  KR: ['South Korea', 'Republic of Korea', 'S. Korea'],
  KP: ['North Korea', 'N. Korea', 'DPRK'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CD: ['DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Zaire'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  MM: ['Burma'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  TR: ['Turkey', 'Türkiye'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  PS: ['Palestine', 'Palestinian Territories'],
  IR: ['Persia'],
  TW: ['Republic of China'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  VN: ['Viet Nam'],
  LA: ['Laos'],
  SY: ['Syria'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
};

/** Demonyms world-countries does not give (plural forms and common alternatives). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: [
    'British',
    'Briton',
    'Britons',
    'English',
    'Scottish',
    'Welsh',
    // One person of a nation, as sports and news copy name them after their name ("the Scot", "the Welshman").
    'Englishman',
    'Englishwoman',
    'Scot',
    'Scotsman',
    'Scotswoman',
    'Welshman',
    'Welshwoman',
  ],
  US: ['American', 'Americans'],
  CN: ['Chinese'],
  NL: ['Dutch', 'Dutchman', 'Dutchwoman'],
  CH: ['Swiss'],
  FR: ['French', 'Frenchman', 'Frenchwoman'],
  DE: ['German', 'Germans'],
  PL: ['Polish', 'Poles'],
  ES: ['Spanish', 'Spaniard', 'Spaniards'],
  DK: ['Danish', 'Danes'],
  SE: ['Swedish', 'Swede', 'Swedes'],
  FI: ['Finnish', 'Finns'],
  TR: ['Turkish', 'Turk', 'Turks'],
  IE: ['Irish', 'Irishman', 'Irishwoman'],
  PH: ['Filipino', 'Filipinos', 'Philippine'],
  NZ: ['New Zealander', 'New Zealanders'],
  IL: ['Israeli', 'Israelis'],
  PK: ['Pakistani', 'Pakistanis'],
  BD: ['Bangladeshi'],
  KR: ['South Korean', 'South Koreans', 'Korean'],
  KP: ['North Korean', 'North Koreans'],
  AE: ['Emirati', 'Emiratis'],
  SA: ['Saudi', 'Saudis', 'Saudi Arabian'],
  HR: ['Croat', 'Croats'],
  RS: ['Serb', 'Serbs'],
  BA: ['Bosnian', 'Bosnians'],
  KZ: ['Kazakh', 'Kazakhs'],
  UZ: ['Uzbek', 'Uzbeks'],
  NP: ['Nepali', 'Nepalis'],
};

interface CountryRecord {
  code: string;
  name: string;
  variants: string[];
  demonyms: string[];
  capitals: string[];
}

const SHORT_NAMES: Record<string, string> = {
  // world-countries' common names are mostly what news writers use; these are the exceptions.
  GB: 'United Kingdom',
  US: 'United States',
  CZ: 'Czech Republic',
  MK: 'North Macedonia',
};

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x.trim() !== ''))].sort();
}

function pluralDemonym(d: string): string[] {
  // "Australian" → "Australians"; "Chinese", "Swiss" have no plural in -s.
  if (/(ese|ss|sh|ch|i)$/.test(d) || d.includes(' ')) return [d];
  return [d, `${d}s`];
}

const out: CountryRecord[] = [];
for (const c of countries) {
  const code = c.cca2;
  const name = SHORT_NAMES[code] ?? c.name.common;
  const eng = c.name.native.eng;
  const variants = [name, c.name.common, c.name.official, ...(eng ? [eng.common, eng.official] : [])];
  for (const alt of c.altSpellings) {
    // altSpellings mixes codes, native names and English forms: keep English-looking forms of 3+ letters,
    // plus the 3-letter code only where news uses it (USA, UAE are in EXTRA_VARIANTS).
    if (alt.length > 3 && /^[A-Z][A-Za-z.' -]+$/.test(alt) && !/\b(of the|d[eu]|la|le|el)\b/.test(alt))
      variants.push(alt);
  }
  variants.push(...(EXTRA_VARIANTS[code] ?? []));
  const demonyms: string[] = [];
  const dem = c.demonyms.eng;
  if (dem) {
    for (const d of [dem.m, dem.f]) if (d) demonyms.push(...pluralDemonym(d));
  }
  demonyms.push(...(EXTRA_DEMONYMS[code] ?? []));
  out.push({
    code,
    name,
    variants: uniq(variants).filter((v) => v !== name),
    demonyms: uniq(demonyms),
    capitals: uniq(c.capital),
  });
}
out.sort((a, b) => a.code.localeCompare(b.code));

// A demonym or variant several territories share ("American": US, American Samoa, Northern Mariana Islands) goes
// to one: a UN member first, then the largest by area.
const rank = new Map(countries.map((c) => [c.cca2, (c.unMember ? 1e9 : 0) + c.area] as const));
for (const field of ['demonyms', 'variants'] as const) {
  const owner = new Map<string, string>();
  for (const c of out) {
    for (const d of c[field]) {
      const current = owner.get(d);
      if (current === undefined || (rank.get(c.code) ?? 0) > (rank.get(current) ?? 0)) owner.set(d, c.code);
    }
  }
  for (const c of out) c[field] = c[field].filter((d) => owner.get(d) === c.code);
}
// A variant that is another country's canonical name stays with that country ("Dominica", "Congo").
const canonical = new Set(out.map((c) => c.name));
for (const c of out) c.variants = c.variants.filter((v) => !canonical.has(v));

const data = {
  source: 'world-countries npm package (mledoze/countries), generated by scripts/build-countries.ts',
  licence: 'ODbL-1.0 (world-countries data)',
  countries: out,
};
writeFileSync(
  new URL('../data/countries.json', import.meta.url),
  `${asciiJson(JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{'))}\n`,
);
console.log(`wrote ${out.length} countries`);
