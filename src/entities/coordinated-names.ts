/**
 * Two people joined by "and" are two names: "Democrat Hillary Clinton and Republican Donald Trump" tagged as one
 * organization (CoNLL's "Procter and Gamble" taught the tagger that "and" can sit inside a name) was one entity, and
 * neither candidate was found as a speaker.
 */

import { startsUpper } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames } from './lexicon.js';

/** Where tokens first..last hold a known first name followed by a capitalized word ("Hillary Clinton"), or -1. */
function holdsFullName(tokens: readonly NerToken[], first: number, last: number): number {
  for (let i = first; i < last; i++) {
    if (firstNames.has(tokens[i]!.text.toLowerCase()) && startsUpper(tokens[i + 1]!.text)) return i;
  }
  return -1;
}

/**
 * Splits each name candidate at an inner "and" when both sides hold a full personal name. A side that starts with its
 * first name is a person; one that starts with another word ("Republican Donald Trump") keeps the tagger's type, so
 * that the title split after this step reads that word as an affiliation or a title. Firms named after one word per
 * founder ("Procter and Gamble", "Bill and Melinda Gates Foundation") have no full name on one side and stay whole.
 * An inner "and" beside an ampersand ("AT&T and Johnson & Johnson") splits too: a name that writes its "and" as "&"
 * does not also spell it out.
 */
export function splitCoordinatedNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const and = c.form === 'name' && c.type !== 'country' ? conjunctionAt(tokens, c) : -1;
    if (and < 0) {
      out.push(c);
      continue;
    }
    for (const [first, last] of [
      [c.first, and - 1],
      [and + 1, c.last],
    ] as const) {
      const starts = holdsFullName(tokens, first, last) === first;
      out.push({
        ...c,
        first,
        last,
        type: starts ? 'person' : c.type,
        rule: 'entities/split:coordinated',
      });
    }
  }
  return out;
}

function hasAmpersand(tokens: readonly NerToken[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]!.text.includes('&')) return true;
  return false;
}

function conjunctionAt(tokens: readonly NerToken[], c: Candidate): number {
  // "AT&T and Johnson & Johnson": a name that writes its own "and" as "&" does not also spell it out.
  for (let k = c.first + 1; k < c.last; k++) {
    if (tokens[k]!.text !== 'and') continue;
    if (hasAmpersand(tokens, c.first, k - 1) || hasAmpersand(tokens, k + 1, c.last)) return k;
  }
  for (let k = c.first + 2; k < c.last - 1; k++) {
    if (tokens[k]!.text !== 'and') continue;
    if (holdsFullName(tokens, c.first, k - 1) >= 0 && holdsFullName(tokens, k + 1, c.last) >= 0) return k;
  }
  return -1;
}

/**
 * "Venus Williams and Serena Williams", "Serena Williams and Venus Williams": siblings or spouses named with one
 * family name. The tagger, unsure of a given name it does not know ("Venus" is a planet to it), tags only the family
 * name or calls the pair's other half a body. A name before "and" whose last word is the family name of the person
 * after it (or after "and" the family name of the person before it) is a person too, and takes in the capitalized
 * word right before it that no candidate holds: its given name. Changed in place; returns the candidates.
 */
export function coordinatedFamilies(cands: Candidate[], tokens: readonly NerToken[]): Candidate[] {
  for (let n = 0; n + 1 < cands.length; n++) {
    const a = cands[n]!;
    const b = cands[n + 1]!;
    const and = tokens[a.last + 1];
    if (a.form !== 'name' || b.form !== 'name' || and?.text !== 'and' || b.first !== a.last + 2) continue;
    if (and.sentence !== tokens[b.first]!.sentence || tokens[a.last]!.text !== tokens[b.last]!.text) continue;
    // One side is a full person's name; the other gets its type.
    const [full, other] = a.type === 'person' && a.first < a.last ? [a, b] : [b, a];
    if (full.type !== 'person' || full.first === full.last || other.type === 'country') continue;
    if (other.type === 'person' && other.first < other.last) continue;
    if (other.first === other.last) {
      const given = tokens[other.first - 1];
      const previous = cands[cands.indexOf(other) - 1];
      if (
        given &&
        given.sentence === and.sentence &&
        /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
        given.end + 1 === tokens[other.first]!.start &&
        (!previous || previous.last < other.first - 1)
      ) {
        other.first -= 1;
      } else continue;
    }
    other.type = 'person';
    other.rule = 'entities/split:coordinated-family';
    delete other.country;
  }
  return cands;
}
