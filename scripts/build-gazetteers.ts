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
 *
 * compromise's lexicon lacks many plain nouns ("loss", "slump", "liar", "mourners"), which a title-case headline
 * capitalizes and the tagger then calls names. So `dictionaryWords` adds the lower-case words of natural's English
 * Brill lexicon (words seen lower case in the Wall Street Journal and Brown corpora, inflections included) that
 * word-list's dictionary also holds, less every word that is also a name here: a given name, a family name
 * (compromise's and those of every Latin-script faker locale: "Walker", "Graham", "Lynch"), a place, a body, a
 * public figure or a known company ("Tesla", "Musk"), or the last word of a body's or a place's name. Words already in `commonWords` are left out (the two are asked
 * together), which keeps the file small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';
import wordListPath from 'word-list';
import countries from '../data/countries.json' with { type: 'json' };
import entityWords from '../data/entity-words.json' with { type: 'json' };
import nicknames from '../data/nicknames.json' with { type: 'json' };
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

/** Lower-case words that are also a name, or a word of one ("musk" of "Elon Musk"): kept off `dictionaryWords`. */
const nameWords = new Set<string>([...maleNames, ...femaleNames, ...otherNames, ...get('FirstName', 'LastName')]);
const addNames = (names: readonly string[], lastWordOnly: boolean) => {
  for (const n of names) {
    const parts = n.toLowerCase().split(/\s+/);
    if (parts.length === 1 || lastWordOnly) nameWords.add(parts.at(-1)!);
  }
};
addNames(get('City', 'Region', 'Place', 'Country', 'Organization', 'SportsTeam'), false);
addNames([...get('Person'), ...entityWords.publicFigures], true);
addNames([...entityWords.knownCompanies, ...entityWords.armedGroups, ...Object.keys(nicknames.nicknames)], false);
for (const c of countries.countries) addNames([c.name, ...c.variants, ...c.demonyms, ...c.capitals], false);
// The last words of bodies' and places' names ("Committee", "Association", "Street") open names in a title-case
// line ("Committee on Foreign Affairs"): name material, whatever the dictionary says.
addNames([...organizationWords(), ...placeWords(), ...entityWords.organizationSuffixes], false);
for (const [code, locale] of Object.entries(faker)) {
  const family = (locale as { person?: { last_name?: unknown } } | null)?.person?.last_name;
  if (!/^[a-z]{2}(?:_\w+)?$/.test(code) || !family) continue;
  const lists = Array.isArray(family) ? [family] : Object.values(family as Record<string, unknown[]>);
  for (const list of lists)
    addNames(
      list.filter((n): n is string => typeof n === 'string'),
      false,
    );
}
const brillPath = createRequire(import.meta.url).resolve(
  'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json',
);
const brill = JSON.parse(readFileSync(brillPath, 'utf8')) as Record<string, unknown>;
const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const dictionaryWords = Object.keys(brill)
  .filter((w) => /^[a-z][a-z'-]*[a-z]$/.test(w) && dictionary.has(w) && !nameWords.has(w) && !common.has(w))
  .sort();

const data = {
  source:
    'compromise 14.17.0 lexicon (model().one.lexicon, model().two.orgWords/placeWords); given names also from @faker-js/faker 10.6.0 (Latin-script, non-English locales), less word-list 4.1.0 words; dictionaryWords from natural 8.1.1 English Brill lexicon words also in word-list 4.1.0, less names; via scripts/build-gazetteers.ts',
  licence: 'MIT (compromise, @faker-js/faker, word-list, natural)',
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
  dictionaryWords: joined(dictionaryWords),
};
writeFileSync(new URL('../data/gazetteers.json', import.meta.url), `${asciiJson(JSON.stringify(data))}\n`);
console.log(
  Object.entries(data)
    .map(
      ([k, v]) =>
        `${k}: ${Array.isArray(v) ? v.length : k.endsWith('Names') || k.endsWith('Words') ? v.split('\n').length : 1}`,
    )
    .join(', '),
);
