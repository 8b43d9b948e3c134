/**
 * Laws and bills are no entities of our four types (CoNLL marks them MISC): "the Inflation Reduction Act", "the
 * Online Safety Bill", "the Second Amendment", "the Farm Credit (Amendment) Bill". The tagger reads their words as
 * an organization, and an Indian-style "(Amendment)" in the middle cuts the name into three.
 */
import { startsCapitalized } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { lawSuffixes, nameConnectors, plainWords, titlePhrases } from './lexicon.js';

/** Lower-case words that may stand inside a law's name ("Protection of Children Act", "Health and Care Bill"); "the" would reach past the name. */
const LINKS = new Set(['of', 'and', 'for', 'on', 'to', '&']);

/** Tokens a law's name may take before its last word ("Freedom of Access to Clinic Entrances"). */
const MAX_LAW_TOKENS = 12;

/** The candidates that are no part of a law's name. */
export function dropLawNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const ranges: [number, number][] = [];
  const personEnds = new Set<number>();
  for (const c of cands) if (c.type === 'person') personEnds.add(c.last);
  for (let k = 1; k < tokens.length; k++) {
    const first = lawNameStart(tokens, k, personEnds);
    if (first >= 0) ranges.push([first, k]);
  }
  if (ranges.length === 0) return cands as Candidate[];
  // The end of the law's name each token lies in (-1: none), so each candidate is checked once.
  const lawEnd = new Int32Array(tokens.length).fill(-1);
  for (const [first, last] of ranges) for (let i = first; i <= last; i++) lawEnd[i] = Math.max(lawEnd[i]!, last);
  // "the Freedom of Information Act (FOIA)", "the NDAA": a law's initials name the law.
  const acronyms = new Set<string>();
  for (const [first, last] of ranges) {
    let all = '';
    let capitals = '';
    for (let i = first; i <= last; i++) {
      const w = tokens[i]!.text;
      if (w === '(' || w === ')' || tokens[i - 1]?.text === '(') continue;
      all += w.charAt(0).toUpperCase();
      if (startsCapitalized(w)) capitals += w.charAt(0);
    }
    // "Patriot Act" is no "PA" (Pennsylvania): three letters at least.
    for (const a of [all, capitals]) if (a.length >= 3) acronyms.add(a);
  }
  return cands.filter(
    (c) =>
      lawEnd[c.first]! < c.last && !(c.first === c.last && acronyms.has(tokens[c.first]!.text.replaceAll('.', ''))),
  );
}

/** The first token of the law's name that token `k` ends, or -1 when `k` ends none. */
function lawNameStart(tokens: readonly NerToken[], k: number, personEnds: ReadonlySet<number>): number {
  const end = tokens[k]!;
  // A title-case headline ("Senate Passes Farm Bill") capitalizes the words before it whatever they are.
  if (!lawSuffixes.has(end.text) || end.line !== 'n') return -1;
  // "Bill Gates", "Bill de Blasio", "Act Party": a name or a particle after it makes it a given name or the start
  // of another name; "Mayor Bill" too.
  const after = tokens[k + 1];
  if (
    after?.sentence === end.sentence &&
    after.start === end.end + 1 &&
    (startsCapitalized(after.text) || nameConnectors.has(after.text))
  ) {
    return -1;
  }
  if (titlePhrases.has(tokens[k - 1]?.text ?? '')) return -1;
  let first = -1;
  for (let j = k - 1; j >= 0 && k - j <= MAX_LAW_TOKENS && tokens[j]!.sentence === end.sentence; j--) {
    const t = tokens[j]!;
    // "(Amendment)": a capitalized word in brackets inside the name.
    if (t.text === ')' && tokens[j - 2]?.text === '(' && startsCapitalized(tokens[j - 1]!.text)) {
      j -= 2;
      continue;
    }
    // "When Bill was governor": a sentence's first word is capitalized whatever it is.
    const capitalized = startsCapitalized(t.text) && !(t.sentenceStart && plainWords.has(t.text.toLowerCase()));
    if (capitalized) {
      first = j;
      continue;
    }
    if (first < 0 || !LINKS.has(t.text)) break;
    // "Tax Cuts and Jobs Act", but "Hillary Clinton and Second Amendment" names two things.
    if ((t.text === 'and' || t.text === '&') && personEnds.has(j - 1)) break;
  }
  return first;
}
