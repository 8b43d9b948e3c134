/**
 * "Prime Minister Sheikh Hasina said she would resign": a male honorific before the name of a woman is no honorific
 * of hers but part of her name (in South Asia "Sheikh" opens names of either sex; in the Gulf it is a ruler's title,
 * "Sheikh Mohammed said he …"). Read as a title, it made her a man: "she" found no antecedent and "Ms Hasina" became
 * another person. Only what the document says of her sex decides, so a name with no such evidence keeps the title
 * reading (which is also CoNLL's).
 */
import { type Candidate, titleBefore } from './candidates.js';
import type { NerToken } from './features.js';
import { femaleNames, honorificGender, maleNames } from './lexicon.js';
import { clausePronoun } from './pronoun-persons.js';
import { sameSentence } from './tokens.js';

/**
 * Male honorifics written before a given name or a whole name ("Sir Keir", "Sheikh Tamim", "Prince William"), never
 * before a bare family name as "Mr." is: a family name a woman shares with a man ("Mrs. Trump") says nothing of his.
 */
const GIVEN_NAME_HONORIFICS = new Set(['Sheikh', 'Sir', 'Prince', 'King', 'Pope']);

/** The last words of the names the document shows to be a woman's: after a female honorific, or speaking as "she". */
function womenNamed(cands: readonly Candidate[], tokens: readonly NerToken[]): Set<string> {
  const women = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (honorificGender.get(tokens[i - 1]!.text) === 'female' && sameSentence(tokens, i - 1, i)) {
      women.add(tokens[i]!.text);
    }
  }
  for (const c of cands) {
    if (c.form === 'name' && c.type === 'person' && clausePronoun(tokens, c) === 'she') women.add(tokens[c.last]!.text);
  }
  return women;
}

function hasMaleGivenName(tokens: readonly NerToken[], c: Candidate): boolean {
  for (let i = c.first; i <= c.last; i++) {
    const low = tokens[i]!.text.toLowerCase();
    if (maleNames.has(low) && !femaleNames.has(low)) return true;
  }
  return false;
}

/**
 * Moves a male honorific right before a woman's name into the name, and the title before it (if any) into the
 * candidate's titles. Changed in place.
 */
export function honorificsInWomensNames(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  let women: Set<string> | undefined;
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person' || c.first === 0) continue;
    const honorific = tokens[c.first - 1]!.text;
    if (!GIVEN_NAME_HONORIFICS.has(honorific) || !sameSentence(tokens, c.first - 1, c.first)) continue;
    // "Sheikh Mohammed said she was welcome": a man's given name says whose title it is, whoever "she" is.
    if (hasMaleGivenName(tokens, c)) continue;
    women ??= womenNamed(cands, tokens);
    if (!women.has(tokens[c.last]!.text)) continue;
    c.first -= 1;
    const before = titleBefore(tokens, c.first, text);
    if (before) c.titles = [before[1]];
    else c.titles = undefined;
    c.rule = 'entities/honorific-in-name';
  }
}
