/**
 * Name mention candidates: the tagger's spans, refined by rules the model cannot learn from CoNLL (titles kept off
 * person names, title-case headline words that are not names, countries and demonyms from the country data).
 */

import { WIRE_AGENCIES } from '../article/lexicon.js';
import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { detached } from '../text/detach.js';
import { LetterPattern, startsCapitalized, startsLower } from '../text/letters.js';
import type { EntityType, MentionForm } from '../types.js';
import { type DocEvidence, hasUpper, type NerToken } from './features.js';
import {
  type CountryInfo,
  commonWords,
  countryByDemonym,
  countryByName,
  eastAsianSurnames,
  eventSuffixes,
  firstNames,
  gazetteerPhrases,
  holidayNames,
  isCommonAcronym,
  lastNames,
  nameConnectors,
  notNames,
  numberedNouns,
  ofHeads,
  organizationDescriptionHeads,
  organizationHeadWords,
  partyLabels,
  personNouns,
  placeHeadWords,
  plainWords,
  portfolioWords,
  postNominals,
  productNames,
  roleHeads,
  strongOrganizationSuffixes,
  titlePhrases,
} from './lexicon.js';
import type { NerClass, TaggedSpan } from './tagger.js';

const CAPITALIZED_WORD = new LetterPattern(String.raw`^\p{Lu}[\p{Ll}'’-]+$`);
const CAPITALIZED_START = new LetterPattern(String.raw`^\p{Lu}[\p{Ll}'’.-]`);
const CAPITALS = new LetterPattern(String.raw`^\p{Lu}+$`);

export interface Candidate {
  /** Tagger token indices, inclusive. */
  first: number;
  last: number;
  type: EntityType;
  form: MentionForm;
  rule: string;
  confidence: number;
  country: CountryInfo | undefined;
  /** Titles found right before a person name ("President"). */
  titles: string[] | undefined;
  /** The organization a title split off before this person ("Apple" in "Apple CEO Steve Jobs"). */
  organizationBefore: Candidate | undefined;
  /** Written after a capitalized mid-sentence "The" ("From The Epoch Times"): the article is part of the name. */
  withThe: boolean | undefined;
}

/** The fields a rule gives a new candidate; the rest start out undefined. */
export type CandidateFields = Pick<Candidate, 'first' | 'last' | 'type' | 'form' | 'rule' | 'confidence'> & {
  country?: CountryInfo | undefined;
  titles?: string[] | undefined;
  organizationBefore?: Candidate | undefined;
  withThe?: boolean | undefined;
};

/**
 * A new candidate with every field present and always in this order. V8 gives objects built with the same fields in
 * the same order one hidden class; candidates built by ~40 rules with their own subsets of the optional fields (and
 * `delete`d fields, which turn an object into a dictionary) had 15, so the functions reading them were compiled again
 * each time another shape reached them, then left megamorphic. Spread copies (`candidate({ ...c, last })`) keep the class.
 */

export function candidate(f: CandidateFields): Candidate {
  return {
    first: f.first,
    last: f.last,
    type: f.type,
    form: f.form,
    rule: f.rule,
    confidence: f.confidence,
    country: f.country,
    titles: f.titles,
    organizationBefore: f.organizationBefore,
    withThe: f.withThe,
  };
}

/** A wire agency in brackets: "(Reuters)", "(AP)", "(Bloomberg) --". */
export function wireAgencyInBrackets(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  if (tokens[c.first - 1]?.text !== '(' || tokens[c.last + 1]?.text !== ')') return false;
  return WIRE_AGENCIES.has(spanText(tokens, c.first, c.last, text));
}

/** Which tokens the candidates cover: 1 at each token inside one. */
export function coveredTokens(cands: readonly Candidate[], length: number): Uint8Array {
  const covered = new Uint8Array(length);
  for (const c of cands) covered.fill(1, c.first, c.last + 1);
  return covered;
}

const TYPE_OF: Record<Exclude<NerClass, 'MISC'>, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
};

export function spanText(tokens: readonly NerToken[], first: number, last: number, text: string): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** A clock reading: "3", "11", "7:30", "10.15". */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?$/;

/**
 * Whether a clock reading stands right before token `k` in its sentence: "at 3 PM Eastern", "by 11 PM Tuesday" hold
 * the time of day, no title ("PM" is also the prime minister's).
 */
