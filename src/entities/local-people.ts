/**
 * "Toowoomba resident Greg Hollis", "a Bolton man, 34,", "the Leeds couple": a name right before a plain noun for a
 * local person is the place that person lives in. The tagger reads such a name before a noun for people as the body
 * that employs them ("Google engineer") and makes an organization of it, which then joins a body named after the
 * town ("Toowoomba Regional Council"). The nouns are plain people, never a post ("engineer", "spokesman" stay).
 */
import { isAllCaps } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { localPeopleNouns, placeNouns } from './lexicon.js';

/** Plural nouns for the people who live in a place, before "of" and the place: "residents of Beit Lahiya". */
const DWELLERS = new Set(['residents', 'natives', 'villagers', 'townspeople', 'inhabitants']);

/** Whether "residents of" (or another such noun) stands right before candidate `c` in its sentence. */
function dwellersOf(c: Candidate, tokens: readonly NerToken[]): boolean {
  const of = tokens[c.first - 1];
  const who = tokens[c.first - 2];
  return of?.text === 'of' && who !== undefined && DWELLERS.has(who.text) && who.sentence === tokens[c.first]!.sentence;
}

/** Retypes such names to locations, in place; so too the name after "residents of" ("ordered residents of X to leave"). */
export function localPeoplePlaces(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization') continue;
    if (dwellersOf(c, tokens)) {
      c.type = 'location';
      c.rule = 'entities/local-people';
      continue;
    }
    const next = tokens[c.last + 1];
    if (!next || next.sentence !== tokens[c.last]!.sentence || !localPeopleNouns.has(next.text)) continue;
    // "the Apple family of products": a noun compound going on after the people noun is no person.
    const after = tokens[c.last + 2];
    if (after && after.sentence === next.sentence && after.text === 'of') continue;
    c.type = 'location';
    c.rule = 'entities/local-people';
  }
}

/**
 * "the Kerem Shalom crossing", "the Jabalia refugee camp", "the Morinville area", "Batajnica airport": a name right
 * before a plain noun for a kind of place names that place (CoNLL types these LOC whatever the name, "Charles de
 * Gaulle airport" too). The tagger reads an unknown name there as a person or, from the noun, a body. Capitals
 * ("the NATO area") are left alone: a body's initials before "region" stay the body.
 */
export function placeNounPlaces(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name' || (c.type !== 'organization' && c.type !== 'person')) continue;
    const last = tokens[c.last]!;
    if (last.text.length > 1 && isAllCaps(last.text)) continue;
    const next = tokens[c.last + 1];
    if (!next || next.sentence !== last.sentence) continue;
    const after = tokens[c.last + 2];
    const two = after && after.sentence === next.sentence ? `${next.text} ${after.text}` : '';
    if (!placeNouns.has(next.text) && !placeNouns.has(two)) continue;
    c.type = 'location';
    c.rule = 'entities/place-noun';
  }
}
