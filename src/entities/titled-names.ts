import { isCapitalizedWord, startsUpper } from '../text/letters.js';
/**
 * Names read by the words before them. A capitalized word between a title and a name is the first name, even when
 * it is also a common word the first-name lists leave out: "Professor Will Hutton", "Dr May Lin" (the tagger drops
 * it, and "Hutton" alone was typed as an organization). A name after "the journal" or "the newspaper" is a body.
 */

import { type Candidate, clockBefore, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import {
  countryByName,
  firstNames,
  gazetteerPhrases,
  honorificGender,
  partyLabels,
  splitTitles,
  titlePhrases,
} from './lexicon.js';

function isTitle(t: NerToken | undefined): boolean {
  return t !== undefined && (titlePhrases.has(t.text) || honorificGender.has(t.text));
}

/**
 * Extends name candidates over a first name between a title and the name; they become persons. Changed in place; a
 * span the tagger ended on that first name gives it up ("MP Didmus" + "Barasa"), and goes when only titles are left.
 */
export function titledFirstNames(cands: Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let emptied = false;
  let prev: Candidate | undefined;
  for (const c of cands) {
    const before = prev;
    prev = c;
    const p = c.first - 1;
    const word = tokens[p];
    if (c.form !== 'name' || p < 1 || !word || word.sentence !== tokens[c.first]!.sentence) continue;
    // "Trooper First Class Sarah Kowalski": a rank of several words runs into the span; the name follows it.
    const rank = titleRunInto(tokens, p, c);
    if (rank) {
      const title = tokens.slice(rank[0], rank[1] + 1).map((x) => x.text);
      c.titles = [...(c.titles ?? []), title.join(' ')];
      c.first = rank[1] + 1;
      c.type = 'person';
      c.rule = 'entities/titled-first-name';
      c.country = undefined;
      continue;
    }
    if (!isCapitalizedWord(word.text) || isTitle(word) || !isTitle(tokens[p - 1])) continue;
    // "by 11 PM Tuesday": a clock's PM is no title.
    if (clockBefore(tokens, p - 1)) continue;
    if (word.end === tokens[c.first]!.start) continue;
    if (before?.last === p) {
      before.last = p - 1;
      if (before.last < before.first || titleWords(tokens, before)) {
        before.last = -1;
        emptied = true;
      }
    }
    c.first = p;
    c.type = 'person';
    c.rule = 'entities/titled-first-name';
    c.titles = [...(c.titles ?? []), tokens[p - 1]!.text];
    c.country = undefined;
  }
  return emptied ? cands.filter((c) => c.last >= c.first) : cands;
}

/** Whether every token of `c` is a title or an honorific ("MP", "Chief Minister"). */
function titleWords(tokens: readonly NerToken[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (!isTitle(tokens[k])) return false;
  return true;
}

/**
 * A title phrase of three or more words that opens at most three words before `title` and ends inside candidate `c`
 * with a name after it ("Petty Officer First Class" + "John Doe"), as [first, last] token indexes, or null.
 */
function titleRunInto(tokens: readonly NerToken[], title: number, c: Candidate): [number, number] | null {
  let ends = false;
  for (let i = c.first; i < c.last && i - c.first < MAX_TITLE_TOKENS - 1 && !ends; i++) {
    ends = LONG_TITLE_ENDS.has(tokens[i]!.text);
  }
  if (!ends) return null;
  for (let t = title; t >= 0 && title - t < MAX_TITLE_TOKENS - 1; t--) {
    for (let end = Math.min(t + MAX_TITLE_TOKENS, c.last) - 1; end >= Math.max(t + 2, c.first); end--) {
      if (
        titlePhrases.has(
          tokens
            .slice(t, end + 1)
            .map((x) => x.text)
            .join(' '),
        )
      )
        return [t, end];
    }
  }
  return null;
}
const MAX_TITLE_TOKENS = 5;
/** Last words of the title phrases of three or more words ("Class" of "Trooper First Class"). */
const LONG_TITLE_ENDS = new Set(
  [...titlePhrases].filter((t) => t.split(' ').length >= 3).map((t) => t.slice(t.lastIndexOf(' ') + 1)),
);

/** Nouns before a name that make it a body or a publication, not a person ("the journal Nature Geoscience"). */
const BODY_NOUNS = new Set([
  'journal',
  'newspaper',
  'magazine',
  'broadcaster',
  'network',
  'agency',
  'firm',
  'company',
  'charity',
  'website',
  'station',
  'publisher',
  'tabloid',
  'paper',
  'think-tank',
]);

/** Verbs of publishing before "in" and a journal's name ("published in Nature", "appeared in Science"). */
const PUBLISHED = new Set(['published', 'publishes', 'publish', 'appeared', 'appears', 'reported']);

/**
 * "The study, published in Nature on Wednesday": a name after "published in" that is no place the gazetteer or the
 * country list knows is the journal ("published in London" stays a place).
 */
function publishedIn(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  const inWord = tokens[c.first - 1];
  const verb = tokens[c.first - 2];
  if (inWord?.text !== 'in' || !verb || !PUBLISHED.has(verb.text.toLowerCase())) return false;
  if (verb.sentence !== tokens[c.first]!.sentence) return false;
  const name = spanText(tokens, c.first, c.last, text);
  return !countryByName.has(name) && gazetteerPhrases.get(name.toLowerCase()) !== 'L';
}

/** Persons named right after a body noun ("the journal Nature Geoscience") are organizations. Changed in place. */
export function namedBodies(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (const c of cands) {
    const before = tokens[c.first - 1];
    if (c.form === 'name' && c.type === 'location' && publishedIn(tokens, c, text)) {
      c.type = 'organization';
      c.rule = 'entities/published-in';
      continue;
    }
    if (c.form !== 'name' || c.type !== 'person' || !before || !BODY_NOUNS.has(before.text)) continue;
    // "told the newspaper Jane Smith was wrong": a first name keeps the person.
    if (before.sentence !== tokens[c.first]!.sentence || firstNames.has(tokens[c.first]!.text.toLowerCase())) continue;
    c.type = 'organization';
    c.rule = 'entities/named-body';
    c.titles = undefined;
  }
}

/** Nouns of a listed company's stock: "shares of Tesla", "Tesla shares", "a stake in Vireo". */
const STOCK_NOUNS = new Set(['shares', 'stock', 'stake', 'stakes', 'shareholders', 'investors']);
const STOCK_LINKS = new Set(['of', 'in']);

/**
 * "Shares of Tesla fell", "Tesla shares rose", "a stake in Vireo": a one-word name whose shares trade is a company,
 * whatever the tagger called it (an unknown single word is often a place or a person to it). Changed in place.
 */
export function tradedCompanies(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type === 'organization' || c.type === 'country' || c.first !== c.last) continue;
    const link = tokens[c.first - 1];
    const noun = tokens[c.first - 2];
    const after = tokens[c.last + 1];
    const sentence = tokens[c.first]!.sentence;
    const before =
      link?.sentence === sentence &&
      noun?.sentence === sentence &&
      STOCK_LINKS.has(link.text) &&
      STOCK_NOUNS.has(noun.text.toLowerCase());
    const behind = after?.sentence === sentence && (after.text === 'shares' || after.text === 'stock');
    if (!before && !behind) continue;
    // "Paris shares", "London stock": a market's place stays a place.
    const place = gazetteerPhrases.get(tokens[c.first]!.text.toLowerCase());
    if (behind && (place === 'L' || place === 'C')) continue;
    c.type = 'organization';
    c.rule = 'entities/traded-company';
    c.titles = undefined;
  }
}

/**
 * "Micheál Martin, the Taoiseach, said": a title alone after "the" names an office, not a body or a place, and is no
 * name mention. A party label alone is never a place ("the Conservative leader"): it names the party. Returns the
 * candidates kept; a kept one is changed in place.
 */
export function bareTitles(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  return cands.filter((c) => {
    if (c.form !== 'name' || c.type === 'country') return true;
    const name = spanText(tokens, c.first, c.last, text);
    if (c.first === c.last && c.type === 'location' && partyLabels.has(name)) {
      c.type = 'organization';
      c.rule = 'entities/party-label';
      return true;
    }
    // "Sens. Mark Kirk": an abbreviated title, cut off from the name at its full stop, is no name of its own.
    const stop = tokens[c.last + 1];
    if (stop?.text === '.' && stop.start === tokens[c.last]!.end && splitTitles.has(`${name}.`)) {
      const next = tokens[c.last + 2];
      if (next && next.sentence === tokens[c.first]!.sentence && startsUpper(next.text)) return false;
    }
    const the = tokens[c.first - 1];
    if (the?.text !== 'the' || the.sentence !== tokens[c.first]!.sentence) return true;
    return !titlePhrases.has(name) && !splitTitles.has(name);
  });
}
