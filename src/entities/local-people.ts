/**
 * "Toowoomba resident Greg Hollis", "a Bolton man, 34,", "the Leeds couple": a name right before a plain noun for a
 * local person is the place that person lives in. The tagger reads such a name before a noun for people as the body
 * that employs them ("Google engineer") and makes an organization of it, which then joins a body named after the
 * town ("Toowoomba Regional Council"). The nouns are plain people, never a post ("engineer", "spokesman" stay).
 */
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { localPeopleNouns } from './lexicon.js';

/** Retypes such names to locations, in place. */
export function localPeoplePlaces(cands: readonly Candidate[], tokens: readonly NerToken[]): void {
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization') continue;
    const next = tokens[c.last + 1];
    if (!next || next.sentence !== tokens[c.last]!.sentence || !localPeopleNouns.has(next.text)) continue;
    // "the Apple family of products": a noun compound going on after the people noun is no person.
    const after = tokens[c.last + 2];
    if (after && after.sentence === next.sentence && after.text === 'of') continue;
    c.type = 'location';
    c.rule = 'entities/local-people';
  }
}
