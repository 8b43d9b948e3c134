import { startsUpper } from '../text/letters.js';
import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { commonWords, organizationHeadWords } from './lexicon.js';

const APOSTROPHES = new Set(["'", '’']);
/** How many capitalized words before a plural possessive a name may take in ("Metro Tenants' Associations"). */
const MAX_LEAD_WORDS = 3;

/**
 * Organization names with a plural possessive inside ("Federation of Metro Tenants' Associations", "Teachers'
 * Union of Ontario", "Veterans' Affairs Department"): the tagger stops at the apostrophe. An organization right
 * after a capitalized plural and its apostrophe takes them in, with the name before them when there is one.
 * Returns the candidates left (a name merged into the one after it is dropped).
 */
export function joinPluralPossessives(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  const byLast = new Map<number, Candidate>();
  for (const c of cands) if (c.form === 'name') byLast.set(c.last, c);
  const dropped = new Set<Candidate>();
  for (const c of cands) {
    if (c.form !== 'name' || c.type !== 'organization') continue;
    const apostrophe = tokens[c.first - 1];
    // "the 19th Judicial District Attorney's Office", "Boston Children's Hospital": a body's head word after a
    // name and its "'s" is one organization with it.
    const owner = byLast.get(c.first - 2);
    if (
      apostrophe?.text === "'s" &&
      c.first === c.last &&
      organizationHeadWords.has(tokens[c.first]!.text.toLowerCase()) &&
      owner &&
      owner !== c &&
      (owner.type === 'organization' || owner.type === 'location') &&
      tokens[owner.last]!.end === apostrophe.start
    ) {
      c.first = owner.first;
      c.rule = 'entities/join:possessive-body';
      dropped.add(owner);
      continue;
    }
    const plural = tokens[c.first - 2];
    if (!apostrophe || !plural || !APOSTROPHES.has(apostrophe.text) || plural.end !== apostrophe.start) continue;
    if (!/^\p{Lu}\p{L}*s$/u.test(plural.text) || plural.sentence !== tokens[c.first]!.sentence) continue;
    // A common noun's plural ("Veterans", "Teachers"), not a name ending in s ("Airbus' Delivery Center").
    if (!commonWords.has(plural.text.slice(0, -1).toLowerCase())) continue;
    const before = byLast.get(c.first - 2);
    if (before && before !== c && before.type !== 'person' && before.type !== 'country') {
      c.first = before.first;
      dropped.add(before);
    } else if (!before) {
      let first = c.first - 2;
      for (let n = 0; n < MAX_LEAD_WORDS; n++) {
        const t = tokens[first - 1];
        if (!t || t.sentence !== plural.sentence || !startsUpper(t.text) || byLast.has(first - 1) || t.sentenceStart) {
          break;
        }
        first--;
      }
      c.first = first;
    } else continue;
    c.rule = 'entities/join:plural-possessive';
  }
  return dropped.size === 0 ? [...cands] : cands.filter((c) => !dropped.has(c));
}
