/**
 * Organization names a place or a demonym opens: "a professor at the London School of Economics", "the Korean
 * Central News Agency". The tagger, which sees "London" and "Korean" far more often alone, can cut the first word
 * off as a place or a demonym and leave a headless "School of Economics". Two cases join the word back on:
 *
 * - a place (a city or region, not a country) right after "the" and right before an organization name: "the
 *   London School of Economics", "the Moscow City Court". A country stays apart ("the U.S. Federal Bureau of
 *   Investigation": CoNLL writes the U.S. as a place of its own);
 * - a demonym right before a name of several words that ends in a body's own word ("Agency", "Foundation", "Party":
 *   "Iraqi News Agency", "Saudi Press Agency" are one name in CoNLL), but not a state's organ the demonym only
 *   places ("the Turkish Foreign Ministry", "the Brazilian Senate": CoNLL keeps the demonym apart).
 */

import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { demonymCompanyWords, organizationSuffixes, strongOrganizationSuffixes } from './lexicon.js';

const ARTICLES = new Set(['the', 'The']);
/** Last words of a state's organs, which a demonym before them places rather than names. */
const STATE_ORGANS = new Set([
  'Ministry',
  'Department',
  'Parliament',
  'Congress',
  'Senate',
  'Assembly',
  'Army',
  'Navy',
  'Police',
  'Council',
  'Committee',
  'Commission',
  'Government',
]);

function placeOpens(tokens: readonly NerToken[], place: Candidate): boolean {
  if (place.type !== 'location' || place.form !== 'name') return false;
  const before = tokens[place.first - 1];
  return before !== undefined && before.sentence === tokens[place.first]!.sentence && ARTICLES.has(before.text);
}

function demonymOpens(tokens: readonly NerToken[], demonym: Candidate, org: Candidate): boolean {
  if (demonym.form !== 'demonym' || demonym.first !== demonym.last) return false;
  const head = tokens[org.last]!.text;
  // "Turkish Airlines", "British Petroleum": one word after the demonym names a company only when it is a
  // company's word; "the British Press", "the Chinese League" are a country's press and league.
  if (org.last === org.first) return demonymCompanyWords.has(head);
  // "Norwegian Air Shuttle", "Turkish Airlines Group": a name that opens with a company's word has no head without
  // the demonym before it.
  if (demonymCompanyWords.has(tokens[org.first]!.text)) return true;
  return (strongOrganizationSuffixes.has(head) || organizationSuffixes.has(head)) && !STATE_ORGANS.has(head);
}

/** Joins a place or demonym candidate to the organization name right after it, as above. Returns the candidates. */
export function joinPlaceLedNames(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (
      prev &&
      c.type === 'organization' &&
      c.form === 'name' &&
      prev.last + 1 === c.first &&
      tokens[prev.first]!.sentence === tokens[c.first]!.sentence &&
      (placeOpens(tokens, prev) || demonymOpens(tokens, prev, c))
    ) {
      out[out.length - 1] = candidate({ ...c, first: prev.first, rule: 'entities/join:place-led' });
      continue;
    }
    out.push(c);
  }
  return out;
}
