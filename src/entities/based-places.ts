/**
 * "Seattle-based Amazon", "the London-based bank Barclays", "Los Angeles based Northrop Grumman": the name before
 * "based" is where the organization after it sits. The tagger reads these poorly (it left "Seattle" out and called
 * Amazon a river); the construction itself says which is the place and which the company.
 */

import { startsLower } from '../text/letters.js';
import { lowerCase } from '../text/lower-case.js';
import { type Candidate, candidate, spanText } from './candidates.js';
import { hasUpper, type NerToken } from './features.js';
import { commonWords, countryByName } from './lexicon.js';

/** How many capitalized words a place before "based" may have ("Los Angeles", "Salt Lake City"). */
const MAX_PLACE_WORDS = 3;
/** How far after "based" the organization's name may start ("the London-based investment bank Barclays"). */
const ORGANIZATION_REACH = 4;

/** The first token of the capitalized run ending at `last`, in its sentence, or -1 when `last` is no capital. */
function capitalRun(tokens: readonly NerToken[], last: number): number {
  let first = last;
  while (
    first >= 0 &&
    last - first < MAX_PLACE_WORDS &&
    tokens[first]!.sentence === tokens[last]!.sentence &&
    hasUpper(tokens[first]!.text.charAt(0))
  ) {
    first--;
  }
  first++;
  // "The London-based bank": an article or possessive opening the sentence is no part of the place.
  while (first <= last && LEADS.has(lowerCase(tokens[first]!.text))) first++;
  if (first > last) return -1;
  // "Evidence-based policy" opening a sentence: a common word capitalized only by its position.
  if (first === last && tokens[first]!.sentenceStart && commonWords.has(lowerCase(tokens[first]!.text))) return -1;
  return first;
}
const LEADS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/**
 * The first candidate overlapping tokens first..last. A function, not a closure in basedPlaces' token loop: a
 * closure over the loop's variables made V8 allocate a context for every token (64 KB an article).
 */
function overlapping(cands: readonly Candidate[], first: number, last: number): Candidate | undefined {
  for (const c of cands) if (c.first <= last && c.last >= first) return c;
  return undefined;
}

/** The first name candidate starting within ORGANIZATION_REACH tokens after `b` (see `overlapping`). */
function nameAfter(cands: readonly Candidate[], b: number): Candidate | undefined {
  for (const c of cands) if (c.first > b && c.first - b <= ORGANIZATION_REACH && c.form === 'name') return c;
  return undefined;
}

/**
 * Places before "based" and organizations after it: a candidate ending at the place becomes a location (a country
 * when it names one), a place the tagger missed is added, and a candidate after "based" that the tagger called a
 * place becomes an organization. Returns the candidates, sorted by position.
 */
export function basedPlaces(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const out = [...cands];
  for (let b = 1; b < tokens.length; b++) {
    // This test runs for every token: only a five-character text lower-cases to "based" (lower-casing never
    // shortens a string, and no non-ASCII character lower-cases to one of its letters), so no other capitalized
    // word is copied.
    const word = tokens[b]!.text;
    if (word.length !== 5 || lowerCase(word) !== 'based') continue;
    const hyphen = tokens[b - 1]!.text === '-' && tokens[b - 1]!.end === tokens[b]!.start;
    const last = hyphen ? b - 2 : b - 1;
    if (last < 0 || tokens[last]!.sentence !== tokens[b]!.sentence) continue;
    const first = capitalRun(tokens, last);
    if (first < 0) continue;
    const name = spanText(tokens, first, last, text);
    const country = countryByName.get(name);
    const existing = overlapping(out, first, last);
    // Without the hyphen only a name the tagger saw is a place: "He based his case on …" is no place. With it, the
    // place stays part of one modifier word ("Toronto-based" is MISC in CoNLL, as the tagger has it), and only the
    // organization after it is set right.
    if (!hyphen && !existing) continue;
    if (existing && !hyphen) {
      if (existing.form !== 'name' || existing.type === 'country' || existing.last !== last) continue;
      existing.type = country ? 'country' : 'location';
      if (country) existing.country = country;
      existing.rule = 'entities/based-place';
    } else if (!hyphen) {
      const c: Candidate = candidate({
        first,
        last,
        type: country ? 'country' : 'location',
        form: 'name',
        rule: 'entities/based-place',
        confidence: 0.7,
      });
      if (country) c.country = country;
      out.push(c);
    }
    const company = nameAfter(out, b);
    // Only words of the noun phrase stand between ("the London-based investment bank Barclays").
    let phrase = company !== undefined;
    for (let k = b + 1; company && k < company.first && phrase; k++) phrase = startsLower(tokens[k]!.text);
    if (phrase && company?.type === 'location') {
      company.type = 'organization';
      company.rule = 'entities/based-organization';
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
