/**
 * "SAN FRANCISCO — Apple unveiled …", "KYIV (Reuters) -": the words in capitals that open a story's first paragraph
 * before a dash, a bracket or a comma are the place it was filed from. The tagger, short of context for words in
 * capitals, called a two-word city an organization, which then took the paragraph's "its".
 */
import { WIRE_AGENCIES } from '../article/lexicon.js';
import { MONTHS } from '../dates/lexicon.js';
import { LetterPattern, startsUpper } from '../text/letters.js';
import { lowerCase } from '../text/lower-case.js';
import { type Candidate, candidate, spanText, wireAgencyInBrackets } from './candidates.js';
import type { NerToken } from './features.js';
import { commonWords, countryByName, placeHeadWords } from './lexicon.js';

const TWO_LETTERS = new LetterPattern(String.raw`\p{L}{2}`);
const WORD_START = new LetterPattern(String.raw`(^|[\s-])\p{L}`, 'gu');

/**
 * What follows a dateline's place: a long dash, an agency in brackets, or a comma before the date. Not a hyphen
 * or two: wire press digests open items with the newspaper's name and those ("HAARETZ - Palestinian President …",
 * "KERDOS -- New Democracy leader …").
 */
const AFTER_DATELINE = new Set(['—', '–']);
const CAPITALS_WORD = new LetterPattern(String.raw`^\p{Lu}[\p{Lu}.'’-]*$`);

/**
 * A line break between token `i` and the one before it. Asked at every token: read in place, not from a slice of
 * the gap (a string allocated per token).
 */
function opensParagraph(tokens: readonly NerToken[], i: number, text: string): boolean {
  if (i === 0) return true;
  const to = tokens[i]!.start;
  for (let k = tokens[i - 1]!.end; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/**
 * Retypes each such dateline place to a location (a country when it is one), stretches it over the rest of the
 * place's words in capitals before the dash ("FAIRVIEW HEIGHTS —", the tagger having taken "FAIRVIEW" only), and adds
 * the place the tagger missed ("HARLOW — The hospital …") when its words are no everyday words.
 */
export function datelinePlaces(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) covered.fill(1, c.first, c.last + 1);
  const absorbed = new Set<Candidate>();
  for (const c of cands) {
    if (absorbed.has(c)) continue;
    out.push(c);
    if (bracketedAgency(tokens, c, text)) {
      c.type = 'organization';
      c.rule = 'entities/dateline-agency';
      continue;
    }
    if (c.form !== 'name' || !opensParagraph(tokens, c.first, text)) continue;
    // "FAIRVIEW HEIGHTS —": the words in capitals up to a long dash belong to the place.
    let end = c.last;
    while (end + 1 < tokens.length && end - c.first < MAX_PLACE_WORDS && CAPITALS_WORD.test(tokens[end + 1]!.text)) {
      end++;
    }
    if (end > c.last && AFTER_DATELINE.has(tokens[end + 1]?.text ?? '') && allCapitals(tokens, c.first, end)) {
      for (const other of cands) if (other !== c && other.first > c.last && other.last <= end) absorbed.add(other);
      for (let i = out.length - 1; i >= 0; i--) if (absorbed.has(out[i]!)) out.splice(i, 1);
      c.last = end;
      retype(c, tokens, text);
    }
    if (c.type === 'location' || c.type === 'country') continue;
    const next = tokens[c.last + 1];
    const after = tokens[c.last + 2]?.text ?? '';
    const dated = next?.text === ',' && MONTHS.has(lowerCase(after).replace(/\.$/, ''));
    const agency = next?.text === '(' && WIRE_AGENCIES.has(after);
    if (!(dated || agency || AFTER_DATELINE.has(next?.text ?? ''))) continue;
    // A lone acronym ("NATO —") is a body more often than a place.
    if (!allCapitals(tokens, c.first, c.last) || (c.first === c.last && tokens[c.first]!.text.length <= 4)) continue;
    retype(c, tokens, text);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === 1 || !opensParagraph(tokens, i, text)) continue;
    const place = untaggedPlace(tokens, i, covered, text);
    if (place) out.push(place);
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * "(Bloomberg) --", "LIMA (AFP) –": a wire agency in brackets before a dash is the outlet, whatever else its name
 * can be (a person, a town).
 */
function bracketedAgency(tokens: readonly NerToken[], c: Candidate, text: string): boolean {
  const dash = tokens[c.last + 2]?.text.charAt(0) ?? '';
  if (dash !== '-' && dash !== '\u2013' && dash !== '\u2014') return false;
  return c.form === 'name' && wireAgencyInBrackets(tokens, c, text);
}

/** A dateline place has at most this many words ("SALT LAKE CITY", "FAIRVIEW HEIGHTS"). */
const MAX_PLACE_WORDS = 3;

function allCapitals(tokens: readonly NerToken[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!CAPITALS_WORD.test(tokens[i]!.text)) return false;
  return true;
}

/**
 * "HARLOW — The hospital …": words in capitals no candidate covers, opening a paragraph before a long dash and a
 * capital. Everyday words ("EDITOR'S NOTE —", "UPDATE —") are no place; a place's head word may close it
 * ("FAIRVIEW HEIGHTS"). A single word of four letters or fewer is more often an acronym.
 */
function untaggedPlace(
  tokens: readonly NerToken[],
  first: number,
  covered: Uint8Array,
  text: string,
): Candidate | null {
  let last = first;
  while (last - first < MAX_PLACE_WORDS && CAPITALS_WORD.test(tokens[last]?.text ?? '') && covered[last] !== 1) last++;
  last--;
  if (last < first || !AFTER_DATELINE.has(tokens[last + 1]?.text ?? '')) return null;
  if (!startsUpper(tokens[last + 2]?.text ?? '')) return null;
  if (first === last && tokens[first]!.text.length <= 4) return null;
  for (let i = first; i <= last; i++) {
    const w = lowerCase(tokens[i]!.text);
    if (!TWO_LETTERS.test(w)) return null;
    if (commonWords.has(w) && !(i === last && i > first && placeHeadWords.has(w))) return null;
  }
  const c: Candidate = candidate({ first, last, type: 'location', form: 'name', rule: '', confidence: 0.7 });
  retype(c, tokens, text);
  return c;
}

/** Makes a dateline place a location, or a country when it names one. */
function retype(c: Candidate, tokens: readonly NerToken[], text: string): void {
  const lower = spanText(tokens, c.first, c.last, text).toLowerCase();
  const title = lower.replace(WORD_START.for(lower), (m) => m.toUpperCase());
  const country = countryByName.get(title);
  c.type = country ? 'country' : 'location';
  if (country) c.country = country;
  c.rule = 'entities/dateline-place';
}
