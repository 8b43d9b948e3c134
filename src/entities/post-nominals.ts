/**
 * Letters after a person's name are a rank or an office, not an organization: "Nicholas Achterberg KC", "Jess
 * Phillips MP". The tagger calls them organizations, and "Achterberg KC said" was then spoken by "KC".
 */
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { postNominals } from './lexicon.js';

/**
 * Moves post-nominal letters right after a person's name (tagged apart or inside the name) onto the person's
 * titles and drops their own candidate. Returns the candidates kept, in order.
 */
export function postNominalTitles(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type === 'person') {
      while (c.last > c.first && postNominals.has(tokens[c.last]!.text)) {
        c.titles = [...(c.titles ?? []), tokens[c.last]!.text];
        c.last--;
      }
      out.push(c);
      continue;
    }
    const person = out[out.length - 1];
    const adjacent = person?.type === 'person' && person.last === c.first - 1;
    if (c.first === c.last && c.form === 'name' && postNominals.has(tokens[c.first]!.text) && adjacent) {
      person.titles = [...(person.titles ?? []), tokens[c.first]!.text];
      continue;
    }
    out.push(c);
  }
  return out;
}