export function clockBefore(tokens: readonly NerToken[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev !== undefined && prev.sentence === tokens[k]!.sentence && CLOCK.test(prev.text);
}

/** The longest title phrase ending right before token `i` ("Prime Minister" before a name), as [first, title]. */
export function titleBefore(tokens: readonly NerToken[], i: number, text: string): [number, string] | undefined {
  for (let len = 3; len >= 1; len--) {
    const first = i - len;
    if (first < 0 || tokens[first]!.sentence !== tokens[i]!.sentence) continue;
    const phrase = text.slice(tokens[first]!.start, tokens[i - 1]!.end);
    if (!titlePhrases.has(phrase) || clockBefore(tokens, first)) continue;
    // "Business Secretary Jonathan Reynolds", "Municipal Affairs and Housing Minister Rob Flack": portfolio words
    // before the title, and an "and" between two of them, are part of it.
    let from = first;
    for (;;) {
      const prev = tokens[from - 1];
      if (!prev || i - from >= 6 || prev.sentence !== tokens[i]!.sentence) break;
      if (portfolioWords.has(prev.text)) from--;
      else if ((prev.text === 'and' || prev.text === '&') && portfolioWords.has(tokens[from - 2]?.text ?? '')) from--;
      else break;
    }
    return [from, text.slice(tokens[from]!.start, tokens[i - 1]!.end)];
  }
  return undefined;
}

/** Strips titles off the front of a person span and collects titles standing right before it. */
export function personTitles(tokens: readonly NerToken[], c: Candidate, text: string): void {
  const titles: string[] = [];
  // Titles inside the span ("President Donald Trump" tagged whole): move the start past them.
  for (;;) {
    let stripped = false;
    for (let len = Math.min(3, c.last - c.first); len >= 1; len--) {
      const phrase = spanText(tokens, c.first, c.first + len - 1, text);
      if (titlePhrases.has(phrase)) {
        titles.push(phrase);
        c.first += len;
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  // "Libertarian Sam Okonkwo" tagged whole: a party label before a given name and a family name is the person's
  // affiliation ("Tory Burch" keeps its given name).
  if (c.last - c.first >= 2 && partyLabels.has(tokens[c.first]!.text)) {
    if (firstNames.has(tokens[c.first + 1]!.text.toLowerCase())) titles.push(tokens[c.first++]!.text);
  }
  let before = titleBefore(tokens, c.first, text);
  // "Defense Minister Gen Nakatani": an abbreviated title written without its full stop ("Gen" for "Gen.") right
  // after another title is no second title but a given name (stacked ranks keep theirs: "Defence Minister Lt. Gen.").
  const gen = before && before[0] === c.first - 1 ? tokens[before[0]]! : undefined;
  if (gen && before![1] === gen.text && titlePhrases.has(`${gen.text}.`)) {
    const earlier = titleBefore(tokens, c.first - 1, text);
    if (earlier && gen.start > tokens[c.first - 2]!.end) {
      c.first -= 1;
      before = earlier;
      if (titles[titles.length - 1] === gen.text) titles.pop();
    }
  }
  // "National Security" + "Adviser Eduardo Año": a title stripped off the span that ends the longer title before
  // it is that title.
  if (before) titles.splice(0, titles.length, before[1], ...titles.filter((t) => !before[1].endsWith(t)));
  if (titles.length > 0) c.titles = titles;
}

/**
 * Where the article's headline ends: at the second line break (a title-case headline and the line under it). Other
 * title-case lines (results tables: "Crystal Palace 2 Stoke City 1") hold names made of plain words.
 */
export function headlineEnd(text: string): number {
  const firstBreak = text.indexOf('\n');
  const secondBreak = firstBreak < 0 ? -1 : text.indexOf('\n', firstBreak + 1);
  return secondBreak < 0 ? text.length : secondBreak;
}

/**
 * A span every word of which is a common lower-case word, inside a title-case line, and never capitalized
 * mid-sentence elsewhere in the document: "Breaks Silence", "Says Company". In the headline (before `headEnd`) any
 * plain dictionary word in title case counts ("Slump", "Liar") unless the span ends like a name ("Wall Street");
 * elsewhere only compromise's common words do.
 */
export function headlineWords(
  tokens: readonly NerToken[],
  first: number,
  last: number,
  evidence: DocEvidence,
  headEnd: number,
): boolean {
  // "Window On Wall Street": a run that ends in the last word of a body's or a place's name is one, and so is a
  // word before a number ("Route 66", "Apollo 11").
  const after = tokens[last + 1];
  const named =
    (last > first && headWord(tokens[last]!.text)) ||
    (after !== undefined && after.sentence === tokens[last]!.sentence && /^\d/.test(after.text));
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.line !== 't') return false;
    const w = t.text.toLowerCase();
    // A word in capitals there is no title-case word: a dateline's place ("FORT WORTH, Texas") or an acronym.
    const words = t.start < headEnd && t.text !== t.text.toUpperCase() && !named ? plainWords : commonWords;
    // A word the article itself writes in lower case ("the port", "customer data") is common there too.
    const common =
      words.has(w) ||
      words.has(t.lemma.toLowerCase()) ||
      organizationDescriptionHeads.has(w) ||
      roleHeads.has(w) ||
      evidence.lower.has(w);
    if (!common || evidence.capitalMid.has(w)) return false;
  }
  return true;
}

function besideNumber(tokens: readonly NerToken[], i: number): boolean {
  const t = tokens[i]!;
  const near = (j: number) => tokens[j]?.sentence === t.sentence && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[j]!.text);
  return near(i + 1) || near(i - 1);
}

const PRODUCT_SHAPE = /^[a-z]{1,2}[A-Z]/;
const DESIGNATION = /^[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,3}$/;
// "747", "A380", "737-800", "787s"; not scores or counts (one or two digits) nor years (four).
const MODEL_NUMBER = /^(?:[A-Z]{1,2}\d{2,4}|\d{3})(?:-\d{1,4})?[A-Za-z]{0,3}$/;

/** Drops name connectors a greedy tagger left at the end of a span ("Boeing for", "iPhone and"). */
function trimConnectors(tokens: readonly NerToken[], s: TaggedSpan): TaggedSpan {
  let last = s.last;
  while (last > s.first && nameConnectors.has(tokens[last]!.text) && tokens[last]!.text !== '&') last--;
  return last === s.last ? s : { ...s, last };
}

/** Plural nouns for a party's members after its name ("Labour MPs", "Tory peers", "Republican senators"). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set([
  'MPs',
  'MEPs',
  'MSPs',
  'MLAs',
  'TDs',
  'peers',
  'lawmakers',
  'legislators',
  'senators',
  'councillors',
  'councilors',
  'members',
  'voters',
  'supporters',
  'leaders',
  'activists',
  'politicians',
  'candidates',
  'delegates',
  'rebels',
  'backbenchers',
]);

/**
 * "CNBC Saturday reported", "told Reuters Monday that": a weekday the tagger ran a name on into, before a lower-case
 * word or a comma, is the date of the verb, no part of the name. A weekday after "on" ("The Mail on Sunday") or before
 * another capitalized word ("Saturday Night Live") is left in.
 */
function trimWeekday(tokens: readonly NerToken[], s: TaggedSpan): TaggedSpan {
  if (s.cls !== 'ORG' || s.last - s.first < 1) return s;
  const day = tokens[s.last]!;
  if (!WEEKDAYS.has(day.text.toLowerCase()) || tokens[s.last - 1]!.text.toLowerCase() === 'on') return s;
  // "… Sheffield Wednesday 2 Nottingham Forest 1", "pacesetters Sheffield Wednesday.": a club's name ends a row or
  // a sentence; the verb's day goes on with the clause.
  const next = tokens[s.last + 1];
  if (!next || next.sentence !== day.sentence || !(startsLower(next.text) || next.text === ',')) return s;
  // "the BBC's Sunday programme": the owner's possessive goes with the day, not with the name.
  const possessive = tokens[s.last - 1]!.text;
  const cut = (possessive === "'s" || possessive === '’s') && s.last - 2 >= s.first ? 2 : 1;
  return { ...s, last: s.last - cut };
}

/**
 * Whether a span is a family name written first and one or two given names: a common East Asian family name, then
 * capitalized words that are neither common English words nor the head words of places, bodies or events ("Song
 * Dynasty" and "Long March" are no people).
 */
function surnameFirst(tokens: readonly NerToken[], s: TaggedSpan): boolean {
  if (s.last - s.first < 1 || s.last - s.first > 2 || !eastAsianSurnames.has(tokens[s.first]!.text)) return false;
  for (let i = s.first + 1; i <= s.last; i++) {
    const w = tokens[i]!.text;
    const lower = w.toLowerCase();
    if (!CAPITALIZED_WORD.test(w) || commonWords.has(lower) || eventSuffixes.has(w)) return false;
    if (organizationHeadWords.has(lower) || placeHeadWords.has(lower)) return false;
  }
  return true;
}

/**
 * "Town Supervisor Alan Crowley" tagged MISC: a title opening the span and a name of two or three capitalized
 * words after it, the first a known first name. Returns the person candidate, or undefined.
 */
function titledMisc(tokens: readonly NerToken[], s: TaggedSpan, text: string): Candidate | undefined {
  for (let len = Math.min(3, s.last - s.first - 1); len >= 1; len--) {
    const title = spanText(tokens, s.first, s.first + len - 1, text);
    if (!titlePhrases.has(title)) continue;
    const first = s.first + len;
    const words = s.last - first + 1;
    if (words < 2 || words > 3 || !firstNames.has(tokens[first]!.text.toLowerCase())) return undefined;
    for (let i = first; i <= s.last; i++) if (!CAPITALIZED_START.test(tokens[i]!.text)) return undefined;
    return candidate({
      first,
      last: s.last,
      type: 'person',
      form: 'name',
      rule: 'entities/split:title',
      confidence: 0.7,
      titles: [title],
    });
  }
  return undefined;
}

/**
 * Prepositions between a person noun and the body the person works at: "scientists from / at / with the". Not "of":
 * "head of the Roman Catholic Church", "patron of the Bosnian Serbs" hold peoples and names the tagger cut short.
 */
const EMPLOYER_LINKS = new Set(['from', 'at', 'with']);

/**
 * Whether a MISC span of capitalized words follows a person noun, a preposition and "the" ("researchers at the
 * British Antarctic Survey"): the body they work for, not an event or a nationality.
 */
function employerMisc(tokens: readonly NerToken[], s: TaggedSpan): boolean {
  if (s.last === s.first || s.first < 3 || eventSuffixes.has(tokens[s.last]!.text)) return false;
  const the = tokens[s.first - 1]!;
  const link = tokens[s.first - 2]!;
  const noun = tokens[s.first - 3]!;
  if (the.text !== 'the' || !EMPLOYER_LINKS.has(link.text) || noun.sentence !== the.sentence) return false;
  if (!personNouns.has(noun.lemma.toLowerCase()) && !personNouns.has(noun.text.toLowerCase())) return false;
  for (let i = s.first; i <= s.last; i++) if (!startsCapitalized(tokens[i]!.text)) return false;
  return true;
}

function misc(s: TaggedSpan): Candidate {
  return candidate({ first: s.first, last: s.last, type: 'organization', form: 'name', rule: '', confidence: 0.6 });
}

/**
 * "Trinidad and Tobago", "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": two names joined by "and"
 * (and "the") that together are a country's name are that one country, whatever the tagger typed the parts.
 */
function joinedCountry(
  tokens: readonly NerToken[],
  prev: Candidate,
  c: Candidate,
  text: string,
): Candidate | undefined {
  if (prev.form !== 'name' || c.form !== 'name' || c.first - prev.last > 3 || c.first - prev.last < 2) return undefined;
  if (tokens[prev.first]!.sentence !== tokens[c.last]!.sentence) return undefined;
  const link = tokens[prev.last + 1]!.text;
  if (link !== 'and' && link !== '&') return undefined;
  if (c.first - prev.last === 3 && tokens[prev.last + 2]!.text !== 'the') return undefined;
  const country = countryByName.get(spanText(tokens, prev.first, c.last, text));
  if (!country) return undefined;
  return candidate({ ...prev, last: c.last, type: 'country', country, rule: 'entities/merge:country' });
}

/** A name in capitals of two to seven letters: an acronym ("RBI", "ECOMOG"), or a word of a headline in capitals. */
const ACRONYM = /^[A-Z]{2,7}$/;

/**
 * A country right before an organization is part of its name ("United States Air Force", "U.S. Treasury"), and
 * "United States" "of" "America" is one country.
 */
function mergeAdjacent(tokens: readonly NerToken[], cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out.at(-1);
    const joined = prev ? joinedCountry(tokens, prev, c, text) : undefined;
    if (joined) {
      out[out.length - 1] = joined;
      continue;
    }
    if (
      prev &&
      prev.form === 'name' &&
      prev.type === 'country' &&
      tokens[prev.first]!.sentence === tokens[c.first]!.sentence
    ) {
      // "India RBI chief sees cut", "France ONIC said": an acronym is a whole name, and the country before it in a
      // headline's telegraphese says whose it is.
      const acronym = c.first === c.last && ACRONYM.test(tokens[c.first]!.text);
      if (c.type === 'organization' && c.form === 'name' && prev.last + 1 === c.first && !acronym) {
        out[out.length - 1] = candidate({ ...c, first: prev.first, rule: 'entities/merge:country-organization' });
        continue;
      }
      if (
        c.type === 'country' &&
        c.form === 'name' &&
        prev.last + 2 === c.first &&
        tokens[prev.last + 1]!.text === 'of'
      ) {
        const country = countryByName.get(spanText(tokens, prev.first, c.last, text));
        if (country) {
          out[out.length - 1] = candidate({ ...prev, last: c.last, country, rule: 'entities/merge:country' });
          continue;
        }
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * A headline word that is no name by itself: a plain word the body never capitalizes mid-sentence, or one the body
 * writes in lower case ("the speech" makes "Trump Speech" Trump's).
 */
function genericHeadlineWord(t: NerToken, evidence: DocEvidence): boolean {
  const w = t.text.toLowerCase();
  if (evidence.capitalMid.has(w) || /[.\d]/.test(t.text) || t.text.slice(1) !== t.text.slice(1).toLowerCase())
    return false;
  return (
    plainWords.has(w) ||
    plainWords.has(t.lemma.toLowerCase()) ||
    organizationDescriptionHeads.has(w) ||
    roleHeads.has(w) ||
    evidence.lower.has(w)
  );
}

/** Tags of the words that make a headline a clause, which no body's name holds but "of". */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'PRON']);

/** Whether a word ends the names of bodies or places ("Service", "Party", "Street", "House"). */
function headWord(word: string): boolean {
  const w = word.toLowerCase();
  return organizationHeadWords.has(w) || placeHeadWords.has(w);
}

/**
 * Whether a span has the shape of a body's or a place's name, whose words may all be plain ones: it ends in their
 * last word ("Moody's Investors Service", "Transkaryotic Therapies Inc.", "Wall Street") or holds a head that takes
 * an "of" phrase ("Marion County Board of Education"), and no verb or preposition but "of".
 */
function bodyShaped(tokens: readonly NerToken[], s: TaggedSpan): boolean {
  // "Obama Power Plant Rules Face Key Test In U.S. Court" is a headline that ends in a body's name.
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    if (CLAUSE_TAGS.has(t.pos) && t.text.toLowerCase() !== 'of') return false;
  }
  if (headWord(tokens[s.last]!.text)) return true;
  for (let i = s.first + 1; i < s.last; i++) {
    if (ofHeads.has(tokens[i]!.text) && tokens[i + 1]!.text.toLowerCase() === 'of') return true;
  }
  return false;
}

/** Parts of speech of function words ("Of", "The", "Has", "When"), which neither open nor close a name. */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'ADV']);

