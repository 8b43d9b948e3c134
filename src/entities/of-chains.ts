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
  // The work at a match is a function of its own: closures in this loop capturing `i` made V8 allocate a context
  // for every token (about 60 KB an article), though a match is rare.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    if (!ofHeads.has(head.text) || tokens[i + 1]!.text !== 'of' || !/^\p{Lu}/u.test(tokens[i + 2]!.text)) continue;
    const joined = joinAt(out ?? cands, tokens, i);
    if (!joined) continue;
    out = joined.list;
    i = joined.end;
  }
  return out ?? [...cands];
}

/**
 * The candidates with the chain whose head is token `i` merged into one organization, and the chain's last token;
 * undefined when no organization name comes before the head.
 */
function joinAt(
  list: readonly Candidate[],
  tokens: readonly NerToken[],
  i: number,
): { list: Candidate[]; end: number } | undefined {
  const sentence = tokens[i]!.sentence;
  // The name before the head: a candidate ending right before it, or the head's own candidate.
  const own = list.find((c) => c.first <= i && i <= c.last);
  const before = own ?? list.find((c) => c.last === i - 1 && c.type === 'organization');
  if (!before || before.type === 'person' || before.type === 'country') return undefined;
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
  const out = list.filter((c) => c.last < first || c.first > end);
  out.push(merged);
  out.sort((a, b) => a.first - b.first);
  return { list: out, end };
}
