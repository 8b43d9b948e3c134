/**
 * "Prayut Chan-o-cha said …", "Sauli Niinistö arrived …": the tagger reads a sentence's first word weakly, since any
 * word is capitalized there, and may tag the family name alone. A first word written as a name, right before a
 * person's name it tagged, is that person's given name when nothing says it is an ordinary word (written in lower
 * case in the document, or a common English word), a title or a known place or body.
 */

import { LetterPattern } from '../text/letters.js';
import { type Candidate, coveredTokens, spanText } from './candidates.js';
import type { DocEvidence, NerToken } from './features.js';
import {
  commonWords,
  countryByDemonym,
  firstNames,
  gazetteerPhrases,
  honorificGender,
  personNouns,
  pluralTitles,
  titlePhrases,
} from './lexicon.js';

/** A word written as a given name: a capital and lower-case letters, perhaps hyphenated ("Jean-Luc"). */
const GIVEN_NAME = new LetterPattern(String.raw`^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$`);
/** Endings of adverbs, participles and agent nouns ("Separately", "Defending", "Unbeaten", "Skipper"). */
const WORD_ENDINGS = /(?:ly|ing|ed|en|er)$/;

/** Whether the word could only be a given name: no ordinary word, role, title, demonym or known place. */
function givenNameOnly(word: string, evidence: DocEvidence): boolean {
  const low = word.toLowerCase();
  if (!GIVEN_NAME.test(word) || commonWords.has(low) || evidence.lower.has(low) || personNouns.has(low)) return false;
  if (
    titlePhrases.has(word) ||
    pluralTitles.has(word) ||
    honorificGender.has(word) ||
    gazetteerPhrases.has(low) ||
    countryByDemonym.has(low)
  ) {
    return false;
  }
  return firstNames.has(low) || !WORD_ENDINGS.test(low);
}

/** Extends each person candidate right after a sentence's untagged first word over it. Changed in place. */
export function leadingGivenNames(
  cands: readonly Candidate[],
  tokens: readonly NerToken[],
  evidence: DocEvidence,
  text: string,
): void {
  const covered = coveredTokens(cands, tokens.length);
  for (const c of cands) {
    const i = c.first - 1;
    const w = tokens[i];
    if (c.form !== 'name' || c.type !== 'person' || !w || covered[i] || !w.sentenceStart || w.line !== 'n') continue;
    // One space apart, no line break: "Police\nSmith" is two lines.
    if (w.end + 1 !== tokens[c.first]!.start || text[w.end] !== ' ') continue;
    if (!givenNameOnly(w.text, evidence)) continue;
    // "Prayut" before "Chan-o-cha", but not before a name of several words ("Monday John Smith" is no one's name).
    if (spanText(tokens, c.first, c.last, text).includes(' ')) continue;
    c.first = i;
    c.rule = 'entities/leading-given-name';
  }
}