function functionWord(t: NerToken): boolean {
  return FUNCTION_TAGS.has(t.pos) && plainWords.has(t.text.toLowerCase());
}

/**
 * In a title-case headline the tagger can run a name on into the words after it ("Obama Power Plant Rules Face Key
 * Test"): a span there keeps only its runs of name-like words, less the function words at their ends, which the body
 * capitalizes in titles ("Endorsement Of Trump" leaves no "Of"), and a plain word left alone.
 */
function headlineRuns(tokens: readonly NerToken[], s: TaggedSpan, evidence: DocEvidence): TaggedSpan[] {
  if (s.first === s.last || tokens[s.first]!.line !== 't' || bodyShaped(tokens, s)) return [s];
  const out: TaggedSpan[] = [];
  let open = -1;
  for (let i = s.first; i <= s.last + 1; i++) {
    const generic = i > s.last || genericHeadlineWord(tokens[i]!, evidence);
    if (!generic && open < 0) open = i;
    else if (generic && open >= 0) {
      out.push({ first: open, last: i - 1, cls: s.cls });
      open = -1;
    }
  }
  if (out.length === 1 && out[0]!.first === s.first && out[0]!.last === s.last) return [s];
  const trimmed: TaggedSpan[] = [];
  for (const run of out) {
    let { first, last } = run;
    while (first <= last && functionWord(tokens[first]!)) first++;
    while (last >= first && functionWord(tokens[last]!)) last--;
    // "Department Of Homeland Security": "Security" alone, what the split leaves of a name whose other words the
    // body never capitalizes, is the plain word again.
    if (first === last && plainWords.has(tokens[first]!.text.toLowerCase())) continue;
    if (first <= last) trimmed.push({ first, last, cls: s.cls });
  }
  return trimmed;
}

