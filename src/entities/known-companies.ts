/**
 * Companies the news names without a legal form: "Apple unveiled …", "Amazon and Meta were fined", "Airbus
 * delivered …". The tagger, trained on 1996 wire copy, has never seen most of them and leaves a sentence-initial one
 * untagged or calls it a place. A short list (data/entity-words.json `knownCompanies`) settles their type. Names that
 * are also everyday words or places (`wordlikeCompanies`: Apple, Amazon, Shell, Target) count only where the context
 * speaks for a company, so "Apple pie" in a recipe and "the Amazon" river stay what they are.
 */

import { startsUpper } from '../text/letters.js';
import { type Candidate, candidate, spanText } from './candidates.js';
import { hasUpper, type NerToken } from './features.js';
import { firstNames, knownCompanies, wordlikeCompanies } from './lexicon.js';
import { listedNameAt, nameList } from './listed-names.js';
import { clausePronoun } from './pronoun-persons.js';
import { sameSentence } from './tokens.js';

/** The known companies; the longest name has 4 tokens ("Saudi Aramco", "Lockheed Martin", "Rolls - Royce"). */
const COMPANIES = nameList(knownCompanies, 4);
const DETERMINERS = new Set(['the', 'The', 'a', 'A', 'an', 'An']);
const POSSESSIVE = new Set(["'s", '\u2019s']);
const COORDINATORS = new Set(['and', 'or', ',']);

/** The known company whose name starts at `i` (longest first), as its last token. */
function companyAt(tokens: readonly NerToken[], i: number, text: string): number | undefined {
  return listedNameAt(COMPANIES, tokens, i, text);
}

/**
 * Whether the word-like company name at [first, last] is used as a company's: it acts ("Apple unveiled", "Amazon
 * has"), owns ("Shell's profits"), is coordinated with another known company ("Amazon and Meta"), or stands
 * capitalized mid-sentence in prose without an article ("rivals such as Apple").
 */
function actsAsCompany(tokens: readonly NerToken[], first: number, last: number, text: string): boolean {
  const prev = sameSentence(tokens, first, first - 1) ? tokens[first - 1] : undefined;
  const nextIndex = last + 1;
  const next = sameSentence(tokens, first, nextIndex) ? tokens[nextIndex] : undefined;
  if (next && (next.pos === 'VERB' || next.pos === 'AUX' || POSSESSIVE.has(next.text))) return true;
  if (next && COORDINATORS.has(next.text) && sameSentence(tokens, first, nextIndex + 1)) {
    if (companyAt(tokens, nextIndex + 1, text) !== undefined) return true;
  }
  if (prev && COORDINATORS.has(prev.text) && first >= 2 && sameSentence(tokens, first, first - 2)) {
    for (let j = first - 2; j >= 0 && j >= first - COMPANIES.maxTokens - 1; j--) {
      const end = companyAt(tokens, j, text);
      if (end === first - 2) return true;
    }
  }
  return tokens[first]!.line === 'n' && !tokens[first]!.sentenceStart && prev !== undefined;
}

/**
 * Whether the name at [first, last] names a product of the company: "the Airbus 310", "Toyota Celica", "Porsche 911",
 * "the Boeing" (an aircraft), or is part of a longer name ("Apple Music", "Shell Oil").
 */
function namesProduct(tokens: readonly NerToken[], first: number, last: number, text: string): boolean {
  const prev = sameSentence(tokens, first, first - 1) ? tokens[first - 1] : undefined;
  if (prev && DETERMINERS.has(prev.text)) return true;
  const next = sameSentence(tokens, first, last + 1) ? tokens[last + 1] : undefined;
  if (!next) return false;
  if (/\d/.test(next.text)) return true;
  // In a title-case headline every word is capitalized: there a verb after the name still lets it act. A short
  // headline ("Apple Unveils New iPhone") has too few long words for its line to read as title case, so the first
  // line of the text counts as a headline too.
  const headline = tokens[first]!.line === 't' || text.lastIndexOf('\n', tokens[first]!.start) < 0;
  return startsUpper(next.text) && !(headline && next.pos === 'VERB');
}

function isCompanyUse(tokens: readonly NerToken[], first: number, last: number, text: string): boolean {
  if (namesProduct(tokens, first, last, text)) return false;
  const name = spanText(tokens, first, last, text);
  return !wordlikeCompanies.has(name) || actsAsCompany(tokens, first, last, text);
}

