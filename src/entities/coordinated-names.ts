/**
 * Two people joined by "and" are two names: "Democrat Hillary Clinton and Republican Donald Trump" tagged as one
 * organization (CoNLL's "Procter and Gamble" taught the tagger that "and" can sit inside a name) was one entity, and
 * neither candidate was found as a speaker.
 */

import { isCapitalizedWord, startsUpper } from '../text/letters.js';
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import {
  countryByName,
  firstNames,
  gazetteerPhrases,
  knownCompanies,
  organizationHeadWords,
  publicFigures,
} from './lexicon.js';

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
      const starts = holdsFullName(tokens, first, last) === first || pairedPersonNames(tokens, c.first, and, c.last);
      out.push(
        candidate({
          ...c,
          first,
          last,
          type: starts ? 'person' : c.type,
          rule: 'entities/split:coordinated',
        }),
      );
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
    if (pairedPersonNames(tokens, c.first, k, c.last)) return k;
  }
  return -1;
}

/** Whether tokens first..last are two or three capitalized words, none of them a body's word ("Bukayo Saka"). */
function personShaped(tokens: readonly NerToken[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  for (let i = first; i <= last; i++) {
    const w = tokens[i]!.text;
    if (!isCapitalizedWord(w) || organizationHeadWords.has(w.toLowerCase())) return false;
  }
  return true;
}

/**
 * "Bukayo Saka and Gabriel Martinelli": one side opens with a known first name, and the other is shaped like a
 * person's name too, a given name the first-name list lacks ("Bukayo"). A firm named after its founders names each
 * by one word ("Procter and Gamble"), so both sides need two words at least.
 */
function pairedPersonNames(tokens: readonly NerToken[], first: number, and: number, last: number): boolean {
  if (!personShaped(tokens, first, and - 1) || !personShaped(tokens, and + 1, last)) return false;
  return holdsFullName(tokens, first, and - 1) === first || holdsFullName(tokens, and + 1, last) === and + 1;
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
        isCapitalizedWord(given.text) &&
        given.end + 1 === tokens[other.first]!.start &&
        (!previous || previous.last < other.first - 1)
      ) {
        other.first -= 1;
      } else continue;
    }
    other.type = 'person';
    other.rule = 'entities/split:coordinated-family';
    other.country = undefined;
  }
  return cands;
}

/** Tokens after which a subject may begin: punctuation, "that" and subordinators (a sentence's start counts too). */
const CLAUSE_OPENERS = new Set([
  ...[',', ';', ':', '—', '–', '(', '"', '“', "''", '``'],
  ...['that', 'but', 'while', 'as', 'after', 'before', 'when', 'because', 'since', 'until', 'if', 'although'],
]);

/** A single capitalized word of a firm's name ("Marks", "Spencer", "Procter"). */
/** Singular forms of "be", "have", "do": a pair of people would take "are", "have", "do". */
const SINGULAR_AUX = new Set(['is', 'was', 'has', 'does', 'says']);

/** A known place or country ("Trinidad and Tobago", "Bosnia"). */
function isPlace(name: string): boolean {
  const g = gazetteerPhrases.get(name.toLowerCase());
  return g === 'L' || g === 'C' || countryByName.has(name);
}

/** Whether the verb at k agrees with one thing: "is", "has", "says", "plans", or any verb followed by "it"/"its". */
function singularSubjectOf(tokens: readonly NerToken[], k: number): boolean {
  const v = tokens[k];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return false;
  const low = v.text.toLowerCase();
  if (
    SINGULAR_AUX.has(low) ||
    (v.pos === 'VERB' && low !== v.lemma && (low === `${v.lemma}s` || low === `${v.lemma}es`))
  ) {
    return true;
  }
  const next = tokens[k + 1];
  if (next?.sentence !== v.sentence) return false;
  const it = next.text.toLowerCase();
  if (it === 'its') return true;
  // "said it would close 30 stores", not the empty "it" of "said it was time" or "said it would be close".
  const aux = tokens[k + 2]?.text.toLowerCase() ?? '';
  const after = tokens[k + 3]?.text.toLowerCase() ?? '';
  return it === 'it' && IT_AUX.has(aux) && after !== 'be' && after !== 'been' && after !== 'not';
}

/** What a firm that speaks of itself goes on with: "said it would", "said it had", "said it plans". */
const IT_AUX = new Set(['would', 'will', 'could', 'had', 'has', 'plans', 'planned', 'expects', 'expected']);

/**
 * "Marks and Spencer said it would close stores", "Johnson and Johnson has recalled …": two single words joined by
 * "and" whose verb agrees with one subject name one firm, as "Procter & Gamble" does with an ampersand. The tagger,
 * which saw "Procter and Gamble" only a few times, tags "Spencer" or each "Johnson" as a person. One organization
 * candidate replaces the candidates inside; a known place ("Trinidad and Tobago is") is left alone. Returns the
 * candidates, in order.
 */