/** Whether tokens first..last are all time-zone, weekday or month words, with at least one weekday or month. */
function onlyDateWords(tokens: readonly NerToken[], first: number, last: number): boolean {
  let calendar = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!.text;
    const lower = t.toLowerCase();
    const day = WEEKDAYS.has(lower) || MONTHS.has(lower);
    if (!day && !notNames.has(t) && !WEEKDAYS.has(`${lower}.`)) return false;
    calendar ||= day;
  }
  return calendar;
}

/** Whether token i is a common word written in capitals (4 letters or more) before a lower-case word. */
function shouted(tokens: readonly NerToken[], i: number): boolean {
  const t = tokens[i]!.text;
  if (t.length < 4 || t !== t.toUpperCase() || !CAPITALS.test(t)) return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]!.sentence || !startsLower(next.text)) return false;
  const lower = t.toLowerCase();
  if (firstNames.has(lower) || lastNames.has(lower)) return false;
  return commonWords.has(lower) || (lower.length >= 6 && SHOUTED_SUFFIX.test(lower));
}
/** Endings of the adjectives and participles tabloids shout ("HEARTBROKEN", "TRAGIC", "FURIOUS"). */
const SHOUTED_SUFFIX = /(?:en|ed|ing|ful|ous|ic|ive|less)$/;