/**
 * "Dolby Atmos", "Spotify Connect": a person-typed name that opens with a known company's name and goes on is the
 * company's product or unit, no person. A company name that is an everyday word or a given name ("Delta Burke",
 * "Kia Stevens") may open a person's name and is left alone.
 */
function companyLedPerson(c: Candidate, tokens: readonly NerToken[], text: string): boolean {
  if (c.form !== 'name' || c.type !== 'person' || c.first === c.last) return false;
  const end = companyAt(tokens, c.first, text);
  if (end === undefined || end >= c.last) return false;
  const company = spanText(tokens, c.first, end, text);
  return !wordlikeCompanies.has(company) && !firstNames.has(company.toLowerCase());
}

/**
 * "Kinder Morgan said …", "Northrop Grumman said it would bid": a name the tagger cut short of a listed company's
 * first words (a sentence's capitalized first word is often left out: "Kinder" is also an everyday word) runs back
 * over them, and a listed name of two words or more is the company even where the tagger saw a person's name in it.
 * A one-word name typed person stays one ("Tesla" may be the inventor), and so does a titled one or one that goes on
 * with "he" or "she" (the founder). Changed in place.
 */
function wholeCompanyName(c: Candidate, tokens: readonly NerToken[], covered: Uint8Array, text: string): void {
  for (let j = c.first - 1; j >= 0 && j >= c.first - (COMPANIES.maxTokens - 1); j--) {
    if (covered[j] || !sameSentence(tokens, j, c.first)) break;
    if (companyAt(tokens, j, text) !== c.last) continue;
    c.first = j;
    c.type = 'organization';
    c.rule = 'entities/known-company';
    c.titles = undefined;
    return;
  }
  if (c.type !== 'person' || c.first === c.last || companyAt(tokens, c.first, text) !== c.last) return;
  if (wordlikeCompanies.has(spanText(tokens, c.first, c.last, text))) return;
  // "Analyst Charles Schwab said he …": a title or "he"/"she" says the founder, not the firm, is meant.
  if (c.titles !== undefined || clausePronoun(tokens, c) !== undefined) return;
  c.type = 'organization';
  c.rule = 'entities/known-company';
  c.titles = undefined;
}

/**
 * Retypes place-typed candidates that are a known company's name used as a company's (changed in place) and adds
 * an organization candidate for each such name no candidate covers. Persons are left alone ("Tesla" may be the
 * inventor's family name), unless the company's name opens a longer one ("Dolby Atmos"). Returns all candidates, in
 * order.
 */
export function knownCompanyNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) {
    // "McDonald's said": the tagger stops at the "'s" of a company whose name ends on one. A person's possessive
    // stays one ("Tom Moody's team").
    const possessive = tokens[c.last + 1];
    if (
      c.form === 'name' &&
      c.type !== 'country' &&
      c.type !== 'person' &&
      possessive &&
      POSSESSIVE.has(possessive.text) &&
      companyAt(tokens, c.first, text) === c.last + 1
    ) {
      c.last += 1;
      c.type = 'organization';
      c.rule = 'entities/known-company';
    }
    if (c.form === 'name' && c.type !== 'country') wholeCompanyName(c, tokens, covered, text);
    covered.fill(1, c.first, c.last + 1);
    if (companyLedPerson(c, tokens, text)) {
      c.type = 'organization';
      c.rule = 'entities/company-led-name';
      continue;
    }
    if (c.form !== 'name' || (c.type !== 'location' && c.type !== 'country')) continue;
    if (companyAt(tokens, c.first, text) !== c.last || !isCompanyUse(tokens, c.first, c.last, text)) continue;
    c.type = 'organization';
    c.rule = 'entities/known-company';
    c.country = undefined;
  }
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !hasUpper(tokens[i]!.text.charAt(0))) continue;
    const last = companyAt(tokens, i, text);
    if (last === undefined || covered.subarray(i, last + 1).includes(1)) continue;
    if (!isCompanyUse(tokens, i, last, text)) continue;
    added.push(
      candidate({
        first: i,
        last,
        type: 'organization',
        form: 'name',
        rule: 'entities/known-company',
        confidence: 0.8,
      }),
    );
    i = last;
  }
  return added.length === 0 ? [...cands] : [...cands, ...added].sort((a, b) => a.first - b.first);
}
