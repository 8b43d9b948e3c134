/**
 * Generates data/gazetteers.json from compromise's lexicon (read through src/adapters/compromise.ts): first names
 * with gender, family names, cities, regions, places, organizations, sports teams, organization and place head
 * words, and a list of common lower-case words (the title-case headline guard uses it). Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { lexiconByTag, organizationWords, placeWords } from '../src/adapters/compromise.js';

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

const data = {
  source:
    'compromise 14.17.0 lexicon (model().one.lexicon, model().two.orgWords/placeWords), via scripts/build-gazetteers.ts',
  licence: 'MIT (compromise)',
  maleNames: get('MaleName'),
  femaleNames: get('FemaleName'),
  firstNames: get('FirstName'),
  lastNames: get('LastName'),
  cities: get('City'),
  regions: get('Region', 'Place'),
  organizations: get('Organization'),
  sportsTeams: get('SportsTeam'),
  people: get('Person'),
  roleNouns: get('Actor'),
  organizationWords: organizationWords(),
  placeWords: placeWords(),
  commonWords: [...common].sort(),
};
writeFileSync(new URL('../data/gazetteers.json', import.meta.url), `${JSON.stringify(data)}\n`);
console.log(
  Object.entries(data)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.length : 1}`)
    .join(', '),
);
