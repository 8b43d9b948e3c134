/**
 * The entity word lists, loaded once at module load: countries (data/countries.json, generated from
 * world-countries), name gazetteers (data/gazetteers.json, generated from compromise's lexicon) and the hand-written
 * titles, role words and pronouns (data/entity-words.json). Keys come from input text, so everything is a Map or Set.
 */

import { readFileSync } from 'node:fs';
import countriesData from '../../data/countries.json' with { type: 'json' };
import dates from '../../data/dates.json' with { type: 'json' };
import words from '../../data/entity-words.json' with { type: 'json' };
import gaz from '../../data/gazetteers.json' with { type: 'json' };
import nicknameData from '../../data/nicknames.json' with { type: 'json' };
import { dataFile } from '../data-file.js';
import { detached } from '../text/detach.js';
import { decodeTables, StringTable } from '../text/string-table.js';

export interface CountryInfo {
  code: string;
  name: string;
}

/** Exact (case-sensitive) surface form → country: canonical names and variants ("U.S.", "Britain"). */
export const countryByName = new Map<string, CountryInfo>();
/** Exact surface form → country, for demonyms ("Chinese", "Australians"). */
export const countryByDemonym = new Map<string, CountryInfo>();
/** ISO alpha-2 → country. */
export const countryByCode = new Map<string, CountryInfo>();
/** Lower-cased capital cities. */
export const capitals = new Set<string>();

