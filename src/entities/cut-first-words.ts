/**
 * "Home Office admits asylum backlog" over "The Home Office has admitted …": the tagger, or a rule that keeps an
 * everyday word at a sentence's or a headline's start off a name ("Home", "Police"), can leave the first word of a
 * name outside it, where the capital proves nothing. The same words written as one name in the body's prose, where
 * they stand mid-sentence, say the cut word belongs to it.
 */
import { type Candidate, candidate, coveredTokens, spanText } from './candidates.js';
import { hasUpper, type NerToken } from './features.js';
import {
  countryByDemonym,
  firstNames,
  honorificGender,
  lastNames,
  locationSuffixes,
  nameOpeningWords,
  partyLabels,
  plainWords,
  strongOrganizationSuffixes,
  titleFirstWords,
} from './lexicon.js';

/** "The" before a name is CoNLL's and the tagger's business (`withThe`), not a cut word. */
const ARTICLES = new Set(['The', 'A', 'An']);

/** Joins the capitalized word before a name back on when the two are one name elsewhere in the text. */
export function joinCutFirstWords(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const whole = new Set<string>();
  for (const c of cands) {
    if (c.form === 'name' && c.last > c.first && tokens[c.first]!.line === 'n' && !tokens[c.first]!.sentenceStart) {
      whole.add(spanText(tokens, c.first, c.last, text));
    }
  }
  if (whole.size === 0 && !cands.some((c) => nameOpeningWords.has(tokens[c.first - 1]?.text ?? ''))) return [...cands];
  const covered = coveredTokens(cands, tokens.length);
  return cands.map((c) => {
    const p = c.first - 1;
    const prev = tokens[p];
    if (c.form !== 'name' || prev === undefined || covered[p] === 1) return c;
    if (prev.sentence !== tokens[c.first]!.sentence || !hasUpper(prev.text.charAt(0))) return c;
    // Mid-sentence in prose the capital was seen, and the tagger or a title rule left the word out on purpose
    // ("Mr. Obama", "a Democratic Senate").
    if (!prev.sentenceStart && prev.line === 'n') {
      return suffixedOpening(c, prev, tokens) ? candidate({ ...c, first: p, rule: 'entities/join:opening-word' }) : c;
    }
    if (honorificGender.has(prev.text) || (c.type === 'person' && titleFirstWords.has(prev.text))) return c;
    if (openingWord(c, prev, tokens)) return candidate({ ...c, first: p, rule: 'entities/join:opening-word' });
    if (ARTICLES.has(prev.text) || !whole.has(spanText(tokens, p, c.last, text))) return c;
    return candidate({ ...c, first: p, rule: 'entities/join:cut-first-word' });
  });
}

/**
 * "Advanced Micro Devices said …", "United Parcel Service said …": an adjective that opens many company names,
 * left off at a sentence's start, belongs to the organization after it when that ends in an organization suffix
 * ("Rival Intel said" keeps "Rival" off: no such word, no suffix).
 */
function openingWord(c: Candidate, prev: NerToken, tokens: readonly NerToken[]): boolean {
  return (
    c.type === 'organization' &&
    c.last > c.first &&
    nameOpeningWords.has(prev.text) &&
    strongOrganizationSuffixes.has(tokens[c.last]!.text)
  );
}

/**
 * "Grants Pass, a city of 40,000, had argued …" over "the mayor of Grants Pass": at a sentence's start the tagger
 * may also end a name too early, leaving its last capitalized word out ("Grants" an organization). Where the two
 * words are one name mid-sentence elsewhere in the text, the word joins, and the name takes that name's type.
 */
export function joinCutLastWords(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const whole = new Map<string, Candidate>();
  for (const c of cands) {
    if (c.form === 'name' && c.last > c.first && tokens[c.first]!.line === 'n' && !tokens[c.first]!.sentenceStart) {
      whole.set(spanText(tokens, c.first, c.last, text), c);
    }
  }
  if (whole.size === 0) return [...cands];
  const covered = coveredTokens(cands, tokens.length);
  return cands.map((c) => {
    const n = c.last + 1;
    const next = tokens[n];
    if (c.form !== 'name' || !tokens[c.first]!.sentenceStart || next === undefined || covered[n] === 1) return c;
    if (next.sentence !== tokens[c.last]!.sentence || next.start !== tokens[c.last]!.end + 1) return c;
    if (!hasUpper(next.text.charAt(0))) return c;
    const other = whole.get(spanText(tokens, c.first, n, text));
    if (!other) return c;
    return candidate({ ...c, last: n, type: other.type, country: other.country, rule: 'entities/join:cut-last-word' });
  });
}

/**
 * "a Special Economic Zone", "the Exclusive Economic Zone": mid-sentence, a capitalized adjective or everyday word (no given or family name) the tagger left
 * off a name that ends in a place's or a body's suffix opens it; the capital says it is no plain adjective. A
 * demonym or a party's word only says whose the place or body is ("British Airways" is the tagger's to read, "a
 * Democratic National Committee" too).
 */
function suffixedOpening(c: Candidate, prev: NerToken, tokens: readonly NerToken[]): boolean {
  const last = tokens[c.last]!.text;
  return (
    c.last > c.first &&
    !ARTICLES.has(prev.text) &&
    (prev.pos === 'ADJ' ||
      ((prev.pos === 'PROPN' || prev.pos === 'NOUN') && plainWords.has(prev.text.toLowerCase()))) &&
    !firstNames.has(prev.text) &&
    !lastNames.has(prev.text) &&
    (locationSuffixes.has(last) || strongOrganizationSuffixes.has(last)) &&
    !countryByDemonym.has(prev.text) &&
    !partyLabels.has(prev.text) &&
    !titleFirstWords.has(prev.text)
  );
}
