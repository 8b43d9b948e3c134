/**
 * Places whose name holds its article: "The Hague", "The Gambia", "The Bahamas", "The Bronx" (data/entity-words.json
 * `thePlaces`). Elsewhere a capitalized "The" before a name is the sentence's first word and stays off it, so "The
 * Hague said" lost its article and, bare, read as a body; the dateline "THE HAGUE --" went unseen. Here a capitalized
 * "The" (or "THE") before one of these names joins it, and the name is a place.
 */

import { type Candidate, candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByName, thePlaces } from './lexicon.js';

/** The listed names as written and in capitals ("THE HAGUE"), each to the name as listed. */
const NAMES = new Map<string, string>();
for (const name of thePlaces) {
  NAMES.set(name, name);
  NAMES.set(name.toUpperCase(), name);
}
/** Longest listed name after its article, in tokens. */
const MAX_TOKENS = 3;

/** The last token of the listed place whose article is token `i`, if one starts there. */
function placeAt(tokens: readonly NerToken[], i: number, text: string): number | undefined {
  const the = tokens[i]!.text;
  if (the !== 'The' && the !== 'THE') return undefined;
  for (let last = Math.min(tokens.length - 1, i + MAX_TOKENS); last > i; last--) {
    if (tokens[last]!.sentence !== tokens[i]!.sentence) continue;
    if (NAMES.has(spanText(tokens, i, last, text))) return last;
  }
  return undefined;
}

/**
 * Extends a candidate that is a listed place's name without its capitalized article over it and types it a place (a
 * country where the name is one); adds a candidate for a listed place no candidate covers. Returns all candidates,
 * in order.
 */
export function thePlaceNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const out = cands.map((c) => candidate(c));
  const owner = new Int32Array(tokens.length).fill(-1);
  out.forEach((c, k) => {
    owner.fill(k, c.first, c.last + 1);
  });
  const added: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = placeAt(tokens, i, text);
    if (last === undefined) continue;
    const name = NAMES.get(spanText(tokens, i, last, text))!;
    const country = countryByName.get(name) ?? countryByName.get(name.slice(4));
    const k = owner[i + 1]!;
    const c = k >= 0 ? out[k]! : undefined;
    const fits = c && c.form === 'name' && (c.first === i || c.first === i + 1) && c.last === last;
    if (c && !fits) {
      i = last;
      continue;
    }
    if (owner[i]! >= 0 && owner[i] !== k) {
      i = last;
      continue;
    }
    const place: Candidate =
      c ?? candidate({ first: i, last, type: 'location', form: 'name', rule: '', confidence: 0.85 });
    place.first = i;
    place.type = country ? 'country' : 'location';
    place.rule = 'entities/the-place';
    if (country) place.country = country;
    else place.country = undefined;
    place.withThe = undefined;
    if (!c) added.push(place);
    i = last;
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.first - b.first);
}