/** Words before a demonym that make it a language ("speaking in French", "translated from Arabic"). */
const LANGUAGE_LEADS = new Set(['in', 'speaking', 'speaks', 'spoke', 'spoken', 'from', 'into', 'fluent']);

/** Whether the demonym at first..last names a language: after "in", "speaking" …, and no noun after it. */
function languageUse(tokens: readonly NerToken[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (!before || !LANGUAGE_LEADS.has(before.text.toLowerCase())) return false;
  return !after || after.sentence !== before.sentence || (after.pos !== 'NOUN' && after.pos !== 'PROPN');
}

/** Verbs of speech whose subject is someone, never a product or an event. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'announced',
  'announces',
  'added',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'stated',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'warned',
  'warns',
  'explained',
]);

/** Peoples and political camps ("Chechens", "Social Democrats", "Republican"): MISC in CoNLL even when they speak. */
function groupName(surface: string): boolean {
  return /(?:ans|ens|ats|ists|ites|ese|an)$/.test(surface);
}

/** Words an acronym's expansion holds that give it no letter ("Bureau of Alcohol, Tobacco and Firearms"). */
const EXPANSION_LINKS = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&', '-', ',']);

/**
 * Whether the words right before the bracket at `open - 1` spell the acronym out by their initials and no tagged
 * organization covers them: "Creutzfeldt-Jakob Disease (CJD)", "economic and monetary union (EMU)".
 */
function spelledOutApart(
  tokens: readonly NerToken[],
  spans: readonly TaggedSpan[],
  open: number,
  acronym: string,
): boolean {
  let k = open - 2;
  let letters = '';
  const sentence = tokens[open]!.sentence;
  while (k >= 0 && letters.length < acronym.length && tokens[k]!.sentence === sentence) {
    const w = tokens[k]!.text;
    if (!EXPANSION_LINKS.has(w.toLowerCase())) letters = w.charAt(0).toUpperCase() + letters;
    k--;
  }
  if (letters !== acronym) return false;
  const first = k + 1;
  return !spans.some((sp) => sp.cls === 'ORG' && sp.first <= open - 2 && sp.last >= first);
}

/** Whether the token after `last` is a verb of speech in the same sentence ("Airbus said"). */
export function speaksNext(tokens: readonly NerToken[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.sentence === tokens[last]!.sentence && SPEECH_VERBS.has(next.text);
}

export function candidatesFromSpans(
  tokens: readonly NerToken[],
  spans: readonly TaggedSpan[],
  evidence: DocEvidence,
  text: string,
): Candidate[] {
  const out: Candidate[] = [];
  // Headlines open the text: the split applies to its first lines only (title-case rows elsewhere are tables).
  const headEnd = headlineEnd(text);
  const pieces = spans.flatMap((raw) => {
    const s = trimWeekday(tokens, trimConnectors(tokens, raw));
    return tokens[s.first]!.start < headEnd ? headlineRuns(tokens, s, evidence) : [s];
  });
  for (const s of pieces) {
    const surface = spanText(tokens, s.first, s.last, text);
    if (s.cls === 'MISC') {
      const country = countryByDemonym.get(surface);
      const titled = country ? undefined : titledMisc(tokens, s, text);
      // "speaking in French", "in English": the language, not the country.
      if (country && languageUse(tokens, s.first, s.last)) continue;
      if (country) {
        out.push(
          candidate({
            first: s.first,
            last: s.last,
            type: 'country',
            form: 'demonym',
            rule: 'entities/demonym',
            confidence: 0.9,
            country,
          }),
        );
      } else if (s.last > s.first && strongOrganizationSuffixes.has(tokens[s.last]!.text)) {
        // CoNLL calls events MISC; a name ending in "Forum" or "Association" is the body that holds them.
        out.push(
          candidate({ ...misc(s), type: 'organization', rule: 'entities/suffix:misc-organization', confidence: 0.7 }),
        );
      } else if (titled) {
        out.push(titled);
      } else if (employerMisc(tokens, s)) {
        // "scientists from the British Antarctic Survey": a name people work at or come from is a body; an event
        // there ("players at the French Open") ends in its event word.
        out.push(candidate({ ...misc(s), type: 'organization', rule: 'entities/employer-misc', confidence: 0.6 }));
      } else if (surnameFirst(tokens, s)) {
        // "Huawei was founded by Ren Zhengfei": an East Asian name the tagger, short of evidence, calls MISC.
        out.push(candidate({ ...misc(s), type: 'person', rule: 'entities/surname-first', confidence: 0.6 }));
      } else if (
        speaksNext(tokens, s.last) &&
        hasUpper(surface.charAt(0)) &&
        !/\d/.test(surface) &&
        !groupName(surface)
      ) {
        // "Airbus said on Tuesday …": CoNLL's MISC holds products named after their makers ("Airbus A310"), but a
        // product never says anything; the name before a verb of speech is the maker.
        // "Labour MPs said": the members the party name modifies are no part of it.
        const last = s.last > s.first && PARTY_MEMBERS.has(tokens[s.last]!.text) ? s.last - 1 : s.last;
        out.push(candidate({ ...misc(s), last, type: 'organization', rule: 'entities/speaker-misc', confidence: 0.6 }));
      } else if (
        s.first === s.last &&
        /^[A-Z]{2,5}$/.test(surface) &&
        tokens[s.first - 1]?.text === '(' &&
        !isCommonAcronym(surface) &&
        // "Kemi Pinheiro (SAN)": a post-nominal rank after a name is no body.
        !postNominals.has(surface) &&
        // "Bovine Spongiform Encephalopathy (BSE)", "the Comprehensive Test Ban Treaty (CTBT)": spelled out right
        // before, by words the tagger took for no organization, the acronym is the disease's or the treaty's.
        !spelledOutApart(tokens, spans, s.first, surface)
      ) {
        // An acronym in parentheses: kept as an organization, and the clustering joins it to its expansion.
        out.push(candidate({ ...misc(s), type: 'organization', rule: 'entities/acronym', confidence: 0.6 }));
      }
      continue;
    }
    // Products and models are no people: "iPhone", "A380".
    if (s.cls === 'PER' && (!hasUpper(surface.charAt(0)) || /\d/.test(surface))) continue;
    if (s.first === s.last && (notNames.has(surface) || isCommonAcronym(surface) || productNames.has(surface)))
      continue;
    // "Game 2", "Stage 12": one of a numbered series, not a body.
    if (s.first === s.last && numberedNouns.has(surface) && /^\d+$/.test(tokens[s.last + 1]?.text ?? '')) continue;
    // "ET Friday", "Sun November" in a time stamp: zones, weekdays and months are no name together.
    if (s.last > s.first && onlyDateWords(tokens, s.first, s.last)) continue;
    // "A HEARTBROKEN bride …": a common word in capitals before lower-case prose is emphasis, not a name.
    if (s.first === s.last && shouted(tokens, s.first)) continue;
    if (holidayNames.has(surface.toLowerCase())) continue;
    // "March 4", "4 March": a month name beside a day number is a date, whatever the tagger says.
    if (s.first === s.last && MONTHS.has(surface.toLowerCase()) && besideNumber(tokens, s.first)) continue;
    if (s.last > s.first && eventSuffixes.has(tokens[s.last]!.text)) continue;
    // A model designation inside the span makes it a product ("Vickers VC-10", "Airbus A380").
    let model = false;
    for (let i = s.first; i <= s.last && s.cls !== 'LOC'; i++) if (DESIGNATION.test(tokens[i]!.text)) model = true;
    if (model) continue;
    // "iPhone", "iTunes", "iOS": a lower-case letter before a capital is a product name's shape.
    if (PRODUCT_SHAPE.test(tokens[s.first]!.text)) continue;
    // A maker's name right before a model number is the product ("Boeing 747", "Airbus A380").
    const after = tokens[s.last + 1];
    if (s.cls !== 'LOC' && after && after.sentence === tokens[s.last]!.sentence && MODEL_NUMBER.test(after.text))
      continue;
    if (headlineWords(tokens, s.first, s.last, evidence, headEnd)) continue;
    const c: Candidate = candidate({
      first: s.first,
      last: s.last,
      type: TYPE_OF[s.cls],
      form: 'name',
      rule: `entities/tagger:${s.cls}`,
      confidence: 0.85,
    });
    if (c.type === 'person') personTitles(tokens, c, text);
    if (c.first > c.last) continue;
    const name = spanText(tokens, c.first, c.last, text);
    const country = countryByName.get(name);
    if (country && c.type !== 'person') {
      c.type = 'country';
      c.country = country;
    } else if (c.type !== 'person' && countryByDemonym.has(name)) {
      // The tagger called a demonym a place or an organization ("Chinese" in "the Chinese government").
      c.type = 'country';
      c.form = 'demonym';
      c.rule = 'entities/demonym';
      c.country = countryByDemonym.get(name)!;
    }
    out.push(c);
  }
  return mergeAdjacent(tokens, out, text);
}

/**
 * "The City of Cape" + "Town": a name the tagger ended one word short of a known place ("Cape Town", "Hong Kong")
 * runs on over that word when it is capitalized and no other candidate holds it. Changed in place.
 */
export function completeGazetteerNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    const next = tokens[c.last + 1];
    if (c.form !== 'name' || !next || next.sentence !== tokens[c.last]!.sentence) continue;
    if (next.start !== tokens[c.last]!.end + 1 || !startsCapitalized(next.text)) continue;
    if (cands[n + 1] && cands[n + 1]!.first <= c.last + 1) continue;
    const cls = gazetteerPhrases.get(spanText(tokens, c.last, c.last + 1, text).toLowerCase());
    if (cls === 'L' || cls === 'C') c.last += 1;
  }
}