export function pairedFirmNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const holder: (Candidate | undefined)[] = new Array(tokens.length);
  for (const c of cands) for (let i = c.first; i <= c.last; i++) holder[i] = c;
  const found: Candidate[] = [];
  const dropped = new Set<Candidate>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, and, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (and.text !== 'and' || a.sentence !== b.sentence || a.line !== 'n') continue;
    if (!isCapitalizedWord(a.text) || !isCapitalizedWord(b.text) || a.end + 1 !== and.start || and.end + 1 !== b.start)
      continue;
    // Each side a one-word name or no name at all, at least one of them tagged; no longer name around the pair.
    const ha = holder[i];
    const hb = holder[i + 2];
    if (!ha && !hb) continue;
    if ((ha && (ha.first !== i || ha.last !== i)) || (hb && (hb.first !== i + 2 || hb.last !== i + 2))) continue;
    // The pair opens its clause: "between Boeing and Aeroflot was", "a monster of Dole and Gingrich has" are objects.
    const before = tokens[i - 1];
    if (before?.sentence === a.sentence && !CLAUSE_OPENERS.has(before.text.toLowerCase())) continue;
    // Two firms the list knows are two ("Airbus and Boeing has" is a slip).
    if (knownCompanies.has(a.text) || knownCompanies.has(b.text)) continue;
    if (isPlace(a.text) || isPlace(b.text) || isPlace(`${a.text} and ${b.text}`)) continue;
    // "Obama and Biden has …" is a typo, not a firm.
    if (publicFigures.has(a.text) || publicFigures.has(b.text)) continue;
    if (tokens[i + 3]?.sentence !== a.sentence) continue;
    if (!singularSubjectOf(tokens, i + 3)) continue;
    if (ha) dropped.add(ha);
    if (hb) dropped.add(hb);
    found.push(
      candidate({
        first: i,
        last: i + 2,
        type: 'organization',
        form: 'name',
        rule: 'entities/paired-firm-name',
        confidence: 0.6,
      }),
    );
    i += 2;
  }
  if (found.length === 0) return [...cands];
  return [...cands.filter((c) => !dropped.has(c)), ...found].sort((x, y) => x.first - y.first);
}

/** Last words of the bodies two places share: "Devon and Cornwall Police", "Avon and Somerset Constabulary". */
const SHARED_BODY_HEADS = new Set(['Police', 'Constabulary', 'Council', 'Trust', 'Board', 'Authority', 'Service']);

/**
 * "Devon and Cornwall Police", "Avon and Somerset Constabulary": a body two places share, which the tagger reads as a
 * lone first word (a person "Devon", a body "Avon") and a body named after the second place. The body after "and"
 * must open with a known place and end in a head such bodies take; the word before "and" must stand alone (no
 * capitalized word before it: "Mr Smith and Kent Police", "John Smith and …" are two) and be no part of a
 * person's longer name elsewhere in the document. One organization replaces both candidates. Returns the
 * candidates, in order.
 */
export function pairedPlaceBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const holder: (Candidate | undefined)[] = new Array(tokens.length);
  const personWords = new Set<string>();
  for (const c of cands) {
    for (let i = c.first; i <= c.last; i++) holder[i] = c;
    if (c.type === 'person' && c.last > c.first)
      for (let i = c.first; i <= c.last; i++) personWords.add(tokens[i]!.text);
  }
  const dropped = new Set<Candidate>();
  const found: Candidate[] = [];
  for (const body of cands) {
    if (body.form !== 'name' || body.type !== 'organization' || body.last - body.first < 1) continue;
    if (!SHARED_BODY_HEADS.has(tokens[body.last]!.text) || !isPlace(tokens[body.first]!.text)) continue;
    const and = tokens[body.first - 1];
    const a = tokens[body.first - 2];
    if (
      !and ||
      !a ||
      and.text !== 'and' ||
      a.sentence !== and.sentence ||
      and.sentence !== tokens[body.first]!.sentence
    )
      continue;
    if (a.line !== 'n' || !isCapitalizedWord(a.text) || personWords.has(a.text) || knownCompanies.has(a.text)) continue;
    const ha = holder[body.first - 2];
    if (ha && (ha.first !== ha.last || ha.form !== 'name')) continue;
    const before = tokens[body.first - 3];
    if (before && before.sentence === a.sentence && startsUpper(before.text)) continue;
    if (ha) dropped.add(ha);
    dropped.add(body);
    found.push(
      candidate({
        ...body,
        first: body.first - 2,
        rule: 'entities/paired-place-body',
        confidence: 0.7,
      }),
    );
  }
  if (found.length === 0) return [...cands];
  return [...cands.filter((c) => !dropped.has(c)), ...found].sort((x, y) => x.first - y.first);
}
