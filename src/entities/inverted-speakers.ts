/**
 * Persons read from an inverted speech frame. "The plan, Aoife Brennan said, was sound." and "“We will appeal,”
 * Ngozi Adeyemi said.": the tagger types a name of given and family names it has never seen as an organization, the
 * given-name lists hold few Irish, African or South Asian names, and adding names one by one never ends. A name of
 * two or three capitalized words that says something right after a comma or a closing quote is a person when no
 * word of it could belong to a body's name: no common word ("Steel Industry Center", "News Corp"), no organization
 * or place head word, no country, not a known company ("Goldman Sachs", "Lockheed Martin") nor gazetteer phrase.
 */

import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import {
  commonWords,
  countryByDemonym,
  countryByName,
  gazetteerPhrases,
  knownCompanies,
  organizationHeadWords,
  placeHeadWords,
} from './lexicon.js';

/** Tokens that end what is said before an inverted speaker: a comma, or a closing quotation mark. */
const FRAME_OPENERS = new Set([',', '”', '"', "''", '’']);
/** Verbs of speech after the speaker in that frame. */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'noted', 'recalled']);
/** One name word: capitalized, perhaps with an inner capital after an apostrophe or a hyphen ("O'Neill", "Ní-Bhriain"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)?$/u;

/** Whether a name word could belong to the name of a body or a place rather than a person. */
function bodyWord(w: string): boolean {
  const lower = w.toLowerCase();
  return (
    commonWords.has(lower) ||
    organizationHeadWords.has(lower) ||
    placeHeadWords.has(lower) ||
    countryByName.has(w) ||
    countryByDemonym.has(w) ||
    gazetteerPhrases.has(lower)
  );
}

/** Whether the candidate stands between a comma or closing quote and a verb of speech, in prose. */
function invertedFrame(tokens: readonly NerToken[], c: Candidate): boolean {
  const before = tokens[c.first - 1];
  const after = tokens[c.last + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    tokens[c.first]!.line === 'n' &&
    FRAME_OPENERS.has(before.text) &&
    SPEECH.has(after.text) &&
    after.sentence === tokens[c.last]!.sentence
  );
}

/**
 * Whether tokens first..last are a person-shaped name that speaks in an inverted frame: each word capitalized and
 * none that could belong to a body's or a place's name, the whole no known company or gazetteer phrase.
 */
export function invertedSpeaker(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  if (!invertedFrame(tokens, c)) return false;
  for (let k = c.first; k <= c.last; k++) {
    const w = tokens[k]!.text;
    if (!NAME_WORD.test(w) || bodyWord(w)) return false;
  }
  const name = spanText(tokens, c.first, c.last, text);
  return !knownCompanies.has(name) && !gazetteerPhrases.has(name.toLowerCase());
}

/**
 * Re-types organizations of two or three person-shaped words that speak in an inverted frame as persons. Changed in
 * place.
 */
export function invertedSpeakers(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization' || c.last === c.first || c.last - c.first > 2) continue;
    if (!invertedSpeaker(tokens, c, text)) continue;
    c.type = 'person';
    c.country = undefined;
    c.rule = 'entities/inverted-speaker';
    c.confidence = 0.6;
  }
}