for (const c of countriesData.countries) {
  const info: CountryInfo = { code: c.code, name: c.name };
  countryByCode.set(c.code, info);
  for (const v of [c.name, ...c.variants]) if (!countryByName.has(v)) countryByName.set(v, info);
  for (const d of c.demonyms) if (!countryByDemonym.has(d)) countryByDemonym.set(d, info);
  for (const cap of c.capitals) capitals.add(cap.toLowerCase());
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

/** A set of words that is only asked whether it holds a word. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * The long gazetteer lists, lower-case words joined by newlines in data/gazetteers.json, in the order of
 * GAZETTEER_TABLES; data/gazetteer-index.bin holds a hash table over each (src/text/string-table.ts, made by
 * scripts/build-hash-tables.ts). Parsing them as arrays and building Sets of their 42k words cost about 75M
 * instructions of every cold start.
 */
export const GAZETTEER_TABLES = [
  'maleNames',
  'femaleNames',
  'firstNames',
  'lastNames',
  'commonWords',
  'dictionaryWords',
] as const;

/** The file's bytes; undefined before scripts/build-hash-tables.ts has first made it. */
function readIfPresent(url: URL): Buffer | undefined {
  try {
    return readFileSync(url);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function gazetteerTables(): StringTable[] {
  const lists = GAZETTEER_TABLES.map((name) => gaz[name]);
  const file = decodeTables(readIfPresent(dataFile('gazetteer-index.bin')), lists);
  return lists.map((values, i) => StringTable.of(values, file?.[i]));
}

const [maleTable, femaleTable, firstTable, lastTable, commonTable, dictionaryTable] = gazetteerTables() as [
  StringTable,
  StringTable,
  StringTable,
  StringTable,
  StringTable,
  StringTable,
];
/** Distinct words a remembered WordSet keeps answers for before it starts over (as the other word caches do). */
const WORD_MEMO_LIMIT = 20_000;

/**
 * A WordSet over `tables` (a word is in it if any holds it) that remembers its answer per word. A table lookup
 * hashes the word in JavaScript every time, once per table (firstNames asks three, and most words are in none),
 * while a Map reuses the hash V8 keeps on a string; the rules ask about the same words many times a document, and
 * news repeats its words across documents.
 */
function wordSet(...tables: readonly StringTable[]): WordSet {
  const memo = new Map<string, boolean>();
  return {
    has(word) {
      let found = memo.get(word);
      if (found === undefined) {
        found = tables.some((t) => t.find(word) >= 0);
        if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
        memo.set(detached(word), found);
      }
      return found;
    },
  };
}

export const maleNames = wordSet(maleTable);
export const femaleNames = wordSet(femaleTable);
/** Given names: male, female and either. */
export const firstNames = wordSet(maleTable, femaleTable, firstTable);
export const lastNames = wordSet(lastTable);
export const commonWords = wordSet(commonTable);
/**
 * Lower-case dictionary words that no name list holds: `commonWords` and the words of news text beyond compromise's
 * lexicon ("loss", "slump", "liar", "mourners"; `dictionaryWords` of data/gazetteers.json). A title-case headline
 * capitalizes them all. Kept apart from `commonWords`, which is a feature the tagger was trained with.
 */
export const plainWords = wordSet(commonTable, dictionaryTable);
/** Last words of organization names, as written ("Committee", "Authority", "Inc."). */
export const organizationSuffixes: ReadonlySet<string> = new Set(words.organizationSuffixes);
export const organizationHeadWords = new Set([...lower(gaz.organizationWords), ...lower(words.organizationSuffixes)]);
export const placeHeadWords = lower(gaz.placeWords);

/** Multi-token gazetteer phrases (lower case, tokens joined by a space) → class letter used as a feature. */
export const gazetteerPhrases = new Map<string, string>();
function addPhrases(list: readonly string[], cls: string): void {
  for (const p of list) {
    const key = p.toLowerCase();
    if (!gazetteerPhrases.has(key)) gazetteerPhrases.set(key, cls);
  }
}
addPhrases([...countryByName.keys()], 'C');
addPhrases([...capitals], 'L');
addPhrases(gaz.cities, 'L');
addPhrases(gaz.regions, 'L');
addPhrases(gaz.organizations, 'O');
addPhrases(gaz.sportsTeams, 'O');
addPhrases(gaz.people, 'P');
/** Every proper prefix of a gazetteer phrase, in whole tokens ("new york" of "new york city"): ends phrase searches early. */
export const gazetteerPrefixes = new Set<string>();
for (const key of gazetteerPhrases.keys()) {
  for (let bar = key.indexOf(' '); bar >= 0; bar = key.indexOf(' ', bar + 1)) gazetteerPrefixes.add(key.slice(0, bar));
}
/** Longest gazetteer phrase, in tokens. */
export const maxPhraseTokens = Math.min(6, Math.max(...[...gazetteerPhrases.keys()].map((k) => k.split(' ').length)));

export const honorificGender = new Map<string, 'male' | 'female' | 'unknown'>();
for (const h of words.honorifics.male) honorificGender.set(h, 'male');
for (const h of words.honorifics.female) honorificGender.set(h, 'female');
for (const h of words.honorifics.neutral) honorificGender.set(h, 'unknown');

/**
 * Pre-name titles, as token sequences ("Prime Minister" → ['Prime', 'Minister']), with the untagged ones: titles added
 * after the tagger was trained, which stay out of its title feature (`titleFirstWords`) so that its input is the one
 * it learned from ("County" and "City" open names far more often than titles).
 */
export const titlePhrases = new Set([...words.titles, ...words.untaggedTitles]);
export const titleFirstWords = new Set(words.titles.map((t) => t.split(' ')[0]!));
export const roleHeads = lower(words.roleHeads);
/**
 * Role heads that also end a title ("Health Minister", "President", "Senator"): offices, which "the minister" may
 * recall once the article has given one to a single person; not "resident" or "worker".
 */
export const officeHeads = new Set(
  words.titles.map((t) => t.split(' ').at(-1)!.toLowerCase()).filter((w) => roleHeads.has(w)),
);
/** The office an abbreviated title names: "Gov." → governor. */
export const titleAbbreviations = new Map<string, string>(Object.entries(words.titleAbbreviations));
for (const office of titleAbbreviations.values()) officeHeads.add(office);
/**
 * Nouns for people ("spokesman", "coordinator", "historian", "fan"): role heads, the person nouns of the gazetteer
 * and the plain nouns for people in a crowd that are no role (`peopleNouns`: "fan", "voter", "onlooker").
 */
export const personNouns: ReadonlySet<string> = new Set([
  ...roleHeads,
  ...lower(gaz.roleNouns),
  ...lower(words.peopleNouns),
]);
/** Number words ("hundred", "dozen", "ten"): their plurals ("Hundreds died") count people, they name none. */
export const numberWords: ReadonlySet<string> = new Set(Object.keys(dates.numbers).filter((k) => !k.includes(' ')));
/** Last words of sports teams' names ("patriots", "saints"): a plural that can name the team alone. */
export const teamLastWords: ReadonlySet<string> = new Set(
  gaz.sportsTeams.map((t) => t.split(' ').at(-1)!.toLowerCase()),
);
/** Plain nouns for the people of a place ("resident", "man", "couple"): a name right before one is the place. */
export const localPeopleNouns: ReadonlySet<string> = new Set(words.localPeopleNouns);
/** Plain nouns for a kind of place, some of two words ("crossing", "refugee camp"): a name right before one is the place. */
export const placeNouns: ReadonlySet<string> = new Set(words.placeNouns);
export const femaleNouns = lower(words.female);
export const maleNouns = lower(words.male);
export const organizationDescriptionHeads = lower(words.organizationHeads);
export const mediaWords = new Set(words.mediaWords);
/** Common nouns that say the name before them is a news outlet ("The Australian newspaper", "the Gazette website"). */
export const mediaNouns: ReadonlySet<string> = new Set(words.mediaNouns);
/**
 * Participles and "lead" that modify a role noun before a name ("lead author Emma Reid", "acting director", "presiding
 * judge"): the tagger reads them as verbs.
 */
export const titleParticiples: ReadonlySet<string> = new Set(words.titleParticiples);
/** Words between a verb of telling and its hearer: "told the Financial Times", "said in an interview with CNN". */
export const hearerLinks: ReadonlySet<string> = new Set(words.hearerLinks);
export const nameConnectors = new Set(words.connectors);
export const malePronouns = new Set(words.pronouns.male);
export const femalePronouns = new Set(words.pronouns.female);
export const neuterPronouns = new Set(words.pronouns.neuter);
/** Titles that split a tagged span into an organization and a person ("Apple CEO Steve Jobs"). */
export const splitTitles = new Set(words.splitTitles);
/** Last words that make a name an organization whatever the tagger said ("Apple Computer", "Aer Lingus" does not). */
export const strongOrganizationSuffixes = new Set(words.strongOrganizationSuffixes);
/** Words that make a company's name of a demonym alone ("Turkish Airlines"). */
export const demonymCompanyWords: ReadonlySet<string> = new Set(words.demonymCompanyWords);
/** The word before "Court" that makes it a court of law ("District Court", "High Court"). */
export const courtKinds: ReadonlySet<string> = new Set(words.courtKinds);
/** Names of broadcast news programmes, as written ("Face the Nation", "Fox News Sunday"). */
export const broadcastShows: readonly string[] = words.broadcastShows;
/** Title words that also end the names of bodies ("Health Service Executive"). */
export const bodyTitles: ReadonlySet<string> = new Set(words.bodyTitles);
/** Last words of the names of local government areas ("Maricopa County", "Orleans Parish"). */
export const adminUnits: ReadonlySet<string> = new Set(words.adminUnits);
/** Organization heads that take an "of" phrase into the name: "School of Medicine", "Department of Justice". */
export const ofHeads = new Set(words.ofHeads);
/** Description heads that only fit a business ("the company", "the giant"). */
export const commercialHeads = lower(words.commercialHeads);
/** Last words of organization names that are no business (a party, a ministry): never "the company". */
export const nonCommercialSuffixes = new Set(words.nonCommercialSuffixes);
/** Last words that make a name a place ("Changi International Airport", "Wembley Stadium"). */
export const locationSuffixes = new Set(words.locationSuffixes);
/** Capitalized tokens that are never names: time zones, currency codes ("UTC", "USD"). */
export const notNames = new Set(words.notNames);
/** Products and brands the news names bare ("Windows", "PlayStation", "ChatGPT"): names, but of no entity type here. */
export const productNames: ReadonlySet<string> = new Set(words.productNames);
/** Acronyms of common nouns ("SUV", "DUI", "LCD", "GDP"): in capitals, but no name; a plural adds "s". */
const commonAcronymSet: ReadonlySet<string> = new Set(words.commonAcronyms);
export function isCommonAcronym(w: string): boolean {
  return commonAcronymSet.has(w) || (w.length > 2 && w.endsWith('s') && commonAcronymSet.has(w.slice(0, -1)));
}
/** Letters after a person's name: a rank or an office ("Nicholas Achterberg KC", "Jess Phillips MP"), no name. */
export const postNominals: ReadonlySet<string> = new Set(words.postNominals);
/**
 * Seats in a parliament, which news writes after a name ("Jess Phillips MP") and, in a title, between the party and
 * the name ("TMC MP Mahua Moitra", "SNP MSP Kate Forbes"): there they split a tagged span like the split titles.
 */
export const seatTitles: ReadonlySet<string> = new Set(words.untaggedTitles.filter((t) => postNominals.has(t)));
/** Words of a minister's portfolio before the title ("Union Agriculture Minister"): part of the title, no body. */
export const portfolioWords: ReadonlySet<string> = new Set(words.portfolioWords);
/** Plural titles before a list of names, and the singular each name takes ("Justices" → "Justice"). */
export const pluralTitles: ReadonlyMap<string, string> = new Map(Object.entries(words.pluralTitles));
/** Words of a public sector or a sport that name a national body before a place ("Statistics Canada"). */
export const sectorBodyWords: ReadonlySet<string> = new Set(words.sectorBodyWords);
/**
 * Titles of monarchs and their families, rulers and the pope, written before a given name ("Queen Rania", "Emir
 * Tamim"): what follows is a person, whatever the tagger called the whole.
 */
export const royalTitles: ReadonlySet<string> = new Set(words.royalTitles);
/** Party labels written before a politician's name like a title ("Democrat Jane Smith", "Libertarian Sam Okonkwo"). */
export const partyLabels: ReadonlySet<string> = new Set(words.partyLabels);
/**
 * Holidays are dates, not people, places or organizations ("Sales doubled over Christmas"): the dates lexicon's
 * holiday names, lower-cased, with "new year" (the tagger's span leaves out "'s Day") and the feasts whose date moves
 * with a lunar or church calendar ("Lunar New Year", "Eid al-Fitr", "Easter").
 */
export const holidayNames = new Set([
  ...Object.keys(dates.holidays),
  ...dates.movableHolidays,
  ...Object.keys(dates.weekdayHolidays).filter((k) => !k.startsWith('_')),
  'new year',
]);
/** Family names written first ("Ren Zhengfei", "Kim Jong Un", "Nguyen Van An"). */
export const eastAsianSurnames = new Set(words.eastAsianSurnames);
/** A company's legal form after its name ("Inc.", "GmbH"): after a comma it is still part of the name. */
export const legalForms: ReadonlySet<string> = new Set(words.legalForms);
/** Names of people the news names by family name alone (case-sensitive, as written). */
export const publicFigures: ReadonlySet<string> = new Set(words.publicFigures);
/** Head words that open the names of bodies in German, French, Spanish, Portuguese and Italian ("Banco", "Partido"). */
export const foreignBodyHeads: ReadonlySet<string> = new Set(words.foreignBodyHeads);
/** Endings of one-word names of bodies in Scandinavian and German ("Rigshospitalet", "Karolinska Institutet"). */
export const bodyEndings: readonly string[] = words.bodyEndings;
/** Adjectives that open many company names ("Advanced Micro Devices"), kept on a suffixed name at a sentence's start. */
export const nameOpeningWords: ReadonlySet<string> = new Set(words.nameOpeningWords);
/** Short names the news uses for bodies, and the full names they stand for ("Fed" → "Federal Reserve"). */
export const shortNames: ReadonlyMap<string, string> = new Map(Object.entries(words.shortNames));
/** Companies the news names without a legal form (case-sensitive, as written). */
export const knownCompanies: ReadonlySet<string> = new Set(words.knownCompanies);
/** Known companies whose name is also an everyday word or a place ("Apple", "Amazon", "Shell"). */
export const wordlikeCompanies: ReadonlySet<string> = new Set(words.wordlikeCompanies);
/** Armed groups, militias and political movements the news names bare ("Hamas", "Al-Shabaab"), as written. */
export const armedGroups: ReadonlySet<string> = new Set(words.armedGroups);
/** Parliaments and their chambers the news names bare in their own language: "Dáil", "Knesset", "Lok Sabha". */
export const legislatures: ReadonlySet<string> = new Set(words.legislatures);
/** Arabic, Urdu and Persian words for army, front, movement or supporters that open groups' names ("Ansar", "Jaish"). */
export const armedGroupHeads: ReadonlySet<string> = new Set(words.armedGroupHeads);
/** Positions and posts in a sports team ("striker", "skipper", "manager"): a place before one names the club. */
export const sportRoles: ReadonlySet<string> = new Set(words.sportRoles);
/**
 * Words right before a side in a match report, lower-cased and split at spaces ("beat", "lost to", "victory over"),
 * and words right after a side that open its result ("beat", "drew", "were held").
 */
export const resultBefore: readonly (readonly string[])[] = words.resultBefore.map((w) => w.split(' '));
export const resultAfter: readonly (readonly string[])[] = words.resultAfter.map((w) => w.split(' '));
/**
 * Acronyms of camera and recording systems that are also a broadcaster's name ("CCTV"): the system, no name, unless
 * the sentence speaks of the broadcaster.
 */
export const recordingSystems: ReadonlySet<string> = new Set(words.recordingSystems);
/** Words only sports reports use: a sport, a player's position, a competition. */
export const sportWords: ReadonlySet<string> = new Set(words.sportWords);
/** Places whose name holds its article ("The Hague", "The Gambia"), as written. */
export const thePlaces: ReadonlySet<string> = new Set(words.thePlaces);
/** Nouns a number follows to name one of a series ("Game 2", "Stage 12", "Chapter 11"): no names alone. */
export const numberedNouns: ReadonlySet<string> = new Set(words.numberedNouns);
/** Last words of event names ("Paris Air Show", "World Cup"): events are no entities of our four types. */
export const eventSuffixes = new Set(words.eventSuffixes);
/** Last words of the names of laws and bills ("Clean Air Act", "Online Safety Bill"): no entities either. */
export const lawSuffixes: ReadonlySet<string> = new Set(words.lawSuffixes);

/** Diminutives and short forms of given names, lower case → the formal names they stand for ("maggie" → margaret). */
export const nicknames: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(nicknameData.nicknames));

/**
 * The gender a lower-case given name tells, if only one: from the name lists, else from the formal names a short form
 * stands for when they agree ("bill" → william, male; "chris" → christopher or christine, none). "Bill" and "Pat"
 * are common words the name lists leave out.
 */
export function givenNameGender(word: string): 'male' | 'female' | undefined {
  const m = maleNames.has(word);
  const f = femaleNames.has(word);
  if (m !== f) return m ? 'male' : 'female';
  if (m) return undefined;
  let gender: 'male' | 'female' | undefined;
  for (const formal of nicknames.get(word) ?? []) {
    const fm = maleNames.has(formal);
    if (fm === femaleNames.has(formal)) return undefined;
    const g = fm ? 'male' : 'female';
    if (gender && gender !== g) return undefined;
    gender = g;
  }
  return gender;
}

/** Words that make a compound office with the head after them: "vice president" is no president, nor the "shadow
 * chancellor" the chancellor. */
export const compoundOfficeWords: ReadonlySet<string> = new Set([
  'vice',
  'deputy',
  'prime',
  'assistant',
  'associate',
  'lieutenant',
  'under',
  'shadow',
]);

/** The possessive endings as tokens ("China 's", "Brighton ’s"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '\u2019s']);
