/**
 * "Queen Rania of Jordan spoke": the tagger, which has seen "Queen" open the names of clubs and ships, can type a
 * royal title and the name after it as one organization. A monarch's, a ruler's or a royal's title before one to
 * three name words is no part of a body's name: the words are a person with that title, and "of" with a country or a
 * place after them names where the title holds (CoNLL marks "King Hussein of Jordan" as a person and a place).
 */

import { LetterPattern } from '../text/letters.js';
import { type Candidate, candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import {
  countryByName,
  gazetteerPhrases,
  locationSuffixes,
  organizationHeadWords,
  placeHeadWords,
  royalTitles,
  strongOrganizationSuffixes,
} from './lexicon.js';

/** A word of a person's name after a royal title: "Rania", "O'Neill", "Al-Thani", "bin", "II". */
const NAME_WORD = new LetterPattern(String.raw`^(?:\p{Lu}[\p{L}'’-]+|[IVX]{1,4}|bin|bint|ibn|al|Al)$`);

/** A word that makes a name a body's or a place's ("Queen Elizabeth Hospital", "King Abdullah University"). */
function headWord(w: string): boolean {
  const low = w.toLowerCase();
  return (
    organizationHeadWords.has(low) ||
    placeHeadWords.has(low) ||
    locationSuffixes.has(w) ||
    strongOrganizationSuffixes.has(w)
  );
}

/** The token count of the royal title opening the candidate (1 or 2), or 0. */
function royalTitleAt(tokens: readonly NerToken[], c: Candidate, text: string): number {
  for (let len = 2; len >= 1; len--) {
    if (c.first + len > c.last) continue;
    if (royalTitles.has(spanText(tokens, c.first, c.first + len - 1, text))) return len;
  }
  return 0;
}

/**
 * Splits organizations that open with a royal title into the person after it (titled) and the country or
 * place after "of". Returns the new list; candidates kept are unchanged.
 */
export function royalNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    // "Prince Rupert", "Prince William Sound": a place named after a royal is tagged a place, and stays one.
    const len = c.form === 'name' && c.type === 'organization' ? royalTitleAt(tokens, c, text) : 0;
    // "Queen Mary University": a known body keeps its name.
    if (len === 0 || gazetteerPhrases.has(spanText(tokens, c.first, c.last, text).toLowerCase())) {
      out.push(c);
      continue;
    }
    const first = c.first + len;
    let last = first;
    while (last + 1 <= c.last && tokens[last + 1]!.text !== 'of') last++;
    let ok = last - first < 4;
    for (let i = first; i <= last && ok; i++) ok = NAME_WORD.test(tokens[i]!.text) && !headWord(tokens[i]!.text);
    // "Queen Rania of Jordan": after "of", only a country or a known place.
    let place: Candidate | undefined;
    if (ok && last < c.last) {
      const where = spanText(tokens, last + 2, c.last, text);
      const country = countryByName.get(where);
      const known = gazetteerPhrases.get(where.toLowerCase());
      if (last + 2 > c.last || (!country && known !== 'L' && known !== 'C')) ok = false;
      else {
        place = candidate({
          first: last + 2,
          last: c.last,
          type: country ? 'country' : 'location',
          form: 'name',
          rule: 'entities/royal-title',
          confidence: 0.8,
          country,
        });
      }
    }
    if (!ok) {
      out.push(c);
      continue;
    }
    const title = spanText(tokens, c.first, first - 1, text);
    out.push(
      candidate({
        first,
        last,
        type: 'person',
        form: 'name',
        rule: 'entities/royal-title',
        confidence: 0.8,
        titles: [title],
      }),
    );
    if (place) out.push(place);
  }
  return out;
}
