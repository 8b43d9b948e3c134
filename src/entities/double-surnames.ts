/**
 * Two family names written apart: "Michelle Rempel Garner", "Gabriel García Márquez", "Andrés Manuel López Obrador".
 * The tagger, which learned that a given name and one more word make a person, ends the name at the first family name
 * and drops the second, or leaves it a name of its own. A capitalized word right after a given name and a family name
 * is the second family name when nothing says it is anything else (a common word, a word the article writes in lower
 * case, a title, a date, a country, a place or a body's head word) and it is known as a family name or the article
 * writes the pair again ("Rempel Garner said"). Later short forms of the pair ("Rempel" + "Garner") take it too.
 */

import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { LetterPattern } from '../text/letters.js';
import { type Candidate, coveredTokens } from './candidates.js';
import type { DocEvidence, NerToken } from './features.js';
import {
  commonWords,
  countryByDemonym,
  countryByName,
  eventSuffixes,
  firstNames,
  gazetteerPhrases,
  lastNames,
  locationSuffixes,
  organizationHeadWords,
  personNouns,
  placeHeadWords,
  postNominals,
  titlePhrases,
} from './lexicon.js';

/** A word written as a family name: a capital, then lower-case letters ("Garner", "Márquez"). */
const FAMILY_NAME = new LetterPattern(String.raw`^\p{Lu}\p{Ll}+$`);

/** Whether token k could be a second family name by its own form and the words it is known as. */
function familyShaped(t: NerToken, evidence: DocEvidence): boolean {
  const w = t.text;
  const low = w.toLowerCase();
  if (!FAMILY_NAME.test(w) || commonWords.has(low) || evidence.lower.has(low) || personNouns.has(low)) return false;
  if (titlePhrases.has(w) || postNominals.has(w) || WEEKDAYS.has(low) || MONTHS.has(low)) return false;
  if (countryByName.has(w) || countryByDemonym.has(w) || gazetteerPhrases.has(low)) return false;
  if (organizationHeadWords.has(low) || placeHeadWords.has(low) || locationSuffixes.has(w) || eventSuffixes.has(w)) {
    return false;
  }
  return true;
}

/** The token after `last`, when one space apart on the same line and in the same sentence. */
function nextWord(tokens: readonly NerToken[], last: number, text: string): NerToken | undefined {
  const t = tokens[last]!;
  const next = tokens[last + 1];
  if (!next || next.sentence !== t.sentence || next.line !== 'n' || next.start !== t.end + 1) return undefined;
  return text[t.end] === ' ' ? next : undefined;
}

/** How often each capitalized pair of words stands in the text: a pair written twice is a name of its own. */
function capitalizedPairs(tokens: readonly NerToken[], text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = nextWord(tokens, i, text);
    if (next && FAMILY_NAME.test(tokens[i]!.text) && FAMILY_NAME.test(next.text)) {
      const key = `${tokens[i]!.text} ${next.text}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  return pairs;
}

/** Extends (in place) each person name over a second family name, and later short forms over it too. */
export function doubleSurnames(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  text: string,
): void {
  const covered = coveredTokens(cands, tokens.length);
  // Counted on first need: most documents have no name that reaches the count, and the scan tests every token.
  let pairs: Map<string, number> | undefined;
  const joined = new Set<string>();
  for (const c of cands) {
    // A given name, then a family name ("Michelle Rempel"); the span may still hold a title before them.
    if (c.form !== 'name' || c.type === 'country' || c.last === c.first) continue;
    if (!firstNames.has(tokens[c.last - 1]!.text.toLowerCase())) continue;
    const family = tokens[c.last]!;
    if (firstNames.has(family.text.toLowerCase()) || !FAMILY_NAME.test(family.text)) continue;
    const next = nextWord(tokens, c.last, text);
    if (!next || covered[c.last + 1] || !familyShaped(next, evidence)) continue;
    // "Michelle Rempel Garner Foundation": a run of capitalized words going on is some other name.
    const after = tokens[c.last + 2];
    if (after && after.sentence === next.sentence && FAMILY_NAME.test(after.text) && after.start === next.end + 1) {
      continue;
    }
    const pair = `${family.text} ${next.text}`;
    if (!lastNames.has(next.text.toLowerCase())) {
      pairs ??= capitalizedPairs(tokens, text);
      if ((pairs.get(pair) ?? 0) < 2) continue;
    }
    c.last += 1;
    covered[c.last] = 1;
    joined.add(pair);
  }
  if (joined.size === 0) return;
  for (const c of cands) {
    if (c.form !== 'name' || c.type === 'country') continue;
    const next = nextWord(tokens, c.last, text);
    if (!next || covered[c.last + 1] || !joined.has(`${tokens[c.last]!.text} ${next.text}`)) continue;
    c.last += 1;
    covered[c.last] = 1;
  }
}
