/**
 * Local government areas: "Maricopa County", "Orleans Parish". The tagger reads an unfamiliar county name as a
 * person's ("Polk County", "Wake County": family names before a word it has seen after names), and after a word
 * that is also a title it tags the unit word alone ("King County officials" → a person "County"). A body named for the
 * area ("Notts County" the club, "Jefferson County" the government) keeps the tagger's organization.
 */
import { isCapitalizedWord } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { adminUnits } from './lexicon.js';

/** Retypes person names ending in a unit word as places, taking in the place name before a bare unit word. */
export function adminUnitPlaces(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  const ends = new Set<number>();
  for (const c of cands) ends.add(c.last);
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person' || !adminUnits.has(tokens[c.last]!.text)) continue;
    if (c.first === c.last) {
      // "King County": the area's own word right before the unit, in no other candidate.
      const unit = tokens[c.first]!;
      const before = tokens[c.first - 1];
      if (!before || before.sentence !== unit.sentence || before.end + 1 !== unit.start) continue;
      if (!isCapitalizedWord(before.text) || ends.has(c.first - 1)) continue;
      c.first -= 1;
      c.titles = undefined;
    }
    c.type = 'location';
    c.rule = 'entities/admin-unit';
    c.confidence = 0.7;
  }
}
