/**
 * Names the next words refer back to with "its": "Halvorsen on Friday announced its results", "Brightwater cut its
 * fees". Writers call a person "he" or "she", almost never "it", so a name that is the subject of a verb whose object
 * starts with "its" is a body, whatever the tagger's guess. The tagger reads an unfamiliar firm name with the shape of
 * a family name ("Pirelli") as a person, and every other mention of the name follows it.
 */
import { type Candidate, spanText } from './candidates.js';
import type { NerToken } from './features.js';
import { firstNames, honorificGender } from './lexicon.js';

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Whether "its" is the first word of the object of a verb right after the name ("X on Friday announced its …"). */
function itsAfterVerb(tokens: readonly NerToken[], c: Candidate): boolean {
  const sentence = tokens[c.last]!.sentence;
  let i = c.last + 1;
  // A day ("on Friday") or an adverb may stand between the subject and its verb.
  if (tokens[i]?.text === 'on' && WEEKDAYS.has(tokens[i + 1]?.text ?? '')) i += 2;
  if (tokens[i]?.pos === 'ADV') i++;
  const verb = tokens[i];
  const its = tokens[i + 1];
  if (!verb || !its || verb.sentence !== sentence || its.sentence !== sentence) return false;
  return verb.pos === 'VERB' && its.text.toLowerCase() === 'its';
}

/**
 * Retypes person names that a following "its" refers to as organizations, with every other person mention of the
 * same words; not a name with a title or an honorific anywhere in the document, which is a person's. Changed in place.
 */
export function itsReferents(cands: readonly Candidate[], tokens: readonly NerToken[], text: string): void {
  const hits = new Map<string, number>();
  for (const c of cands) {
    if (c.form === 'name' && c.type === 'person' && !c.titles && itsAfterVerb(tokens, c)) {
      const name = spanText(tokens, c.first, c.last, text);
      hits.set(name, (hits.get(name) ?? 0) + 1);
    }
  }
  if (hits.size === 0) return;
  const bodies = new Set<string>();
  for (const [name, n] of hits) {
    // A name led by a known first name ("Edward Jones") is a person's unless "its" comes back to it twice: "its"
    // after a person's verb more often refers to something else ("Goering began its Blitz": the air force's).
    const space = name.indexOf(' ');
    const given = firstNames.has((space < 0 ? name : name.slice(0, space)).toLowerCase());
    if (n >= 2 || !given) bodies.add(name);
  }
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person') continue;
    const name = spanText(tokens, c.first, c.last, text);
    if (bodies.has(name) && (c.titles || honorificGender.has(tokens[c.first - 1]?.text ?? ''))) bodies.delete(name);
  }
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'person') continue;
    if (!bodies.has(spanText(tokens, c.first, c.last, text))) continue;
    c.type = 'organization';
    c.rule = 'entities/its-referent';
    c.confidence = 0.6;
  }
}
