/**
 * "PML-N", "JUI-F", "MQM-P": a party's initials glued by a hyphen to one capital letter, the initial of the faction
 * or of its leader, are one name, a party. The tokenizer splits them at the hyphen and the tagger reads the halves
 * apart ("F" an organization, "JUI" nothing), so the speaker of "JUI-F said" became a lone letter.
 */
import { type Candidate, candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { isCommonAcronym } from './lexicon.js';

/** Three letters at least: "TV-G", "PG-13" are ratings. */
const PARTY_INITIALS = /^[A-Z]{3,6}$/;
const FACTION_LETTER = /^[A-Z]$/;

/** The last token of faction initials opening at `i` ("JUI" "-" "F"), or -1. */
function factionEnd(tokens: readonly NerToken[], i: number): number {
  const party = tokens[i]!;
  const hyphen = tokens[i + 1];
  const letter = tokens[i + 2];
  if (!hyphen || !letter || hyphen.text !== '-' || !PARTY_INITIALS.test(party.text)) return -1;
  if (party.end !== hyphen.start || hyphen.end !== letter.start || !FACTION_LETTER.test(letter.text)) return -1;
  // "TV-G", "SUV-A": a common acronym with a letter is a rating or a model; a line in capitals proves nothing.
  if (isCommonAcronym(party.text) || party.line === 'u') return -1;
  // "JUI-F's", but not "PML-N-led" or "ABC-D2": the letter ends the word.
  const after = tokens[i + 3];
  if (after && after.start === letter.end && !/^['’]s?$/.test(after.text)) return -1;
  const before = tokens[i - 1];
  if (before && before.end === party.start && /^[-\w]/.test(before.text)) return -1;
  return i + 2;
}

/**
 * Each faction's initials as one organization: candidates inside them give way, ones across their edge keep the part
 * outside. Returns all candidates, in order.
 */
export function factionInitials(cands: readonly Candidate[], tokens: readonly NerToken[]): readonly Candidate[] {
  const factions: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const last = factionEnd(tokens, i);
    if (last < 0) continue;
    factions.push(
      candidate({
        first: i,
        last,
        type: 'organization',
        form: 'name',
        rule: 'entities/faction-initials',
        confidence: 0.8,
      }),
    );
    i = last;
  }
  if (factions.length === 0) return cands;
  const out: Candidate[] = [];
  let f = 0;
  for (const c of cands) {
    while (f < factions.length && factions[f]!.last < c.first) f++;
    const faction = factions[f];
    if (!faction || faction.first > c.last) {
      out.push(c);
      continue;
    }
    // The part of the candidate outside the faction's name ("JUI-F chief" tagged whole keeps nothing; a name that
    // runs on past it keeps its rest).
    if (c.first < faction.first) out.push(candidate({ ...c, last: faction.first - 1 }));
    if (c.last > faction.last) out.push(candidate({ ...c, first: faction.last + 1 }));
  }
  return [...out, ...factions].sort((a, b) => a.first - b.first);
}
