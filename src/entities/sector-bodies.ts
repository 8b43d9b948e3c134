/**
 * "Statistics Canada", "Cricket Australia", "Police Scotland", "Colleges Ontario": a capitalized word of a public
 * sector or a sport right before a country or a province names a national body. The tagger sees the place far more
 * often alone and keeps it a place, dropping the word before it, or types the pair a person.
 */

import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { countryByName, gazetteerPhrases, sectorBodyWords } from './lexicon.js';

function sectorWordAt(tokens: readonly NerToken[], i: number, place: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    t.line === 'n' &&
    t.sentence === tokens[place]!.sentence &&
    t.end + 1 === tokens[place]!.start &&
    sectorBodyWords.has(t.text)
  );
}

/** Re-types (in place) each place candidate a sector word opens, or runs it back over that word. */
export function sectorBodies(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered.add(i);
  for (const c of cands) {
    if (c.form !== 'name') continue;
    if ((c.type === 'country' || c.type === 'location') && c.first === c.last) {
      if (covered.has(c.first - 1) || !sectorWordAt(tokens, c.first - 1, c.first)) continue;
      c.first -= 1;
    } else if (c.type === 'person' && c.last === c.first + 1 && sectorWordAt(tokens, c.first, c.last)) {
      if (!placeWord(tokens[c.last]!.text)) continue;
    } else continue;
    c.type = 'organization';
    c.country = undefined;
    c.titles = undefined;
    c.rule = 'entities/sector-body';
  }
}

/** A country's name or a place the gazetteer knows ("Ontario"), as the second word of a pair typed a person. */
function placeWord(word: string): boolean {
  return countryByName.has(word) || gazetteerPhrases.get(word.toLowerCase()) === 'L';
}
