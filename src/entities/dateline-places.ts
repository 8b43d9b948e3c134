/**
 * "SAN FRANCISCO — Apple unveiled …", "KYIV (Reuters) -": the words in capitals that open a story's first paragraph
 * before a dash, a bracket or a comma are the place it was filed from. The tagger, short of context for words in
 * capitals, called a two-word city an organization, which then took the paragraph's "its".
 */
import { WIRE_AGENCIES } from '../article/lexicon.js';
import { MONTHS } from '../dates/lexicon.js';
import { lowerCase } from '../text/lower-case.js';
import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByName } from './lexicon.js';

/**
 * What follows a dateline's place: a long dash, an agency in brackets, or a comma before the date. Not a hyphen
 * or two: wire press digests open items with the newspaper's name and those ("HAARETZ - Palestinian President …",
 * "KERDOS -- New Democracy leader …").
 */
const AFTER_DATELINE = new Set(['—', '–']);
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;

function opensParagraph(tokens: readonly NerToken[], i: number, text: string): boolean {
  if (i === 0) return true;
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n');
}

/** Retypes each such dateline place to a location (a country when it is one). Changed in place. */
export function datelinePlaces(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type === 'location' || c.type === 'country') continue;
    const next = tokens[c.last + 1];
    const after = tokens[c.last + 2]?.text ?? '';
    const dated = next?.text === ',' && MONTHS.has(lowerCase(after).replace(/\.$/, ''));
    const agency = next?.text === '(' && WIRE_AGENCIES.has(after);
    if (!opensParagraph(tokens, c.first, text) || !(dated || agency || AFTER_DATELINE.has(next?.text ?? ''))) continue;
    let capitals = true;
    for (let i = c.first; i <= c.last && capitals; i++) capitals = CAPITALS_WORD.test(tokens[i]!.text);
    // A lone acronym ("NATO —") is a body more often than a place.
    if (!capitals || (c.first === c.last && tokens[c.first]!.text.length <= 4)) continue;
    const title = spanText(tokens, c.first, c.last, text)
      .toLowerCase()
      .replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
    const country = countryByName.get(title);
    c.type = country ? 'country' : 'location';
    if (country) c.country = country;
    c.rule = 'entities/dateline-place';
  }
}