const COUNTRY_FORMS = [...countryByName.keys(), ...countryByDemonym.keys()];
const LONGEST_COUNTRY_FORM = Math.max(...COUNTRY_FORMS.map((k) => k.length));
/** Country names and demonyms by their first character. */
const COUNTRY_FORMS_BY_FIRST = new Map<string, string[]>();
for (const k of COUNTRY_FORMS) {
  const list = COUNTRY_FORMS_BY_FIRST.get(k.charAt(0));
  if (list) list.push(k);
  else COUNTRY_FORMS_BY_FIRST.set(k.charAt(0), [k]);
}
/** Whether a token text opens some country name or demonym, by text; emptied when full. */
const opensCountryForm = new Map<string, boolean>();

/**
 * Whether some country name or demonym starts with `word`. A span's text starts with its first token's, so a token
 * for which this is false opens no match at any length: most capitalized words are settled by one lookup of a
 * string whose hash V8 keeps, instead of up to four slices of the text, each hashed afresh for two maps.
 */
function mayOpenCountryForm(word: string): boolean {
  let yes = opensCountryForm.get(word);
  if (yes === undefined) {
    yes = COUNTRY_FORMS_BY_FIRST.get(word.charAt(0))?.some((k) => k.startsWith(word)) ?? false;
    if (opensCountryForm.size >= 20_000) opensCountryForm.clear();
    opensCountryForm.set(detached(word), yes);
  }
  return yes;
}

