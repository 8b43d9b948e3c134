import type { Candidate } from './candidates.js';
import type { NerToken } from './features.js';
import { ofHeads } from './lexicon.js';

/** How many capitalized words the "of" phrase may take ("of Public Health", "of Arts and Sciences"). */
const MAX_OF_WORDS = 5;
const LINKS = new Set(['and', '&', 'of', 'for']);

/**
 * "University of Colorado School of Medicine", "Harvard T.H. Chan School of Public Health": a capitalized
 * organization head ("School", "Department") with an "of" phrase of capitalized words is one organization with
 * the name right before it. The tagger splits these into an organization and a place or a second organization.
 * Returns the candidates with each such run merged into one organization.
 */
export function joinOfChains(cands: readonly Candidate[], tokens: readonly NerToken[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    if (!ofHeads.has(head.text) || tokens[i + 1]!.text !== 'of' || !/^\p{Lu}/u.test(tokens[i + 2]!.text)) continue;
    const sentence = head.sentence;
    // The name before the head: a candidate ending right before it, or the head's own candidate.
    const list = out ?? cands;
    const own = list.find((c) => c.first <= i && i <= c.last);
    const before = own ?? list.find((c) => c.last === i - 1 && c.type === 'organization');
    if (!before || before.type === 'person' || before.type === 'country') continue;
    let end = i + 2;
    for (let k = i + 3; k < tokens.length && k - (i + 2) < MAX_OF_WORDS && tokens[k]!.sentence === sentence; k++) {
      const t = tokens[k]!;
      if (/^\p{Lu}/u.test(t.text)) end = k;
      else if (!(LINKS.has(t.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) break;
    }
    const first = before.first;
    const merged: Candidate = {
      ...before,
      first,
      last: end,
      type: 'organization',
      rule: 'entities/join:of-chain',
    };
    out = list.filter((c) => c.last < first || c.first > end);
    out.push(merged);
    out.sort((a, b) => a.first - b.first);
    i = end;
  }
  return out ?? [...cands];
}
