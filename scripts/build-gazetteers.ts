/**
 * Generates data/gazetteers.json from compromise's lexicon (read through src/adapters/compromise.ts): first names
 * with gender, family names, cities, regions, places, organizations, sports teams, organization and place head
 * words, and a list of common lower-case words (the title-case headline guard uses it). Deterministic.
 *
 * compromise knows English given names; news names people from everywhere ("Giorgia Meloni", "Kwame Mensah",
 * "Mette Frederiksen"), and the tagger called an unknown given name plus surname an organization. So the given names
 * of @faker-js/faker's Latin-script locales are added (its English lists are left out: compromise covers English
 * names, and faker's hold words such as "Delta" and "Mac"), except words that are English words (word-list's
 * Scrabble dictionary, compromise's lexicon) or places, bodies, months and days.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as faker from '@faker-js/faker';
import wordListPath from 'word-list';
import countries from '../data/countries.json' with { type: 'json' };
import { lexiconByTag, organizationWords, placeWords } from '../src/adapters/compromise.js';
import { asciiJson } from './ascii-json.js';

const lex = lexiconByTag();
const get = (...tags: string[]): string[] => [...new Set(tags.flatMap((t) => lex.get(t) ?? []))].sort();

/** Tags of words that are names; a lower-case word carrying one is no "common only" word. */
const NAME_TAGS = [
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'City',
  'Place',
  'Region',
  'Country',
  'Organization',
];
const NAMEISH = new Set([
  ...NAME_TAGS,
  'SportsTeam',
  'Person',
  'ProperNoun',
  'Demonym',
  'Honorific',
  'Month',
  'WeekDay',
  'Currency',
  'Emoticon',
]);
const common = new Set<string>();
for (const [tag, words] of lex) {
  if (NAMEISH.has(tag)) continue;
  for (const w of words) if (/^[a-z][a-z'-]*$/.test(w)) common.add(w);
}
// A word that is also a name (may, bill, apple) is not "common only": the model decides those from context.
for (const tag of NAME_TAGS) {
  for (const w of lex.get(tag) ?? []) common.delete(w);
}

/** Locales whose names are English (compromise has them) or not names of real people. */
const SKIPPED_LOCALES = new Set(['en', 'en_US', 'en_GB', 'en_AU', 'en_AU_ocker', 'en_BORK', 'en_CA', 'en_IE', 'eo']);
/** One given name in Latin script, capitalized, at most one hyphen or apostrophe ("Jean-Luc", "D'Arcy"). */
const GIVEN_NAME = /^\p{Lu}[\p{Ll}\p{M}]{2,}(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u;

const notNames = new Set(common);
for (const w of readFileSync(wordListPath, 'utf8').split('\n')) notNames.add(w);
for (const tag of ['City', 'Place', 'Region', 'Country', 'Organization', 'SportsTeam', 'Actor', 'Month', 'WeekDay']) {
  for (const w of lex.get(tag) ?? []) notNames.add(w.toLowerCase());
}
for (const w of [...organizationWords(), ...placeWords()]) notNames.add(w.toLowerCase());
for (const c of countries.countries) {
  for (const v of [c.name, ...c.variants, ...c.demonyms, ...c.capitals]) notNames.add(v.toLowerCase());
}

const worldNames = { male: new Set<string>(), female: new Set<string>(), other: new Set<string>() };
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
function addName(set: Set<string>, name: unknown): void {
  if (typeof name !== 'string' || !GIVEN_NAME.test(name)) return;
  // News often drops accents ("Jose", "Francois"): both spellings are kept.
  for (const form of new Set([name, folded(name)].map((n) => n.toLowerCase()))) if (!notNames.has(form)) set.add(form);
}
for (const [code, locale] of Object.entries(faker)) {
  const given = (locale as { person?: { first_name?: unknown } } | null)?.person?.first_name;
  if (!/^[a-z]{2}(?:_\w+)?$/.test(code) || SKIPPED_LOCALES.has(code) || !given) continue;
  if (Array.isArray(given)) for (const n of given) addName(worldNames.other, n);
  else {
    const g = given as { male?: unknown[]; female?: unknown[]; generic?: unknown[] };
    for (const n of g.male ?? []) addName(worldNames.male, n);
    for (const n of g.female ?? []) addName(worldNames.female, n);
    for (const n of g.generic ?? []) addName(worldNames.other, n);
  }
}
const merged = (tag: string, more: Set<string>) => [...new Set([...get(tag), ...more])].sort();
const maleNames = merged('MaleName', worldNames.male);
const femaleNames = merged('FemaleName', worldNames.female);
const gendered = new Set([...maleNames, ...femaleNames]);
const otherNames = [...worldNames.other].filter((n) => !gendered.has(n));

/**
 * The long lists the pipeline only asks about by text, as one string of lower-case words joined by newlines:
 * src/entities/lexicon.ts finds a word through data/gazetteer-index.bin (scripts/build-hash-tables.ts) instead of
 * parsing 40k strings and building Sets of them at load.
 */
function joined(words: readonly string[]): string {
  for (const w of words) {
    if (w.includes('\n') || w !== w.toLowerCase()) throw new Error(`build-gazetteers: not a lower-case word: ${w}`);
  }
  return words.join('\n');
}

const data = {
  source:
    'compromise 14.17.0 lexicon (model().one.lexicon, model().two.orgWords/placeWords); given names also from @faker-js/faker 10.6.0 (Latin-script, non-English locales), less word-list 4.1.0 words; via scripts/build-gazetteers.ts',
  licence: 'MIT (compromise, @faker-js/faker, word-list)',
  maleNames: joined(maleNames),
  femaleNames: joined(femaleNames),
  firstNames: joined(merged('FirstName', new Set(otherNames))),
  lastNames: joined(get('LastName')),
  cities: get('City'),
  regions: get('Region', 'Place'),
  organizations: get('Organization'),
  sportsTeams: get('SportsTeam'),
  people: get('Person'),
  roleNouns: get('Actor'),
  organizationWords: organizationWords(),
  placeWords: placeWords(),
  commonWords: joined([...common].sort()),
};
writeFileSync(new URL('../data/gazetteers.json', import.meta.url), `${asciiJson(JSON.stringify(data))}\n`);
console.log(
  Object.entries(data)
    .map(
      ([k, v]) =>
        `${k}: ${Array.isArray(v) ? v.length : k.endsWith('Names') || k === 'commonWords' ? v.split('\n').length : 1}`,
    )
    .join(', '),
);