/** Country names and demonyms the tagger missed, matched exactly (case-sensitive) outside every other candidate. */
export function gazetteerCandidates(
  tokens: readonly NerToken[],
  taken: readonly Candidate[],
  text: string,
): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !hasUpper(tokens[i]!.text.charAt(0)) || !mayOpenCountryForm(tokens[i]!.text)) continue;
    let match: Candidate | undefined;
    for (let len = 4; len >= 1 && !match; len--) {
      const last = i + len - 1;
      if (last >= tokens.length || tokens[last]!.sentence !== tokens[i]!.sentence) continue;
      let free = true;
      for (let k = i; k <= last; k++) if (covered[k]) free = false;
      if (!free) continue;
      // In an upper-case line "US" may be the pronoun; before another capitalized word the country is part of a
      // longer name the tagger chose not to tag ("U.S. Open").
      if (tokens[i]!.line === 'u') continue;
      const next = tokens[last + 1];
      if (next && next.sentence === tokens[i]!.sentence && hasUpper(next.text.charAt(0))) continue;
      // A span longer than every country name and demonym matches neither: no slice for it.
      if (tokens[last]!.end - tokens[i]!.start > LONGEST_COUNTRY_FORM) continue;
      const surface = spanText(tokens, i, last, text);
      const country = countryByName.get(surface);
      if (country) {
        match = candidate({
          first: i,
          last,
          type: 'country',
          form: 'name',
          rule: 'entities/gazetteer:country',
          confidence: 0.8,
          country,
        });
        continue;
      }
      const demonym = countryByDemonym.get(surface);
      if (demonym && !languageUse(tokens, i, last)) {
        match = candidate({
          first: i,
          last,
          type: 'country',
          form: 'demonym',
          rule: 'entities/gazetteer:demonym',
          confidence: 0.8,
          country: demonym,
        });
      }
    }
    if (match) {
      out.push(match);
      i = match.last;
    }
  }
  return out;
}

