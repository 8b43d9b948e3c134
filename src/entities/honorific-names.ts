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
import { sameSentence } from './tokens.js';

/**
 * Male honorifics written before a given name or a whole name ("Sir Keir", "Sheikh Tamim", "Prince William"), never
 * before a bare family name as "Mr." is: a family name a woman shares with a man ("Mrs. Trump") says nothing of his.
 */
const GIVEN_NAME_HONORIFICS = new Set(['Sheikh', 'Sir', 'Prince', 'King', 'Pope']);

/** How many words may stand between the name's verb and "she" ("said on Monday she"). */
const SHE_REACH = 4;

/** Whether the person named at c is the subject of a verb whose clause goes on with "she" ("Hasina said she …"). */
function speaksAsShe(tokens: readonly NerToken[], c: Candidate): boolean {
  const verb = tokens[c.last + 1];
  if (!verb || !sameSentence(tokens, c.last, c.last + 1) || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  for (let k = c.last + 2; k <= c.last + 1 + SHE_REACH && sameSentence(tokens, c.last, k); k++) {
    const w = tokens[k]!;
    if (w.text.toLowerCase() === 'she') return true;
    if (w.pos === 'PROPN' || w.text.toLowerCase() === 'he') return false;
  }
  return false;
}

/** The last words of the names the document shows to be a woman's: after a female honorific, or speaking as "she". */
function womenNamed(cands: readonly Candidate[], tokens: readonly NerToken[]): Set<string> {
  const women = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (honorificGender.get(tokens[i - 1]!.text) === 'female' && sameSentence(tokens, i - 1, i)) {
      women.add(tokens[i]!.text);
    }
  }
  for (const c of cands) {
    if (c.form === 'name' && c.type === 'person' && speaksAsShe(tokens, c)) women.add(tokens[c.last]!.text);
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
