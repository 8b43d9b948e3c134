/**
 * Clubs named after their towns in match reports: "Leeds beat Sunderland 2-1", "Leicester drew 1-1 with Burnley",
 * "a 2-0 win over Norwich", "Derby were held 0-0 by Hull". A town on either side of a result (data `resultBefore`,
 * `resultAfter`) with a score beside it, or in a sports report, is the club; the tagger, which reads the
 * town's name far more often as a place, types it one. Countries and the home nations of British sport keep their
 * type: a national side is written as the country, and CoNLL types it so ("England beat Australia").
 * The club's name then keeps that type at its other mentions in the document, except after a preposition of place
 * ("in Leeds").
 */

import { capitalizeWords } from '../text/letters.js';
import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByName, POSSESSIVE_MARKS, resultAfter, resultBefore, sportWords } from './lexicon.js';

/** The home nations of British sport, places with national sides like countries. */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Ireland', 'Northern Ireland']);
const SCORE = /^\d{1,3}-\d{1,3}$/;
const GOALS = /^\d{1,3}$/;
/** Prepositions of place before a town that stays a place even where its club played ("in Leeds"). */
const PLACE_PREPOSITIONS = new Set(['in', 'In', 'near', 'from', 'outside', 'around']);

/** Whether the words of `phrase` stand at tokens k.. (lower-cased), all in `sentence`. */
function phraseAt(tokens: readonly NerToken[], k: number, phrase: readonly string[], sentence: number): boolean {
  for (let n = 0; n < phrase.length; n++) {
    const t = tokens[k + n];
    if (!t || t.sentence !== sentence || t.text.toLowerCase() !== phrase[n]) return false;
  }
  return true;
}

/** Words that may stand inside a result phrase, between its verb and its preposition ("drew 1-1 at home with"). */
const FILLERS = new Set(['at', 'home', 'away', '-']);

/**
 * The token where phrase `p` starts if it ends right before token `end` (exclusive), with a score and "at home" or
 * "away" allowed before its last word ("drew 1-1 with", "were held 0-0 at home by"); -1 if it does not.
 */
function phraseBefore(tokens: readonly NerToken[], end: number, p: readonly string[], sentence: number): number {
  const last = p.length - 1;
  if (!phraseAt(tokens, end - 1, [p[last]!], sentence)) return -1;
  let k = end - 1;
  if (last > 0) {
    while (k > 0 && tokens[k - 1]!.sentence === sentence && filler(tokens[k - 1]!.text)) k--;
  }
  const start = k - last;
  return start >= 0 && phraseAt(tokens, start, p.slice(0, last), sentence) ? start : -1;
}

function filler(w: string): boolean {
  return FILLERS.has(w) || SCORE.test(w) || GOALS.test(w);
}

/** Whether a preposition stands right before token `first`, maybe with an article between ("from the"). */
function afterPreposition(tokens: readonly NerToken[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const t = tokens[k];
  return t !== undefined && t.sentence === sentence && t.pos === 'ADP';
}

/** How many tokens from a result phrase or its side the score may stand ("a 2-0 win over", "beat Hull 3-1"). */
const SCORE_REACH = 3;

/**
 * Whether a result phrase ends right before token `first`, or opens right after token `last`: undefined if none
 * does, else whether a score stands beside the phrase and the side ("beat Hull 3-1", "drew 1-1 with Burnley", "a
 * 2-0 win over Norwich").
 */
function resultBeside(tokens: readonly NerToken[], first: number, last: number): boolean | undefined {
  const sentence = tokens[first]!.sentence;
  // "beat Yugoslavia's Red Star": a name in the possessive is no side but the side's home.
  if (POSSESSIVE_MARKS.has(tokens[last + 1]?.text ?? '')) return undefined;
  for (const p of resultBefore) {
    const start = phraseBefore(tokens, first, p, sentence);
    // A noun's score stands before it ("a 2-0 win over"), a verb's after the side ("beat Hull 3-1").
    if (start >= 0) {
      const from = tokens[start]!.pos === 'NOUN' ? start - SCORE_REACH : start;
      return scoreWithin(tokens, from, last + SCORE_REACH, sentence);
    }
  }
  // "the team from the French Riviera lost": a side opens its clause, no preposition before it.
  if (afterPreposition(tokens, first)) return undefined;
  for (const p of resultAfter) {
    if (phraseAt(tokens, last + 1, p, sentence))
      return scoreWithin(tokens, last + 1, last + p.length + SCORE_REACH, sentence);
  }
  return undefined;
}

/** Whether a score ("2-1" as one token or three) starts at a token from..to of the sentence. */
function scoreWithin(tokens: readonly NerToken[], from: number, to: number, sentence: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) {
    if (tokens[k]!.sentence !== sentence) continue;
    const t = tokens[k]!.text;
    if (SCORE.test(t) || (GOALS.test(t) && tokens[k + 1]?.text === '-' && GOALS.test(tokens[k + 2]?.text ?? ''))) {
      return true;
    }
  }
  return false;
}

/** Whether a word only sports reports use is in the text (data `sportWords`). */
export function sportsText(tokens: readonly NerToken[]): boolean {
  for (const t of tokens) if (sportWords.has(t.text.toLowerCase())) return true;
  return false;
}

/** Whether the side is a country's or a home nation's, in any case ("ENGLAND BEAT PAKISTAN"). */
export function nationalSide(c: Candidate, name: string): boolean {
  if (c.country) return true;
  const usual = capitalizeWords(name);
  return HOME_NATIONS.has(usual) || countryByName.has(name) || countryByName.has(usual);
}

function makeClub(c: Candidate): void {
  c.type = 'organization';
  c.country = undefined;
  c.rule = 'entities/match-team';
  c.confidence = 0.6;
}

/** Re-types (in place) towns on either side of a match result, and their other mentions, as clubs. */
export function matchTeams(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const places = cands.filter((c) => c.form === 'name' && c.type === 'location');
  if (places.length === 0) return;
  let sports: boolean | undefined;
  const clubs = new Set<string>();
  for (const c of places) {
    const scored = resultBeside(tokens, c.first, c.last);
    if (scored === undefined) continue;
    const name = spanText(tokens, c.first, c.last, text);
    if (nationalSide(c, name)) continue;
    // A tally elsewhere in the sentence may be a vote's ("passed 52-48 after Ohio beat Michigan to it").
    if (!scored) {
      sports ??= sportsText(tokens);
      if (!sports) continue;
    }
    makeClub(c);
    clubs.add(name);
  }
  if (clubs.size === 0) return;
  for (const c of places) {
    if (c.type !== 'location' || PLACE_PREPOSITIONS.has(tokens[c.first - 1]?.text ?? '')) continue;
    if (clubs.has(spanText(tokens, c.first, c.last, text))) makeClub(c);
  }
}