/**
 * Photo credits glue names with slashes: "(Fabrice Coffrini/AFP/Getty Images)". Each part the tagger left untagged
 * becomes a person (a known first name and one or two more words) or else an organization (an agency).
 */
export function creditCandidates(tokens: readonly NerToken[], taken: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    let close = -1;
    let slashes = 0;
    for (let k = i + 1; k < tokens.length && k <= i + 16 && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
      if (tokens[k]!.text === ')') {
        close = k;
        break;
      }
      if (tokens[k]!.text === '/') slashes++;
    }
    if (close < 0 || slashes === 0) continue;
    let from = i + 1;
    for (let k = i + 1; k <= close; k++) {
      if (tokens[k]!.text !== '/' && k !== close) continue;
      const first = from;
      const last = k - 1;
      from = k + 1;
      if (last < first || last - first > 3) continue;
      let names = true;
      let free = true;
      for (let j = first; j <= last; j++) {
        if (!hasUpper(tokens[j]!.text.charAt(0))) names = false;
        if (covered[j]) free = false;
      }
      if (!names || !free) continue;
      const person = last > first && firstNames.has(tokens[first]!.text.toLowerCase());
      out.push(
        candidate({
          first,
          last,
          type: person ? 'person' : 'organization',
          form: 'name',
          rule: 'entities/credit:slash',
          confidence: 0.7,
        }),
      );
    }
    i = close;
  }
  return out;
}

/**
 * Capitalized runs in prose that end in an organization suffix the tagger left untagged ("Apple Computer today
 * introduced ..."): the suffix is evidence enough. Runs in headlines are left alone.
 */
/** "Apple", "Émile": an upper-case letter, then a lower-case one. */
function capitalized(w: string): boolean {
  // Two ASCII characters are read off their codes (no case conversion per token); anything else as before. A
  // shorter word is never capitalized, and reading past its end would deoptimize the callers.
  if (w.length < 2) return false;
  const ca = w.charCodeAt(0);
  const cb = w.charCodeAt(1);
  if (ca < 0x80 && cb < 0x80) return ca >= 0x41 && ca <= 0x5a && cb >= 0x61 && cb <= 0x7a;
  const a = w.charAt(0);
  const b = w.charAt(1);
  return a !== a.toLowerCase() && b !== '' && b !== b.toUpperCase();
}

export function suffixCandidates(tokens: readonly NerToken[], taken: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of taken) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (covered[i] || t.line !== 'n' || !capitalized(t.text)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      !covered[j + 1] &&
      tokens[j + 1]!.sentence === t.sentence &&
      hasUpper(tokens[j + 1]!.text.charAt(0))
    ) {
      j++;
    }
    if (j > i && j - i < 5 && strongOrganizationSuffixes.has(tokens[j]!.text)) {
      out.push(
        candidate({
          first: i,
          last: j,
          type: 'organization',
          form: 'name',
          rule: 'entities/suffix:untagged',
          confidence: 0.6,
        }),
      );
    }
    i = j + 1;
  }
  return out;
}
